/**
 * The site's search strategy on top of Pagefind's JS API. Pagefind requires every known word of a
 * query to match and ranks by term statistics; readers type loose questions ("how do we know it's
 * time to hire a data engineer"), so this module:
 *  1. prepares the query (abbreviations, typos: ./query.ts) and drops filler words;
 *  2. searches all words together, then each word alone, and merges: pages that match more of the
 *     words rank first, Pagefind's score breaks ties;
 *  3. re-ranks the best candidates by where the words occur: the title and section headings count
 *     most, as a reader expects;
 *  4. picks, for each page, the sections to offer, by the same evidence.
 * Pure apart from the injected `search`: the dialog and the benchmark run exactly this code.
 */
import { STOPWORDS, prepareQuery, tokenize, type PreparedQuery, type Vocabulary } from './query.ts';

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
  /** Pages matched before the reader's filters were applied. */
  total: number;
}

/** How many candidates are re-ranked by title and headings; each costs one fragment request. */
export const RERANK_DEPTH = 8;
export const MAX_SECTIONS = 3;

/** Words of a query that carry meaning: stopwords go, unless nothing else is left. */
export function contentWords(term: string): string[] {
  const tokens = tokenize(term);
  const content = tokens.filter((token) => !STOPWORDS.has(token));
  return [...new Set(content.length > 0 ? content : tokens)];
}

/** Light stemming so "engineers" and "engineering" in a title count for "engineer" in a query. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing')) return word.slice(0, -3);
  if (word.endsWith('ed')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * How much a word says about a page: rare words on this site (dbt, postmortem) count far more than
 * words on every page (data, backend, engineer). Inverse frequency from the site vocabulary.
 */
export type WordWeight = (word: string) => number;

export function wordWeights(vocabulary: Vocabulary | undefined): WordWeight {
  if (!vocabulary || vocabulary.words.size === 0) return () => 1;
  const most = Math.max(...vocabulary.words.values());
  return (word) => {
    const frequency = vocabulary.words.get(word) ?? vocabulary.words.get(stem(word)) ?? 1;
    return Math.log(1 + most / frequency);
  };
}

/** Share (0..1) of the query's weight whose words appear in `text`. */
function coverage(text: string, words: readonly string[], weight: WordWeight): number {
  const stems = new Set(tokenize(text).map(stem));
  const total = words.reduce((sum, word) => sum + weight(word), 0) || 1;
  return words.filter((word) => stems.has(stem(word))).reduce((sum, word) => sum + weight(word), 0) / total;
}

/** Sections a page offers, without the page itself (Pagefind lists the title as a section too). */
function ownSections(data: PagefindData): PagefindSubResult[] {
  return data.sub_results.filter((sub) => sub.url !== data.url && !sub.url.endsWith('#_top'));
}

/** A section's evidence: the query's weight in its heading first, then weighted hits in its text. */
function sectionScore(section: PagefindSubResult, words: readonly string[], weight: WordWeight): number {
  const hits = (section.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0) || section.locations.length;
  return coverage(section.title, words, weight) * 100 + Math.log(1 + hits);
}

/** The sections to offer for a page, best evidence first. */
export function pickSections(data: PagefindData, words: readonly string[], weight: WordWeight = () => 1, limit = MAX_SECTIONS): Section[] {
  return ownSections(data)
    .filter((sub) => sub.locations.length > 0)
    .map((sub) => ({ sub, score: sectionScore(sub, words, weight) }))
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

export async function runSearch(
  raw: string,
  search: SearchFn,
  options: { vocabulary?: Vocabulary | undefined; filters?: Record<string, string[]> | undefined; limit?: number } = {},
): Promise<SearchOutcome> {
  const prepared = prepareQuery(raw, options.vocabulary);
  const words = contentWords(prepared.term);
  if (words.length === 0) return { prepared, words, hits: [], total: 0 };
  const limit = options.limit ?? 10;
  const weight = wordWeights(options.vocabulary);
  const totalWeight = words.reduce((sum, word) => sum + weight(word), 0) || 1;

  const candidates = new Map<string, Candidate>();
  const all = await search(words.join(' '), options.filters);
  const best = Math.max(...all.map((r) => r.score), 1e-9);
  for (const result of all) candidates.set(result.id, { result, matched: 1, score: result.score / best });
  if (words.length > 1) {
    const single = await Promise.all(words.map(async (word) => ({ word, results: await search(word, options.filters) })));
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
  const ranked = [...candidates.values()].sort((a, b) => b.matched - a.matched || b.score - a.score);

  // Re-rank the head of the list by where the words occur, then keep the rest in order.
  const head = await Promise.all(
    ranked.slice(0, RERANK_DEPTH).map(async (candidate) => {
      const data = await candidate.result.data();
      const inTitle = coverage(data.meta.title ?? '', words, weight);
      const inHeading = Math.max(0, ...ownSections(data).map((sub) => coverage(sub.title, words, weight)));
      const evidence = candidate.matched * 2 + inTitle * 2 + inHeading * 1.5 + candidate.score;
      return { candidate, data, evidence };
    }),
  );
  head.sort((a, b) => b.evidence - a.evidence);
  const tail = ranked.slice(head.length, limit);
  const tailData = await Promise.all(tail.map(async (candidate) => ({ candidate, data: await candidate.result.data() })));
  const hits = [...head, ...tailData].slice(0, limit).map(({ candidate, data }) => ({
    id: candidate.result.id,
    url: data.url,
    title: data.meta.title ?? data.url,
    excerpt: data.excerpt,
    sections: pickSections(data, words, weight),
  }));
  return { prepared, words, hits, total: candidates.size };
}
