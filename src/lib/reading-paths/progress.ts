/**
 * A reader's progress on a path, kept in their browser and nowhere else: which steps are done, as
 * stored in localStorage (by each step's `read`, so a reordered path keeps the right steps ticked)
 * and as shared in a link (`?done=1,3,4`, step numbers, short enough to paste in chat). Pure: the
 * island (src/components/paths/reading-path.ts) does the storing and the URL work.
 */

/** The query parameter of a shared progress link. */
export const DONE_PARAM = 'done';

/** The localStorage key of one path's progress. */
export function storageKey(pathId: string): string {
  return `field-guide:reading-path:${pathId}`;
}

/**
 * Step numbers from a `?done=` value: whole numbers from 1 to `count`, once each, in order;
 * anything else is ignored. `null` when the link carries no progress at all.
 */
export function parseDone(search: string, count: number): number[] | null {
  const value = new URLSearchParams(search).get(DONE_PARAM);
  if (value === null) return null;
  const numbers = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\d+$/.test(part))
    .map(Number)
    .filter((n) => n >= 1 && n <= count);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** The shareable link for `done`: the page URL with `?done=` (commas kept literal, so it reads well). */
export function progressUrl(pageUrl: string, done: readonly number[]): string {
  return `${pageUrl.split(/[?#]/)[0]}?${DONE_PARAM}=${[...done].sort((a, b) => a - b).join(',')}`;
}

/** What localStorage holds for a path: the `read` of each done step. */
export interface StoredProgress {
  version: 1;
  done: string[];
}

/** Step numbers done, from a stored value; steps the path no longer has are dropped. */
export function readStored(raw: string | null, reads: readonly string[]): number[] {
  if (!raw) return [];
  try {
    const stored = JSON.parse(raw) as Partial<StoredProgress>;
    const done = new Set(Array.isArray(stored.done) ? stored.done : []);
    return reads.flatMap((read, i) => (done.has(read) ? [i + 1] : []));
  } catch {
    return [];
  }
}

/** The value to store for `done` (step numbers). */
export function storedValue(done: readonly number[], reads: readonly string[]): string {
  const value: StoredProgress = { version: 1, done: done.flatMap((n) => reads[n - 1] ?? []) };
  return JSON.stringify(value);
}

/** "3 of 10 steps done", with the minutes left when any are. */
export function progressSummary(done: readonly number[], minutes: readonly number[]): string {
  const left = minutes.reduce((sum, m, i) => (done.includes(i + 1) ? sum : sum + m), 0);
  const count = `${done.length} of ${minutes.length} steps done`;
  return left > 0 ? `${count}, about ${left} min of reading left` : `${count}: the whole path is read`;
}
