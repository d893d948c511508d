/**
 * The site's search strategy on top of Pagefind's JS API. Pagefind requires every known word of a
 * query to match and has no synonyms or typo tolerance; readers type loose questions ("how do we
 * know it's time to hire a data engineer"), so this module:
 *  1. prepares the query (abbreviations, reader wording: ./query.ts) and drops filler words;
 *     A word the site does not use is corrected to the closest one it does, from the vocabulary
 *     shards of the query's words (./vocabulary.ts);
 *  2. searches all words together, then each word alone, and merges: a page's share of the query
 *     is weighted by how rare each word is on the site;
 *  3. re-ranks the head of that order (and the pages Pagefind scores best word by word) by where
 *     the words occur (title, headings, sections), from the pages' cards (./shards.ts) and
 *     Pagefind's match positions;
 *  4. for each shown page, picks where its main link lands (the best section, or the page top when
 *     the page as a whole matches better) and cuts an excerpt around the matches there.
 * Everything it downloads belongs to a result it ranks or shows. Pure apart from the injected
 * sources: the dialog and the benchmark run exactly this code, through the dialog.
 */
import type { PagefindResult } from './pagefind';
import {
  FORM_WORDS,
  STOPWORDS,
  isKnownWord,
  prepareQuery,
  stem,
  tokenize,
  type PreparedQuery,
  type Vocabulary,
} from './query';
import { TOP, isTableRow, ownHeading, sectionAt, type PageCard, type SectionText } from './shards';
import { excerptAround, type ExcerptPart } from './excerpt';
import { shardsFor } from './vocabulary';

export type SearchFn = (term: string, filters?: Record<string, string[]>) => Promise<PagefindResult[]>;

/** Where the engine gets its data; each is cached by the caller. */
export interface SearchSources {
  search: SearchFn;
  card: (id: string) => Promise<PageCard | undefined>;
  sectionText: (id: string, index: number) => Promise<SectionText | undefined>;
  /** The site's words in the given shards (./vocabulary.ts), for typo correction. */
  words?: ((shards: readonly string[]) => Promise<Vocabulary>) | undefined;
  /** How many pages the site has (rarity of words). */
  pageCount?: (() => Promise<number>) | undefined;
}

export interface SectionLink {
  title: string;
  url: string;
}

