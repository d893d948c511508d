import type { PagefindRanking } from './pagefind';

/**
 * Pagefind ranking used by the search dialog (and so by the search benchmark, which drives the
 * dialog). Values chosen with `npm run bench:search -- --sweep`; see the README for the figures.
 * `metaWeights` (Pagefind 1.5+) adds score when the page title holds the query's words, which
 * Pagefind can do before any result is loaded.
 */
export const PAGEFIND_RANKING: PagefindRanking = {
  termFrequency: 0.5,
  termSimilarity: 1.0,
  termSaturation: 1.4,
  pageLength: 0.25,
  metaWeights: { title: 5, description: 1 },
};
