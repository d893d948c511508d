/**
 * The site's search strategy on top of Pagefind's JS API. Pagefind requires every known word of a
 * query to match and ranks by term statistics; readers type loose questions ("how do we know it's
 * time to hire a data engineer"), so this module:
 *  1. prepares the query (abbreviations, typos: ./query.ts) and drops filler words;
 *  2. searches all words together, then each word alone, and merges: a page's share of the query
 *     is weighted by how rare each word is on the site;
 *  3. ranks every candidate by where the words occur (title, headings, each section's distinctive
 *     words), from the page index (`/search-pages.json`), so no page needs to be downloaded;
 *  4. picks, for each page, the sections to offer, by the same evidence.
 * Pure apart from the injected `search`: the dialog and the benchmark run exactly this code.
 */
import { STOPWORDS, prepareQuery, stem, tokenize, type PreparedQuery, type Vocabulary } from './query.ts';

export { stem };

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: Array<{ weight: number; balanced_score: number; location: number }>;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; [key: string]: string | undefined };
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export type SearchFn = (term: string, filters?: Record<string, string[]>) => Promise<PagefindResult[]>;

/** What `/search-pages.json` says about one page (see src/integrations/search-pages.ts). */
export interface PageEntry {
  id: string;
  url: string;
  title: string;
  description?: string;
  headings: Array<[string, string, number, string?]>;
}

/**
 * True when `anchor` lies inside the section `section` of the page: after its heading and before the
 * next heading of the same or a higher level. A table row inside a section lands in that section.
 */
export function isWithin(page: PageEntry, anchor: string, section: string): boolean {
  if (anchor === section) return true;
  const start = page.headings.findIndex(([id]) => id === section);
  const at = page.headings.findIndex(([id]) => id === anchor);
  if (start === -1 || at <= start) return false;
  const level = page.headings[start]?.[2] ?? 2;
  const end = page.headings.findIndex(([, , l], i) => i > start && l <= level);
  return end === -1 || at < end;
}

export type PageIndex = ReadonlyMap<string, PageEntry>;

