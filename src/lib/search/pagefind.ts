/**
 * The parts of Pagefind 1.6 this site uses, declared once: the browser API (`/pagefind/pagefind.js`)
 * and the fragment files the build step reads. Pagefind ships no types for its browser API.
 */

/** One result of `pagefind.search()`, before its fragment is loaded. */
export interface PagefindResult {
  /** The page's id, which is also its fragment's file name. */
  id: string;
  score: number;
  /** Word positions of the matches on the page, in `content.split(/\s+/)` order. */
  words: number[];
  /** Metadata fields (title, description) that matched, when `ranking.metaWeights` applies. */
  matchedMetaFields?: string[];
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

/** Ranking options (https://pagefind.app/docs/ranking/). */
export interface PagefindRanking {
  termFrequency?: number;
  termSimilarity?: number;
  termSaturation?: number;
  pageLength?: number;
  /** Extra score when a metadata field holds the query's words (Pagefind 1.5+). */
  metaWeights?: Record<string, number>;
}

/** The module `/pagefind/pagefind.js`. */
export interface PagefindApi {
  options(options: { ranking?: PagefindRanking; noWorker?: boolean }): Promise<void>;
  /** `null` as the term runs a filter-only search: every page that passes the filters. */
  search(
    term: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<PagefindSearch | null>;
}

/** A page's fragment file (`/pagefind/fragment/<id>.pf_fragment`), as the build step reads it. */
export interface PagefindFragment {
  url: string;
  /** The indexed text; word positions count `content.split(/\s+/)`. */
  content: string;
  meta: { title?: string; description?: string };
  /** The page's filters by name (./filters.ts), values as readers see them. */
  filters?: Record<string, string[]>;
  anchors: Array<{ id: string; text: string; element: string; location: number; title?: string }>;
}
