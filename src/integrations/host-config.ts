/**
 * After the build: what a host needs to serve `dist/` as intended. Forwarding pages for moved
 * pages; then, from every page's inline code, the Content-Security-Policy (src/lib/csp.ts); then
 * the same headers and redirects for each kind of host (src/lib/host/rules.ts): `dist/_headers`,
 * `dist/_redirects` and `dist/_nginx/site.conf`. Runs last, so it hashes the final HTML.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'js-yaml';
import { redirectsFileSchema } from '../schemas/redirect.ts';
import { parseOrThrow } from '../lib/schema-errors.ts';
import { collectInlineCode, contentSecurityPolicy, emptyInlineCode } from '../lib/csp.ts';
import { redirectPage } from '../lib/host/redirect-page.ts';
import { netlifyHeaders, netlifyRedirects, nginxServer } from '../lib/host/rules.ts';

const REDIRECTS = 'src/data/redirects.yaml';

/** Every `.html` file under `root`, Pagefind's and the search shards' folders aside. */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function hostConfig(): AstroIntegration {
  return {
    name: 'field-guide:host-config',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        // src/data/redirects.yaml has this one reader.
        const redirects = parseOrThrow(
          redirectsFileSchema,
          load(await readFile(REDIRECTS, 'utf8')),
          REDIRECTS,
        );
        for (const redirect of redirects) {
          const file = join(root, redirect.from, 'index.html');
          if (
            await readFile(file).then(
              () => true,
              () => false,
            )
          )
            throw new Error(
              `${REDIRECTS}: redirect from ${redirect.from}: a page already exists at that path`,
            );
          if (
            !(await readFile(join(root, redirect.to, 'index.html')).then(
              () => true,
              () => false,
            ))
          )
            throw new Error(
              `${REDIRECTS}: redirect from ${redirect.from}: field \`to\`: no page at ${redirect.to}`,
            );
          await mkdir(join(root, redirect.from), { recursive: true });
          await writeFile(file, redirectPage(redirect));
        }

        const inline = emptyInlineCode();
        const files = await htmlFiles(root);
        for (const file of files) collectInlineCode(await readFile(file, 'utf8'), inline);
        const csp = contentSecurityPolicy(inline);

        await writeFile(join(root, '_headers'), netlifyHeaders(csp));
        await writeFile(join(root, '_redirects'), netlifyRedirects(redirects));
        await mkdir(join(root, '_nginx'), { recursive: true });
        await writeFile(
          join(root, '_nginx', 'site.conf'),
          nginxServer({ csp, redirects, root: '/var/www/field-guide', listen: '80' }),
        );
        logger.info(
          `${redirects.length} redirects; CSP from ${files.length} pages (${inline.scripts.size} scripts, ` +
            `${inline.styles.size} styles, ${csp.length} characters); ` +
            `_headers, _redirects, _nginx/site.conf in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
