import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readBuiltPage, type BuiltPage } from './html.ts';

/** Reads every built page under `dist` into the model the link checks use. */
export function readSite(dist = 'dist'): Map<string, BuiltPage> {
  const site = new Map<string, BuiltPage>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
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

export function fileExists(dist = 'dist'): (path: string) => boolean {
  return (path) => existsSync(join(dist, decodeURIComponent(path)));
}
