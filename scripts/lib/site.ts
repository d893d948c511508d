import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = 'dist';
export const PORT = Number(process.env['E2E_PORT'] ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** Every built content page as a URL path (`/differences/testing/`); redirect pages are left out. */
export function builtPages(dir = DIST): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((entry) => {
      const path = join(d, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walk(path);
      const isPage =
        entry.name === 'index.html' && !readFileSync(path, 'utf8').includes('name="field-guide-redirect"');
      return isPage ? [path] : [];
    });
  return walk(dir)
    .map((file) => '/' + relative(dir, file).replace(/index\.html$/, ''))
    .sort();
}
