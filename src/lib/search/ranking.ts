/**
 * Pagefind ranking used by the search dialog and the search benchmark (one source, so the benchmark
 * measures what readers get). Values chosen by `npm run bench:search`; see the README for the figures.
 */
export const PAGEFIND_RANKING = {
  termFrequency: 0.5,
  termSimilarity: 1.0,
  termSaturation: 1.4,
  pageLength: 0.25,
} as const;
