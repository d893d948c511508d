/**
 * The real reading paths: valid, in their own words, and every step a published link. Whether a
 * step still resolves on the built pages is checked by the build itself (src/lib/reading-paths/data.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReadingPaths } from '../lib/reading-paths/files';
import { splitRead } from '../lib/reading-paths/steps';
import { LOCK_FILE, type LinkLock } from '../lib/links/lock';
import { copiedRuns } from '../lib/copied-wording';
import fingerprintFile from '../../tests/seed-fingerprint.json';

const paths = readReadingPaths();
const lock: LinkLock = JSON.parse(readFileSync(LOCK_FILE, 'utf8'));

describe('reading paths', () => {
  it('cover the five readers of the onboarding kit, each listed once in order', () => {
    expect(paths.map(({ path }) => path.id).sort()).toEqual([
      'backend-on-a-data-heavy-team',
      'backend-to-data-engineering',
      'hiring-the-first-data-engineer',
      'new-data-engineer',
      'product-and-analytics',
    ]);
    expect(paths.map(({ path }) => path.order).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it.each(paths.map(({ file, path }) => [file, path] as const))(
    '%s: every step is a page or section published in links.lock.json',
    (file, path) => {
      const unlocked = path.steps
        .map((step) => splitRead(step.read))
        .filter(
          ({ page, id }) => !(page in lock.pages) || (id !== undefined && !lock.pages[page]?.includes(id)),
        )
        .map(({ page, id }) => `${file}: ${page}${id ? `#${id}` : ''} is not in ${LOCK_FILE}`);
      expect(unlocked).toEqual([]);
    },
  );

  it.each(paths.map(({ file }) => file))('%s is written in its own words', (file) => {
    const fingerprint = new Set(fingerprintFile.hashes);
    expect(copiedRuns(readFileSync(file, 'utf8'), fingerprint, fingerprintFile.gramLength)).toEqual([]);
  });
});
