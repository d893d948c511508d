import { tokenize } from './query';

/** Words kept in the vocabulary: enough to correct the site's terms, small enough to load with search. */
export const VOCABULARY_LIMIT = 8000;

/**
 * Counts the words of the given texts and keeps the most frequent ones, as `[word, count]` pairs,
 * most frequent first. Markup (MDX imports, components, link targets, ids) is stripped first, so the
 * vocabulary only holds words a reader can see.
 */
export function buildVocabulary(
  texts: Iterable<string>,
  limit = VOCABULARY_LIMIT,
  minCount = 1,
): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const visible = text
      .replace(/^import .*$/gm, ' ')
      .replace(/\{#[a-z0-9-]+\}/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ');
    for (const word of tokenize(visible)) {
      if (word.length < 3 || word.length > 30 || /^\d+$/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit);
}