export function pageIndexFrom(entries: readonly PageEntry[]): PageIndex {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

export interface Section {
  title: string;
  url: string;
  excerpt: string;
}

export interface Hit {
  id: string;
  url: string;
  title: string;
  excerpt: string;
  sections: Section[];
}

export interface SearchOutcome {
  prepared: PreparedQuery;
  /** Content words actually searched (after filler words were dropped). */
  words: string[];
  hits: Hit[];
  /** Pages that matched at least one of the words (within the reader's filters). */
  total: number;
}

/**
 * How much each kind of evidence counts when ranking pages. The first five were chosen with
 * `npm run bench:search -- --sweep-weights`; `sectionWords` by comparing 0.5, 1 and 2.
 */
export const EVIDENCE_WEIGHTS = {
  matched: 2,
  title: 1,
  titlePrecision: 1,
  heading: 2.5,
  pagefind: 1,
  sectionWords: 1,
};
export type EvidenceWeights = typeof EVIDENCE_WEIGHTS;

/** Without a page index: how many candidates are re-ranked from their fragments (one request each). */
export const RERANK_DEPTH = 8;
export const MAX_SECTIONS = 3;
/** How much a section's own distinctive words count next to its heading (worth 100). */
export const KEYWORD_WEIGHT = 40;
/**
 * How many top results get their Pagefind fragment (an excerpt around the hits, sections with hits).
 * None by default: results are shown from the page index (title, description, sections chosen by
 * their headings and distinctive words), so a later query downloads only index chunks. Measured
 * with `npm run bench:search`: relevance holds, and a later query stays under 10 KB.
 */
export const DETAILED_RESULTS = 0;

/** Words of a query that carry meaning: stopwords go, unless nothing else is left. */
export function contentWords(term: string): string[] {
  const tokens = tokenize(term);
  const content = tokens.filter((token) => !STOPWORDS.has(token));
  return [...new Set(content.length > 0 ? content : tokens)];
}

/** How much a word says about a page: rare words (dbt, postmortem) count more than common ones. */
export type WordWeight = (word: string) => number;

/**
 * Word weights from the searches already made: a word found on few pages says more than one found on
 * most (inverse document frequency). Needs no download beyond the searches themselves.
 */
export function documentFrequencyWeights(
  single: ReadonlyArray<{ word: string; results: readonly unknown[] }>,
  pageCount = 0,
): WordWeight {
  const frequency = new Map(single.map(({ word, results }) => [word, results.length]));
  const total = Math.max(pageCount, ...frequency.values(), 1);
  return (word) => Math.log(1 + total / ((frequency.get(word) ?? 0) + 0.5));
}

/** Words of a heading or title, with hyphenated ones also split ("write-audit-publish"). */
function headingWords(text: string): string[] {
  return tokenize(text).flatMap((token) => (token.includes('-') ? token.split('-') : [token]));
}

/** Share (0..1) of the query's weight whose words appear in `text`. */
function coverage(text: string, words: readonly string[], weight: WordWeight): number {
  const stems = new Set(headingWords(text).map(stem));
  const total = words.reduce((sum, word) => sum + weight(word), 0) || 1;
  return words.filter((word) => stems.has(stem(word))).reduce((sum, word) => sum + weight(word), 0) / total;
}

/** Share (0..1) of `text`'s own content words that the query matched: short, focused titles win. */
function precision(text: string, words: readonly string[]): number {
  const own = [
    ...new Set(
      headingWords(text)
        .filter((token) => !STOPWORDS.has(token))
        .map(stem),
    ),
  ];
  if (own.length === 0) return 0;
  const wanted = new Set(words.map(stem));
  return own.filter((token) => wanted.has(token)).length / own.length;
}

/** Sections a page offers, without the page itself (Pagefind lists the title as a section too). */
function ownSections(data: PagefindData): PagefindSubResult[] {
  return data.sub_results.filter((sub) => sub.url !== data.url && !sub.url.endsWith('#_top'));
}

/** A section's evidence: the query's weight in its heading first, then weighted hits in its text. */
function sectionScore(
  section: PagefindSubResult,
  words: readonly string[],
  weight: WordWeight,
  keywords = '',
): number {
  const hits =
    (section.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0) ||
    section.locations.length;
  // Then, among headings that hold the same words, the one that is most about them.
  return (
    coverage(section.title, words, weight) * 100 +
    precision(section.title, words) * 20 +
    coverage(keywords, words, weight) * KEYWORD_WEIGHT +
    Math.log(1 + hits)
  );
}

/**
 * The sections to offer for a page, best evidence first. Pagefind's sub-results only cover the words
 * of the search that found the page, so the page index's full list of headings is considered too:
 * a heading that holds the query's words is offered even without a hit in its text.
 */
export function pickSections(
  data: PagefindData,
  words: readonly string[],
  weight: WordWeight = () => 1,
  page?: PageEntry,
  limit = MAX_SECTIONS,
): Section[] {
  const found = ownSections(data).filter((sub) => sub.locations.length > 0);
  const byUrl = new Map(found.map((sub) => [sub.url.split('#')[1] ?? '', sub]));
  const base = data.url.split('#')[0] ?? data.url;
  const keywords = new Map((page?.headings ?? []).map(([id, , , words]) => [id, words ?? '']));
  const extra: PagefindSubResult[] = (page?.headings ?? [])
    .filter(
      ([id, text, , about]) =>
        text !== '' &&
        !byUrl.has(id) &&
        (coverage(text, words, weight) > 0 || coverage(about ?? '', words, weight) > 0),
    )
    .map(([id, text]) => ({ title: text, url: `${base}#${id}`, excerpt: '', locations: [] }));
  return [...found, ...extra]
    .map((sub) => ({
      sub,
      score: sectionScore(sub, words, weight, keywords.get(sub.url.split('#')[1] ?? '')),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt }));
}

interface Candidate {
  result: PagefindResult;
  /** Share of the query's weight this page matched (1 when Pagefind matched every word). */
  matched: number;
  score: number;
}

/** Page text as Pagefind excerpts carry it: escaped, so the renderer treats both alike. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Runs the strategy above. `limit` pages are returned with their data loaded. */
export async function runSearch(
  raw: string,
  search: SearchFn,
  options: {
    vocabulary?: Vocabulary | undefined;
    pages?: PageIndex | undefined;
    filters?: Record<string, string[]> | undefined;
    limit?: number;
    weights?: EvidenceWeights;
    /** How many top results load their fragment; see DETAILED_RESULTS. */
    detailed?: number;
  } = {},
): Promise<SearchOutcome> {
  const prepared = prepareQuery(raw, options.vocabulary);
  const words = contentWords(prepared.term);
  if (words.length === 0) return { prepared, words, hits: [], total: 0 };
  const limit = options.limit ?? 10;

  // One search with every word, then one per word, one after another (concurrent searches on one
  // Pagefind instance can interfere).
  const gather = async (terms: string[]) => {
    const all = await search(terms.join(' '), options.filters);
    const single: Array<{ word: string; results: PagefindResult[] }> = [];
    if (terms.length > 1)
      for (const word of terms) single.push({ word, results: await search(word, options.filters) });
    return { all, single };
  };
  const { all, single } = await gather(words);

  const candidates = new Map<string, Candidate>();
  const weight = documentFrequencyWeights(single, options.pages?.size);
  const totalWeight = words.reduce((sum, word) => sum + weight(word), 0) || 1;
  const best = Math.max(...all.map((r) => r.score), 1e-9);
  for (const result of all) candidates.set(result.id, { result, matched: 1, score: result.score / best });
  if (words.length > 1) {
    for (const { word, results } of single) {
      const share = weight(word) / totalWeight;
      const top = Math.max(...results.map((r) => r.score), 1e-9);
      for (const result of results) {
        const known = candidates.get(result.id);
        if (known && known.matched >= 1) continue;
        if (known) {
          known.matched += share;
          known.score += (result.score / top) * share;
        } else {
          candidates.set(result.id, { result, matched: share, score: (result.score / top) * share });
        }
      }
    }
  }

  // Rank every candidate by where the words occur. With the page index this needs no fetches; without
  // it, only the head of Pagefind's own order can be looked at.
  const w = options.weights ?? EVIDENCE_WEIGHTS;
  const evidence = (
    candidate: Candidate,
    title: string,
    headings: readonly string[],
    about: readonly string[] = [],
  ) =>
    candidate.matched * w.matched +
    coverage(title, words, weight) * (w.title + w.titlePrecision * precision(title, words)) +
    Math.max(0, ...headings.map((heading) => coverage(heading, words, weight))) * w.heading +
    Math.max(0, ...about.map((keywords) => coverage(keywords, words, weight))) * w.sectionWords +
    candidate.score * w.pagefind;
  const ordered = [...candidates.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);
  let ranked: Candidate[];
  const pages = options.pages;
  if (pages && pages.size > 0) {
    ranked = ordered
      .map((candidate) => {
        const page = pages.get(candidate.result.id);
        const value = page
          ? evidence(
              candidate,
              page.title,
              page.headings.map(([, text]) => text),
              page.headings.map(([, , , keywords]) => keywords ?? ''),
            )
          : evidence(candidate, '', []);
        return { candidate, value };
      })
      .sort((a, b) => b.value - a.value)
      .map(({ candidate }) => candidate);
  } else {
    const head = await Promise.all(
      ordered.slice(0, RERANK_DEPTH).map(async (candidate) => {
        const data = await candidate.result.data();
        return {
          candidate,
          value: evidence(
            candidate,
            data.meta.title ?? '',
            ownSections(data).map((sub) => sub.title),
          ),
        };
      }),
    );
    head.sort((a, b) => b.value - a.value);
    ranked = [...head.map(({ candidate }) => candidate), ...ordered.slice(head.length)];
  }

  const detailed = options.detailed ?? DETAILED_RESULTS;
  const loaded = await Promise.all(
    ranked.slice(0, limit).map(async (candidate, index) => {
      const page = options.pages?.get(candidate.result.id);
      if (index >= detailed && page) {
        const bare: PagefindData = {
          url: page.url,
          excerpt: escapeHtml(page.description ?? ''),
          meta: { title: page.title },
          sub_results: [],
        };
        return { candidate, data: bare as PagefindData | null };
      }
      return { candidate, data: await candidate.result.data() };
    }),
  );
  // A fragment that failed to load is skipped rather than shown half-empty.
  const hits = loaded
    .filter((entry): entry is { candidate: Candidate; data: PagefindData } => entry.data != null)
    .map(({ candidate, data }) => ({
      id: candidate.result.id,
      url: data.url,
      title: data.meta.title ?? data.url,
      excerpt: data.excerpt,
      sections: pickSections(data, words, weight, options.pages?.get(candidate.result.id)),
    }));
  return { prepared, words, hits, total: candidates.size };
}
