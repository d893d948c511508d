/**
 * The link contract: every page URL and section/row anchor in the lock keeps resolving on the built
 * site, directly, through a redirect page, or through an anchor alias. Pure functions over a model
 * of the built site, so they are unit-tested with fixtures.
 */
import type { BuiltPage } from './html';
import { sourceFileFor } from '../paths.ts';

/** `links.lock.json`: published page paths, each with its published anchors, sorted. */
export interface LinkLock {
  version: 1;
  pages: Record<string, string[]>;
}

export const LOCK_FILE = 'links.lock.json';
export const LOCK_COMMAND = 'npm run links:lock';

/** The built site: page path → what it offers. Redirect pages carry `redirectsTo`. */
export type Site = ReadonlyMap<string, BuiltPage>;

/** Follows redirect pages (at most 10 hops, so a loop cannot hang the check). */
export function resolvePage(site: Site, path: string): { path: string; page: BuiltPage } | undefined {
  let current = path;
  for (let hop = 0; hop < 10; hop += 1) {
    const page = site.get(current);
    if (!page) return undefined;
    if (!page.redirectsTo) return { path: current, page };
    current = page.redirectsTo;
  }
  return undefined;
}

/** Published content pages and their anchors, as the lock would record them today. */
export function publishedLinks(site: Site): Record<string, string[]> {
  const pages: Record<string, string[]> = {};
  for (const [path, page] of [...site].sort(([a], [b]) => a.localeCompare(b))) {
    if (page.redirectsTo) continue;
    pages[path] = [...page.anchors].sort();
  }
  return pages;
}

/** Adds what the site publishes now to the lock; never removes an entry. */
export function updateLock(lock: LinkLock | undefined, site: Site): LinkLock {
  const pages: Record<string, string[]> = {};
  const published = publishedLinks(site);
  for (const path of new Set([...Object.keys(lock?.pages ?? {}), ...Object.keys(published)])) {
    pages[path] = [...new Set([...(lock?.pages[path] ?? []), ...(published[path] ?? [])])].sort();
  }
  return {
    version: 1,
    pages: Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b))),
  };
}

export interface LockReport {
  /** Locked links that no longer resolve, each with how to keep it working. */
  broken: string[];
  /** Published links missing from the lock. */
  unlocked: string[];
}

export function checkLock(lock: LinkLock, site: Site): LockReport {
  const broken: string[] = [];
  for (const [path, anchors] of Object.entries(lock.pages)) {
    const target = resolvePage(site, path);
    if (!target) {
      broken.push(
        `${path} is locked but no longer exists. Restore the page, or add { from: ${path}, to: <new path> } to src/data/redirects.yaml.`,
      );
      continue;
    }
    for (const anchor of anchors) {
      if (target.page.ids.has(anchor)) continue;
      const where = target.path === path ? path : `${target.path} (redirected from ${path})`;
      broken.push(
        `${path}#${anchor} is locked but ${where} has no element with id "${anchor}". Restore the id, or keep the link by adding "${anchor}: <new-id>" under anchorAliases in the frontmatter of ${sourceFileFor(target.path)}.`,
      );
    }
  }
  const unlocked: string[] = [];
  for (const [path, anchors] of Object.entries(publishedLinks(site))) {
    const locked = new Set(lock.pages[path] ?? []);
    if (!(path in lock.pages)) unlocked.push(path);
    for (const anchor of anchors)
      if (path in lock.pages && !locked.has(anchor)) unlocked.push(`${path}#${anchor}`);
  }
  return { broken, unlocked };
}

/** Every internal link on every page must reach a page (through redirects) and, with a fragment, an id. */
export function checkInternalLinks(site: Site, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [from, page] of site) {
    if (page.redirectsTo) continue;
    for (const href of page.links) {
      const [pathAndQuery = '', fragment] = href.split('#');
      const path = pathAndQuery.split('?')[0] ?? '';
      if (!path.endsWith('/')) {
        if (!exists(path)) problems.push(`${from}: link to ${href}: no such file`);
        continue;
      }
      const target = resolvePage(site, path);
      if (!target) problems.push(`${from}: link to ${href}: no such page`);
      else if (fragment && !target.page.ids.has(decodeURIComponent(fragment))) {
        problems.push(`${from}: link to ${href}: ${target.path} has no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}
