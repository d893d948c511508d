import { tokenize } from './query';

/**
 * Counts the words of the given texts, most frequent first, as `[word, count]` pairs. Markup (MDX
 * imports, components, link targets, ids) is stripped first, so the vocabulary only holds words a
 * reader can see. Every word counts, even one seen once: a word missing here would be "corrected"
 * into another.
 */
export function buildVocabulary(texts: Iterable<string>, minCount = 1): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const text of texts)
    for (const word of visibleWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * A word on at least this many pages, and on at least half of them, is "common": search leaves it out
 * of the Pagefind query when the reader typed a rarer word too. Pagefind's index holds every position
 * of a word on every page, so such a word's index chunk grows with the site (tens of KB at a few
 * thousand pages) while saying almost nothing about which page answers (its rarity weight is the
 * lowest there is). Below this many pages its chunk is small and it is searched like any word, so
 * today's ranking does not change. `npm run bench:scale` prints what later queries transfer.
 */
export const COMMON_WORD_MIN_PAGES = 300;

/** Words that are on at least `COMMON_WORD_MIN_PAGES` of the given pages, and on at least half of them. */
export function commonWords(pages: readonly string[]): string[] {
  const threshold = Math.max(COMMON_WORD_MIN_PAGES, pages.length / 2);
  const onPages = new Map<string, number>();
  for (const page of pages)
    for (const word of new Set(visibleWords(page))) onPages.set(word, (onPages.get(word) ?? 0) + 1);
  return [...onPages]
    .filter(([, count]) => count >= threshold)
    .map(([word]) => word)
    .sort();
}

/** The words of a page's source a reader can see, as the vocabulary counts them. */
function visibleWords(text: string): string[] {
  const visible = text
    .replace(/^import .*$/gm, ' ')
    .replace(/\{#[a-z0-9-]+\}/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  // Pagefind also indexes the parts of "hub-and-spoke" and "node.js": so does the vocabulary, or a
  // reader's "spoke" would be "corrected" into another word.
  const words = tokenize(visible).flatMap((word) =>
    /[.+-]/.test(word) ? [word, ...word.split(/[.+-]/)] : [word],
  );
  return words.filter((word) => word.length >= 3 && word.length <= 30 && !/^\d+$/.test(word));
}

/**
 * The vocabulary is published in shards by a word's first two characters
 * (`/search/words/<shard>.json`), so a query loads only the few hundred words that could be its own
 * words or their typos, whatever the size of the site. Typos in the first two letters are the cost.
 */
export function shardKey(word: string): string {
  const key = word.slice(0, 2).toLowerCase();
  return /^[a-z0-9]{2}$/.test(key) ? key : '_';
}

/** Words by shard, each shard keeping the given order (most frequent first). */
export function shardWords(words: readonly string[]): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const word of words) {
    const key = shardKey(word);
    shards.set(key, [...(shards.get(key) ?? []), word]);
  }
  return shards;
}

/** The shards that hold the given words; with `swapped`, also those of their first two letters swapped ("akfka"). */
export function shardsFor(words: readonly string[], { swapped = false } = {}): string[] {
  return [
    ...new Set(
      words.flatMap((word) =>
        swapped ? [shardKey(word), shardKey(`${word[1] ?? ''}${word[0] ?? ''}`)] : [shardKey(word)],
      ),
    ),
  ];
}

export const wordShardPath = (key: string): string => `/search/words/${key}.json`;