export interface Hit {
  id: string;
  /** Where the main link lands: the best-matching section, or the page itself. */
  url: string;
  title: string;
  /** The landing section's title, when the main link opens a section. */
  section?: string | undefined;
  excerpt: ExcerptPart[];
  /** Further sections of the page worth offering, best first. */
  sections: SectionLink[];
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
 * How much each kind of evidence counts when ranking pages, measured with `npm run bench:search` on
 * both query sets: heading 3.5 beat 2.5 and 5; sectionWords 1 beat 2; depth 2 beat 1 and 3 (and
 * none) on both sets and two sets of fresh queries kept outside the repository.
 */
export const EVIDENCE_WEIGHTS = {
  matched: 2,
  title: 1,
  titlePrecision: 1,
  heading: 3.5,
  pagefind: 1,
  sectionWords: 1,
  depth: 2,
  /**
   * Factor on a summary page's evidence (./shards.ts `PageCard.summary`); see `looksUp`. Glossary
   * and tools only, second set MRR@5 0.778 without it; 0.827 at 0.7, 0.844 at 0.5, 0.839 at 0.35
   * (first set 0.924, 0.930, 0.930).
   */
  summaries: 0.5,
  /**
   * Factor on the FAQ's evidence (./shards.ts `PageCard.answers`) when the query is not a question: an
   * entry answers the question its heading asks, while for a topic or a situation ("pipeline is
   * green but the numbers are wrong") the guide's section is the answer. MRR@5 at 0.75: first set
   * 0.912 (unchanged), second 0.834 → 0.839, a third set of fresh queries 0.815 → 0.827; at 0.5 the
   * first set fell to 0.899.
   */
  unaskedAnswers: 0.75,
};
export type EvidenceWeights = typeof EVIDENCE_WEIGHTS;

/**
 * How many of Pagefind's best candidates are re-ranked from their cards (one small request each).
 * Deeper costs bytes on every query; shallower misses pages Pagefind ranks low for loose questions.
 * 12 → 10 (74 pages): "data contracts" 15.8 → 14.6 KiB, first set unchanged (MRR@5 0.905), second
 * set 0.830 → 0.821.
 */
export const RERANK_DEPTH = 10;
/**
 * Places in that head for the pages Pagefind scores best word by word rather than for all the words
 * together. A page that answers with the query's rare words but lacks a weak one ("how do you know a
 * table is up to date": the freshness section never says "know") would otherwise lose every place to
 * pages that merely hold all the words. Measured with `npm run bench:search` and a third set of 100
 * fresh queries kept outside the repository: MRR@5 0.905 → 0.912, 0.828 → 0.834 and 0.810 → 0.815
 * with 2 places; 1 and 3 measured alike.
 */
export const WORD_BY_WORD_PLACES = 2;
/**
 * How much a related word (./query.ts RELATED_WORDS) counts against one the reader typed: it helps
 * a page that uses the guide's wording, but must not outweigh the reader's own words.
 */
export const RELATED_WEIGHT = 0.6;

/** Queries that ask what a word means, for which a glossary or tools entry is the answer. */
const DEFINITION_QUERY =
  /^(what\s+(is|are)|what's|define|definition|meaning)\b|\b(meaning|definition|stands?\s+for)\b/i;

/** Queries phrased as a question: by their first word, or a closing question mark. */
const QUESTION_QUERY =
  /^\s*(what|what's|how|who|when|why|where|which|should|shall|is|isn't|are|aren't|do|does|doesn't|don't|did|can|can't|could|will|would)\b|\?\s*$/i;

/** Queries that ask for one of the interactive tools by what it is ("a quiz to decide whom to hire"). */
const TOOL_QUERY =
  /\b(quiz(zes)?|questionnaires?|surveys?|(self-)?assessments?|calculators?|wizards?|interactive|planners?|worksheets?)\b/i;

/**
 * True when the query asks for a definition or a tool, or its typed words all name one section of
 * the card.
 * Otherwise a summary page (glossary, tools index, the interactive tools) counts for less than the
 * guide's other pages (`EVIDENCE_WEIGHTS.summaries`): an entry sums up in a few lines what a guide
 * section explains, and points there, so for a question with context ("cache stampede when a hot
 * key expires") the section is the answer. The FAQ is not such a page: its entries are answers, to
 * questions (`EVIDENCE_WEIGHTS.unaskedAnswers`).
 */
function looksUp(card: PageCard, typed: readonly string[], raw: string): boolean {
  if (DEFINITION_QUERY.test(raw) || TOOL_QUERY.test(raw)) return true;
  // A section's heading read with the page title: "postmortem template" names the postmortem
  // section of the templates page.
  return (
    typed.length > 0 &&
    card.sections.some(([id, title]) =>
      typed.every((word) => inHeading(ownHeading(id, title), word) || inHeading(card.title, word)),
    )
  );
}

/** Sections offered under a result's main link. */
export const MAX_SECTIONS = 3;

/**
 * Words of a query that carry meaning: stopwords and single characters go, unless nothing else is
 * left. Pagefind matches every word as a prefix, so a lone letter ("type b") matches every word that
 * begins with it, and which of them depends on the index chunks earlier queries happened to load:
 * measured in the dialog, "b" matched 51 pages on a fresh page and 52 after a hundred queries, "c"
 * 48 and 53, so one query ranked differently from one visit to the next (Pagefind 1.6; the same
 * chunk-loading effect as https://github.com/Pagefind/pagefind/issues/795). Two letters can do it
 * too ("pr" 39 and 53): ./query.ts SYNONYMS spells out the short forms readers type.
 */
export function contentWords(term: string): string[] {
  const tokens = tokenize(term);
  const content = tokens.filter((token) => !STOPWORDS.has(token) && token.length > 1);
  return [...new Set(content.length > 0 ? content : tokens)];
}

/** How much a word says about a page: rare words (dbt, postmortem) count more than common ones. */
export type WordWeight = (word: string) => number;

/** Inverse document frequency from the searches already made: needs no download of its own. */
export function documentFrequencyWeights(frequency: ReadonlyMap<string, number>, pageCount = 0): WordWeight {
  const total = Math.max(pageCount, ...frequency.values(), 1);
  return (word) => Math.log(1 + total / ((frequency.get(word) ?? 0) + 0.5));
}

/** Words of a heading or title, with hyphenated ones also split ("write-audit-publish"). */
function headingWords(text: string): string[] {
  return tokenize(text).flatMap((token) => (token.includes('-') ? token.split('-') : [token]));
}

/** True when `word` (or another form of it) is one of the words of a heading or title. */
function inHeading(text: string, word: string): boolean {
  return headingWords(text).some((token) => stem(token) === stem(word));
}

/** Share (0..1) of the query's weight whose words appear in `text`. */
function coverage(text: string, words: readonly string[], weight: WordWeight): number {
  return share(
    words.filter((word) => inHeading(text, word)),
    words,
    weight,
  );
}

/** Share (0..1) of the query's weight carried by `found`. */
function share(found: readonly string[], words: readonly string[], weight: WordWeight): number {
  const total = words.reduce((sum, word) => sum + weight(word), 0) || 1;
  return found.reduce((sum, word) => sum + weight(word), 0) / total;
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

interface Candidate {
  id: string;
  /** Share of the query's weight this page matched. */
  matched: number;
  score: number;
  /** Share of the query's weight in the page title, as Pagefind reports it (`matchedMetaFields`). */
  inTitle: number;
  /** Match positions of each query word on the page. */
  locations: Map<string, number[]>;
  /** Pagefind's score for each word searched alone, relative to that word's best page, by its share. */
  alone: number;
}

/** A page found by a search, before any word of the query is counted for it. */
function candidateOf(id: string, score = 0): Candidate {
  return { id, matched: 0, score, inTitle: 0, locations: new Map(), alone: 0 };
}

/** What one section holds of the query: its words, their match positions, and which stand together. */
interface Found {
  words: string[];
  hits: number[];
  /** Words found within NEAR words of another query word: the reader's phrase, not a stray mention. */
  near?: string[];
  /** How often each query word occurs in the section. */
  count?: ReadonlyMap<string, number>;
}

/** How close (in words) two query words must be to count as one phrase ("salary history"). */
export const NEAR = 3;

/**
 * Per section of a card: the query words in its own text (up to the next anchor) and their
 * positions. Measured against counting an h2 with its h3s and rows: own text lands more queries on
 * the section that answers them (`npm run bench:search`).
 */
function wordsBySection(card: PageCard, candidate: Candidate): Found[] {
  const own = card.sections.map(() => [] as Array<[position: number, word: string]>);
  for (const [word, positions] of candidate.locations)
    for (const position of positions) own[sectionAt(card, position)]?.push([position, word]);
  return own.map((matches) => {
    matches.sort((a, b) => a[0] - b[0]);
    const near = new Set<string>();
    matches.forEach(([position, word], i) => {
      for (let j = i + 1; j < matches.length && (matches[j]?.[0] ?? Infinity) - position <= NEAR; j += 1) {
        const other = matches[j]?.[1];
        if (other !== undefined && other !== word) near.add(word).add(other);
      }
    });
    const count = new Map<string, number>();
    for (const [, word] of matches) count.set(word, (count.get(word) ?? 0) + 1);
    return { words: [...count.keys()], hits: matches.map(([position]) => position), near: [...near], count };
  });
}

/** Occurrences at which a word's evidence in a section is half its most (saturation, as in BM25). */
const DEPTH_SATURATION = 1.5;

/**
 * How deeply the page's best section (or its opening) treats the query, 0..1: each word's
 * occurrences in the section saturate, weighted by the word's rarity. A section devoted to a term says it again and
 * again; a reference entry or a passing mention says it once, so a page that only mentions the
 * query's words, however many of them, ranks below one that discusses them.
 */
function depth(found: readonly Found[], words: readonly string[], weight: WordWeight): number {
  const total = words.reduce((sum, word) => sum + weight(word), 0) || 1;
  return (
    Math.max(
      0,
      ...found.map(({ count }) =>
        words.reduce((sum, word) => {
          const n = count?.get(word) ?? 0;
          return sum + (weight(word) * n) / (n + DEPTH_SATURATION);
        }, 0),
      ),
    ) / total
  );
}

/**
 * How much better the page top must score than the best section to be the landing: readers who
 * search mostly want the part that answers them (10 and 30 measured alike; 0 lands fewer queries).
 */
const SECTION_PREFERENCE = 15;

/**
 * How much better a comparison-table row must score than a prose section to be the landing: a row
 * holds terse cells under a heading that repeats the table's title, while the prose that covers the
 * same ground explains it (10 to 35 measured alike on all query sets, 0 lands fewer queries).
 */
const ROW_HANDICAP = 20;

/** Question words that headings answer ("What a data contract is", "Who owns a schema change"). */
const QUESTION_WORDS = new Set(['what', 'how', 'who', 'when', 'why', 'where', 'which', 'should']);
const QUESTION_MATCH = 15;

/**
 * How much a word in the heading of the section that holds this one (an h3's h2) counts, against
 * one in its own heading: "Completeness" under "How data success is measured" answers "how is data
 * completeness measured" better than its parent does (0.5 and 1 measured alike, above 0).
 */
const CONTEXT_SHARE = 0.5;

/**
 * A section's evidence for landing there: the query's weight in its heading (and at a discount in
 * the headings above it, `context`), then in its text, then in words that stand together there
 * (20 measured above 0 and 40 on all three query sets).
 */
function sectionScore(
  title: string,
  found: Found,
  words: readonly string[],
  weight: WordWeight,
  asked: ReadonlySet<string>,
  context = '',
): number {
  const questionMatch = tokenize(title).some((token) => asked.has(token)) ? QUESTION_MATCH : 0;
  const inContext = words.filter((word) => !inHeading(title, word) && inHeading(context, word));
  return (
    (coverage(title, words, weight) + share(inContext, words, weight) * CONTEXT_SHARE) * 100 +
    precision(title, words) * 20 +
    share(found.words, words, weight) * 40 +
    share(found.near ?? [], words, weight) * 20 +
    questionMatch
  );
}

/**
 * Word weights for choosing among one page's sections: a word in the heading or text of most of
 * them (a table's title in every row's heading, "data" on a data page) says little about which
 * section answers, one found in a single section says much.
 */
function withinPage(
  card: PageCard,
  found: readonly Found[],
  words: readonly string[],
  weight: WordWeight,
): WordWeight {
  const sections = card.sections.length;
  const count = new Map<string, number>();
  card.sections.forEach(([, title], index) => {
    const stems = new Set(headingWords(title).map(stem));
    for (const word of words)
      if (stems.has(stem(word)) || found[index]?.words.includes(word))
        count.set(word, (count.get(word) ?? 0) + 1);
  });
  return (word) => weight(word) * Math.log(1 + sections / ((count.get(word) ?? 0) + 0.5));
}

/** Headings of the sections that hold section `index` (its h2 for an h3 or a row), nearest last. */
function ancestors(card: PageCard, index: number): string[] {
  const found: string[] = [];
  let level = card.sections[index]?.[2] ?? 1;
  for (let i = index - 1; i > 0 && level > 2; i -= 1) {
    const [, title, l] = card.sections[i] ?? ['', '', 1];
    if (l < level) {
      found.unshift(title);
      level = l;
    }
  }
  return found;
}

/**
 * Where a page's main link lands and what else to offer. Every section is scored by its heading
 * and the query words in its text; the page top, scored by the page title and the whole page, is
 * the landing only when it matches better than every section, so a reader lands on the part that
 * answers the query unless the page as a whole does. Among sections, more matches break ties.
 */
export function chooseLanding(
  card: PageCard,
  found: readonly Found[],
  words: readonly string[],
  weight: WordWeight = () => 1,
  raw = '',
): { landing: number; others: number[] } {
  const asked = new Set(tokenize(raw).filter((token) => QUESTION_WORDS.has(token)));
  const empty: Found = { words: [], hits: [] };
  weight = withinPage(card, found, words, weight);
  const scored = card.sections
    .map(([id, title], index) => {
      const row = isTableRow(id);
      const context = ancestors(card, index).join(' ');
      const core =
        sectionScore(title, found[index] ?? empty, words, weight, asked, context) - (row ? ROW_HANDICAP : 0);
      return {
        index,
        core,
        score: core + Math.log(1 + (found[index]?.hits.length ?? 0)),
        relevant: coverage(title, words, weight) > 0 || (found[index]?.words.length ?? 0) > 0,
      };
    })
    .filter((section) => section.relevant && section.index > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const top = sectionScore(card.title, found[0] ?? empty, words, weight, asked);
  const best = scored[0];
  const landing = best && best.core + SECTION_PREFERENCE >= top ? best.index : 0;
  const others = scored
    .filter((section) => section.index !== landing)
    .slice(0, MAX_SECTIONS)
    .map((section) => section.index);
  return { landing, others };
}

/**
 * The query as Pagefind should see it. With `words`, the shards of the reader's own words are
 * loaded and any word the site never uses is replaced by the closest one it does.
 */
async function prepare(raw: string, words: SearchSources['words']): Promise<PreparedQuery> {
  const plain = prepareQuery(raw);
  const typed = contentWords(plain.term).filter(
    (word) => !plain.related.includes(word) && word.length >= 3 && !/\d/.test(word),
  );
  if (!words || typed.length === 0) return plain;
  const own = await words(shardsFor(typed));
  const missing = typed.filter((word) => !isKnownWord(word, own));
  if (missing.length === 0) return plain;
  // Typos may swap the first two letters ("akfka"): their shard holds the candidates too.
  return prepareQuery(raw, await words(shardsFor([...typed, ...missing], { swapped: true })));
}

/** The typed words that are common on the site, unless all of them are (then none is left out). */
async function commonWords(typed: readonly string[], words: SearchSources['words']): Promise<Set<string>> {
  if (!words || typed.length < 2) return new Set();
  const vocabulary = await words(shardsFor(typed));
  const common = typed.filter((word) => vocabulary.common?.has(word));
  return new Set(common.length < typed.length ? common : []);
}

/** Runs the strategy above; `limit` pages come back ready to show. */
export async function runSearch(
  raw: string,
  sources: SearchSources,
  options: {
    filters?: Record<string, string[]> | undefined;
    limit?: number;
    weights?: EvidenceWeights;
  } = {},
): Promise<SearchOutcome> {
  const prepared = await prepare(raw, sources.words);
  const words = contentWords(prepared.term);
  if (words.length === 0) return { prepared, words, hits: [], total: 0 };
  const limit = options.limit ?? 10;
  // The reader's own words are required together; related words (./query.ts) only help a page rank,
  // and so do words about the form of the answer, unless the query has no other word.
  const related = new Set(prepared.related);
  if (words.some((word) => !FORM_WORDS.has(word) && !related.has(word)))
    for (const word of words) if (FORM_WORDS.has(word)) related.add(word);
  const typed = words.filter((word) => !related.has(word));

  // Words on most pages of a large site are not sent to Pagefind while a rarer typed word is: their
  // index chunks grow with the site and their weight is the lowest there is (./vocabulary.ts
  // COMMON_WORD_MIN_PAGES). Titles and headings still count them, from the cards.
  const common = await commonWords(typed, sources.words);
  const searched = typed.filter((word) => !common.has(word));

  // One search with every typed word, then one per word, one after another (concurrent searches on
  // one Pagefind instance can interfere).
  const all = searched.length > 0 ? await sources.search(searched.join(' '), options.filters) : [];
  const single = new Map<string, PagefindResult[]>();
  for (const word of words.filter((word) => !common.has(word)))
    single.set(
      word,
      searched.length === 1 && word === searched[0] ? all : await sources.search(word, options.filters),
    );

  const frequency = new Map([...single].map(([word, results]) => [word, results.length]));
  const pageCount = await sources.pageCount?.();
  for (const word of common) frequency.set(word, pageCount ?? 0);
  const rarity = documentFrequencyWeights(frequency, pageCount);
  const weight: WordWeight = (word) => rarity(word) * (related.has(word) ? RELATED_WEIGHT : 1);
  const totalWeight = words.reduce((sum, word) => sum + weight(word), 0) || 1;
  const typedShare = searched.reduce((sum, word) => sum + weight(word), 0) / totalWeight;
  const candidates = new Map<string, Candidate>();
  const best = Math.max(...all.map((r) => r.score), 1e-9);
  for (const result of all)
    candidates.set(
      result.id,
      candidateOf(result.id, searched.length > 1 ? (result.score / best) * typedShare : 0),
    );
  const together = new Set(all.map((r) => r.id));
  /** How many pages hold each word in their title. */
  const titled = new Map<string, number>();
  for (const [word, results] of single) {
    const portion = weight(word) / totalWeight;
    const top = Math.max(...results.map((r) => r.score), 1e-9);
    for (const result of results) {
      let candidate = candidates.get(result.id);
      if (!candidate) {
        candidate = candidateOf(result.id);
        candidates.set(result.id, candidate);
      }
      candidate.locations.set(word, result.words);
      candidate.matched += portion;
      candidate.alone += (result.score / top) * portion;
      if (result.matchedMetaFields?.includes('title')) {
        candidate.inTitle += portion;
        titled.set(word, (titled.get(word) ?? 0) + 1);
      }
      // Pagefind's own score for all typed words stands for theirs on pages that hold them all.
      if (!(together.has(result.id) && searched.length > 1 && !related.has(word)))
        candidate.score += (result.score / top) * portion;
    }
  }

  // Re-rank the head of Pagefind's order by where the words occur.
  const w = options.weights ?? EVIDENCE_WEIGHTS;
  // A word in most page titles (here "backend", "data", "engineer") says little about which title
  // answers: title evidence weighs each word also by how few titles hold it, as Pagefind reported.
  const inTitles = documentFrequencyWeights(titled, pageCount);
  const titleWeight: WordWeight = (word) => weight(word) * inTitles(word);
  // Which pages get re-ranked: by what is known before any card loads, weighted as in the re-ranking,
  // so a page whose title holds the query is not left out for lacking a filler word.
  const early = (c: Candidate) => c.matched * w.matched + c.inTitle * w.title + c.score * w.pagefind;
  const headSize = Math.max(RERANK_DEPTH, limit);
  const picked = [...candidates.values()]
    .sort((a, b) => early(b) - early(a))
    .slice(0, headSize - WORD_BY_WORD_PLACES);
  for (const candidate of [...candidates.values()].sort((a, b) => b.alone - a.alone)) {
    if (picked.length >= headSize) break;
    if (!picked.includes(candidate)) picked.push(candidate);
  }
  const head = await Promise.all(
    picked.map(async (candidate) => {
      const card = await sources.card(candidate.id);
      if (!card) return undefined;
      const sections = wordsBySection(card, candidate);
      // A page without headings (a reading path) is one section: its words count as a section's, so
      // it is not outranked for lacking sections (second and a fresh third set: one query better,
      // none worse; counting its title as a heading too ranked such pages above better answers).
      const own = card.sections.length > 1 ? sections.slice(1) : sections;
      const headings = card.sections.slice(1).map(([id, title]) => ownHeading(id, title));
      const value =
        (card.summary && !looksUp(card, typed, raw) ? w.summaries : 1) *
        (card.answers && !QUESTION_QUERY.test(raw) ? w.unaskedAnswers : 1) *
        (candidate.matched * w.matched +
          coverage(card.title, words, titleWeight) *
            (w.title + w.titlePrecision * precision(card.title, words)) +
          Math.max(0, ...headings.map((heading) => coverage(heading, words, weight))) * w.heading +
          Math.max(0, ...own.map((section) => share(section.words, words, weight))) * w.sectionWords +
          depth(sections, words, weight) * w.depth +
          candidate.score * w.pagefind);
      return { candidate, card, sections, value };
    }),
  );
  // A card that failed to load is skipped rather than shown half-empty.
  const ranked = head.filter((entry) => entry !== undefined).sort((a, b) => b.value - a.value);

  const hits = await Promise.all(
    ranked.slice(0, limit).map(async ({ candidate, card, sections }): Promise<Hit> => {
      const { landing, others } = chooseLanding(card, sections, words, weight, raw);
      const [id = TOP, title = card.title] = card.sections[landing] ?? [];
      const text = await sources.sectionText(candidate.id, landing);
      const link = (anchor: string) => (anchor === TOP ? card.url : `${card.url}#${anchor}`);
      return {
        id: candidate.id,
        url: link(id),
        title: card.title,
        section: landing === 0 ? undefined : title,
        excerpt: text
          ? excerptAround(text, sections[landing]?.hits ?? [], {
              // Past the heading, which the result already shows.
              skip: title.split(/\s+/).length,
            })
          : [],
        sections: others.map((index) => {
          const [anchor = TOP, heading = ''] = card.sections[index] ?? [];
          return { title: heading, url: link(anchor) };
        }),
      };
    }),
  );
  return { prepared, words, hits, total: candidates.size };
}
