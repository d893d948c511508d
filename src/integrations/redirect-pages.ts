import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import { redirectsFileSchema, type Redirect } from '../schemas/redirect.ts';
import { parseOrThrow } from '../lib/schema-errors.ts';

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

/** After the build: a forwarding page for every moved page (`src/data/redirects.yaml`). */
export function redirectPages(): AstroIntegration {
  return {
    name: 'field-guide:redirect-pages',
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
        logger.info(`${redirects.length} redirect pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
