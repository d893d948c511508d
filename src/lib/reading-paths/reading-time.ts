/**
 * Reading time, computed from words, never typed by hand: 220 words per minute, a common estimate
 * for adults reading nonfiction on a screen, rounded up to whole minutes, at least one.
 */

export const WORDS_PER_MINUTE = 220;

/** Whole minutes to read `words` words. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** "1 min", "12 min": how the guide shows a reading time. */
export function formatMinutes(minutes: number): string {
  return `${minutes} min`;
}
