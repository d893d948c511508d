import type { PagefindRanking } from './pagefind';

/**
 * Pagefind ranking used by the search dialog (and so by the search benchmark, which drives the
 * dialog). The first four come from a 24-setting sweep on the first query set. `metaWeights`
 * (Pagefind 1.5+) adds score when the page title holds the query's words, before any result is
 * loaded: measured with `npm run bench:search`, MRR@5 0.902 → 0.940 on the first set and
 * 0.783 → 0.791 on the second against none; a title weight of 10 measured the same as 5.
 */
export const PAGEFIND_RANKING: PagefindRanking = {
  termFrequency: 0.5,
  termSimilarity: 1.0,
  termSaturation: 1.4,
  pageLength: 0.25,
  metaWeights: { title: 5, description: 1 },
};
