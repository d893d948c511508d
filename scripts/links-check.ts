/**
 * Checks the built site against the link contract: every locked page and anchor still resolves
 * (directly, through a redirect page, or through an anchor alias), the lock is up to date, and every
 * internal link on every page, including links that components generate, reaches a page and an id.
 * Usage: npm run build && npm run links:check
 */
import { readFileSync } from 'node:fs';
import {
  LOCK_COMMAND,
  LOCK_FILE,
  checkInternalLinks,
  checkLock,
  type LinkLock,
} from '../src/lib/links/lock.ts';
import { fileExists, readSite } from './lib/site.ts';

const site = readSite();
const lock: LinkLock = JSON.parse(readFileSync(LOCK_FILE, 'utf8'));
const { broken, unlocked } = checkLock(lock, site);
const internal = checkInternalLinks(site, fileExists());
const locked = Object.values(lock.pages).reduce((n, anchors) => n + 1 + anchors.length, 0);
let failed = false;
if (broken.length > 0) {
  failed = true;
  console.error(
    `Locked links that no longer resolve (${broken.length}):\n${broken.map((b) => `  - ${b}`).join('\n')}`,
  );
}
if (unlocked.length > 0) {
  failed = true;
  console.error(
    `${LOCK_FILE} is stale: ${unlocked.length} published links are not locked (${unlocked.slice(0, 5).join(', ')}${unlocked.length > 5 ? ', …' : ''}). Run \`${LOCK_COMMAND}\` and commit ${LOCK_FILE}.`,
  );
}
if (internal.length > 0) {
  failed = true;
  console.error(`Broken internal links (${internal.length}):\n${internal.map((b) => `  - ${b}`).join('\n')}`);
}
console.log(
  `link contract: ${locked} locked links on ${Object.keys(lock.pages).length} pages; ${site.size} built pages crawled; ${failed ? 'FAILED' : 'all resolve'}`,
);
process.exitCode = failed ? 1 : 0;
