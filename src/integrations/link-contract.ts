import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import { redirectsFileSchema, type Redirect } from '../schemas/redirect.ts';
import { parseOrThrow } from '../lib/schema-errors.ts';
import { splitFrontmatter } from '../lib/content-lint.ts';

const DOCS = 'src/content/docs';
const REDIRECTS = 'src/data/redirects.yaml';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A page that forwards to `to`, keeping the query and the #fragment (a meta refresh alone drops the
 * fragment). Script first, meta refresh for readers without JavaScript, and a plain link.
 */
export function redirectPage(redirect: Redirect): string {
  const to = escape(redirect.to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved to ${to}</title>
<meta name="robots" content="noindex">
<meta name="field-guide-redirect" content="${to}">
<link rel="canonical" href="${to}">
<script>location.replace(${JSON.stringify(redirect.to)} + location.search + location.hash)</script>
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>This page has moved to <a href="${to}">${to}</a>.</p>
</body>
</html>
`;
}

/**
 * Puts each alias id on the element that now holds its content: an empty span just before it (before
 * the heading's wrapper for a heading), so `#old-id` scrolls to the same place as `#new-id`.
 */
export function insertAliases(html: string, aliases: Record<string, string>, where: string): string {
  let out = html;
  for (const [alias, target] of Object.entries(aliases)) {
    if (new RegExp(`\\sid="${alias}"`).test(out)) {
      throw new Error(
        `${where}: field \`anchorAliases.${alias}\`: the page still has an element with id "${alias}"; remove the alias`,
      );
    }
    const wrapped = new RegExp(`<div class="sl-heading-wrapper[^"]*"[^>]*>(?=<h[1-6][^>]*\\sid="${target}")`);
    const element = new RegExp(`<[a-z][a-z0-9-]*(?=[^>]*\\sid="${target}")`);
    const match = wrapped.exec(out) ?? element.exec(out);
    if (!match)
      throw new Error(
        `${where}: field \`anchorAliases.${alias}\`: no element with id "${target}" on the page`,
      );
    const span = `<span id="${alias}" data-anchor-alias="${target}" class="anchor-alias" aria-hidden="true"></span>`;
    out = out.slice(0, match.index) + span + out.slice(match.index);
  }
  return out;
}

async function docsWithAliases(): Promise<
  Array<{ file: string; path: string; aliases: Record<string, string> }>
> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.mdx?$/.test(entry.name)) files.push(path);
    }
  };
  await walk(DOCS);
  const found = [];
  for (const file of files) {
    const data = load(splitFrontmatter(await readFile(file, 'utf8')).frontmatter) as {
      anchorAliases?: Record<string, string>;
    } | null;
    if (!data?.anchorAliases) continue;
    const slug = relative(DOCS, file)
      .replace(/\.mdx?$/, '')
      .replace(/(^|\/)index$/, '');
    found.push({ file, path: slug === '' ? '/' : `/${slug}/`, aliases: data.anchorAliases });
  }
  return found;
}

/** After the build: redirect pages for moved pages, and anchor aliases placed on their targets. */
export function linkContract(): AstroIntegration {
  return {
    name: 'field-guide:link-contract',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const redirects = parseOrThrow(
          redirectsFileSchema,
          load(await readFile(REDIRECTS, 'utf8')),
          REDIRECTS,
        );
        for (const redirect of redirects) {
          const file = join(root, redirect.from, 'index.html');
          const exists = await readFile(file).then(
            () => true,
            () => false,
          );
          if (exists)
            throw new Error(
              `${REDIRECTS}: redirect from ${redirect.from}: a page already exists at that path`,
            );
          const target = await readFile(join(root, redirect.to, 'index.html')).catch(() => undefined);
          if (!target)
            throw new Error(
              `${REDIRECTS}: redirect from ${redirect.from}: field \`to\`: no page at ${redirect.to}`,
            );
          await mkdir(join(root, redirect.from), { recursive: true });
          await writeFile(file, redirectPage(redirect));
        }
        const pages = await docsWithAliases();
        for (const { file, path, aliases } of pages) {
          const html = join(root, path, 'index.html');
          await writeFile(html, insertAliases(await readFile(html, 'utf8'), aliases, file));
        }
        logger.info(
          `${redirects.length} redirect pages, anchor aliases on ${pages.length} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
