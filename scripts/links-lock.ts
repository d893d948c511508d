/**
 * Adds every page and anchor the built site publishes to links.lock.json. Never removes an entry:
 * a locked link that should stop resolving needs a redirect or an alias instead.
 * Usage: npm run build && npm run links:lock
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LOCK_FILE, updateLock, type LinkLock } from '../src/lib/links/lock.ts';
import { readSite } from './lib/site.ts';

const before: LinkLock | undefined = existsSync(LOCK_FILE)
  ? JSON.parse(readFileSync(LOCK_FILE, 'utf8'))
  : undefined;
const lock = updateLock(before, readSite());
const count = (l: LinkLock | undefined) =>
  Object.values(l?.pages ?? {}).reduce((n, anchors) => n + 1 + anchors.length, 0);
writeFileSync(LOCK_FILE, JSON.stringify(lock, null, 2) + '\n');
console.log(
  `${LOCK_FILE}: ${Object.keys(lock.pages).length} pages, ${count(lock)} locked links (${count(lock) - count(before)} added)`,
);
