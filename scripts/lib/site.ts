/**
 * Reads the built site in `dist/`, for the link commands, the benchmarks and the browser tests: one
 * walk of the output, one model of a built page (src/lib/links/html.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readBuiltPage, type BuiltPage } from '../../src/lib/links/html.ts';

export const DIST = 'dist';
export const PORT = Number(process.env['E2E_PORT'] ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** Every built page under `dist`, by URL path (`/differences/testing/`), redirect pages included. */
export function readSite(dist = DIST): Map<string, BuiltPage> {
  const site = new Map<string, BuiltPage>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['pagefind', '_astro', 'search'].includes(entry.name) || dir !== dist) walk(path);
      } else if (entry.name === 'index.html') {
        site.set(
          `/${relative(dist, dir)}/`.replace(/^\/\/$/, '/').replace(/\/+/g, '/'),
          readBuiltPage(readFileSync(path, 'utf8')),
        );
      }
    }
  };
  walk(dist);
  return site;
}

/** Every built content page as a URL path, sorted; redirect pages are left out. */
export function builtPages(dist = DIST): string[] {
  return [...readSite(dist)]
    .filter(([, page]) => page.redirectsTo === undefined)
    .map(([path]) => path)
    .sort();
}

/** Whether a root-relative path names a file in the build (a published JSON file, say). */
export function fileExists(dist = DIST): (path: string) => boolean {
  return (path) => existsSync(join(dist, decodeURIComponent(path)));
}

/** The built HTML of a page, by URL path (`/differences/testing/`). */
export function builtHtml(path: string, dist = DIST): string {
  return readFileSync(join(dist, decodeURIComponent(path), 'index.html'), 'utf8');
}
