import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { vocabularyFor, vocabularyFromText, type Vocabulary } from '../../../src/lib/search/query.ts';
import { bloomTester } from '../../../src/lib/search/bloom.ts';
import {
  isWithin,
  pageIndexFrom,
  runSearch,
  type EvidenceWeights,
  type PageIndex,
  type PagefindData,
  type SearchFn,
} from '../../../src/lib/search/engine.ts';

/** One evaluation query: what a reader types and where it should land (page, or page#section). */
export interface QueryCase {
  q: string;
  expect: string[];
  kind: string;
}

export interface QueryOutcome {
  q: string;
  kind: string;
  term: string;
  /** 1-based rank of the first result that lands where expected, within the top 5; null if none. */
  rank: number | null;
  top: string[];
  /** Sections offered by each of the top results. */
  sections: string[][];
}

export interface SearchScores {
  mrr5: number;
  recall1: number;
  recall3: number;
  outcomes: QueryOutcome[];
}

interface ResultView {
  url: string;
  subs: string[];
}

/** The landing places one result offers, as the search dialog shows them: the page and its top 3 sections. */
function landings(result: ResultView): string[] {
  return [result.url, ...result.subs];
}

/** A result lands where expected when it is the page, and, for a section, offers that section or a part of it. */
function matches(result: ResultView, expected: string, pages: PageIndex | undefined): boolean {
  const [page = '', anchor] = expected.split('#');
  if (result.url.split('#')[0] !== page) return false;
  if (anchor === undefined) return true;
  const entry = pages ? [...pages.values()].find((p) => p.url === page) : undefined;
  return result.subs.some((sub) => {
    const id = sub.split('#')[1] ?? '';
    return id === anchor || (entry !== undefined && isWithin(entry, id, anchor));
  });
}

export async function loadVocabulary(page: Page): Promise<Vocabulary> {
  return vocabularyFromText(await page.evaluate(async () => (await fetch('/search-vocabulary.json')).json()));
}

/** A Pagefind search function that runs in the page and hands results back to Node. */
function browserSearch(page: Page): SearchFn {
  let call = 0;
  return async (term, filters) => {
    // Results are kept per call, as the dialog keeps Pagefind's result objects: a page's data (its
    // sections) depends on the search that found it.
    const key = `${(call += 1)}:`;
    const found: Array<{ id: string; score: number }> = await page.evaluate(
      async ([t, f, k]) => {
        const w = window as unknown as {
          __pagefind: {
            search: (
              t: string,
              o: object,
            ) => Promise<{ results: Array<{ id: string; score: number; data: () => Promise<unknown> }> }>;
          };
          __results: Map<string, () => Promise<unknown>>;
        };
        const search = await w.__pagefind.search(t as string, f ? { filters: f } : {});
        for (const r of search.results) w.__results.set(`${k}${r.id}`, r.data);
        return search.results.map((r) => ({ id: r.id, score: r.score }));
      },
      [term, filters, key] as const,
    );
    return found.map((r) => ({
      ...r,
      data: () =>
        page.evaluate(async (id) => {
          const w = window as unknown as { __results: Map<string, () => Promise<PagefindData>> };
          return (await w.__results.get(id)?.()) as PagefindData;
        }, `${key}${r.id}`),
    }));
  };
}

/**
 * Runs every query through the site's search strategy (src/lib/search/engine.ts), with Pagefind
 * running in the browser, and scores where the top five results land. `baseline` sends the raw
 * query to Pagefind alone, as Starlight's default search does.
 */
export async function evaluateSearch(
  page: Page,
  cases: readonly QueryCase[],
  options: {
    baseline: boolean;
    ranking?: Record<string, number> | undefined;
    weights?: EvidenceWeights | undefined;
  },
): Promise<SearchScores> {
  await page.goto('/');
  const vocabulary = options.baseline ? undefined : await loadVocabulary(page);
  const isKnown = options.baseline
    ? undefined
    : bloomTester(await page.evaluate(async () => (await fetch('/search-words.json')).json()));
  // The page index also serves to judge landings for the baseline (it only describes page structure).
  const pageIndex = pageIndexFrom(
    await page.evaluate(async () => (await fetch('/search-pages.json')).json()),
  );
  const pages = options.baseline ? undefined : pageIndex;
  await page.evaluate(async (ranking) => {
    // A variable specifier: the module exists only on the built site, not for the type checker.
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as { options: (o: object) => Promise<void> };
    // As the dialog does (src/components/search/search-runtime.ts).
    await pagefind.options(ranking ? { ranking, noWorker: true } : { noWorker: true });
    Object.assign(window, { __pagefind: pagefind, __results: new Map() });
  }, options.ranking);
  const search = browserSearch(page);
  const outcomes: QueryOutcome[] = [];
  for (const testCase of cases) {
    let term = testCase.q;
    let results: ResultView[];
    if (options.baseline) {
      const found = (await search(term)).slice(0, 5);
      results = await Promise.all(
        found.map(async (r) => {
          const data = await r.data();
          const subs = data.sub_results[0]?.url === data.url ? data.sub_results.slice(1) : data.sub_results;
          return {
            url: data.url,
            subs: [...subs]
              .sort((a, b) => b.locations.length - a.locations.length)
              .slice(0, 3)
              .map((s) => s.url),
          };
        }),
      );
    } else {
      // As the dialog does: the vocabulary only for a query with a word the site lacks.
      const outcome = await runSearch(testCase.q, search, {
        vocabulary:
          isKnown && vocabulary
            ? await vocabularyFor(testCase.q, isKnown, async () => vocabulary)
            : vocabulary,
        pages,
        limit: 5,
        ...(options.weights ? { weights: options.weights } : {}),
      });
      term = outcome.words.join(' ');
      results = outcome.hits.map((hit) => ({ url: hit.url, subs: hit.sections.map((s) => s.url) }));
    }
    const index = results.findIndex((result) =>
      testCase.expect.some((expected) => matches(result, expected, pageIndex)),
    );
    outcomes.push({
      q: testCase.q,
      kind: testCase.kind,
      term,
      rank: index >= 0 ? index + 1 : null,
      top: results.map((r) => landings(r)[0] ?? ''),
      sections: results.map((r) => r.subs),
    });
  }
  const n = outcomes.length;
  return {
    mrr5: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
    recall1: outcomes.filter((o) => o.rank === 1).length / n,
    recall3: outcomes.filter((o) => o.rank !== null && o.rank <= 3).length / n,
    outcomes,
  };
}

export interface TransferFigures {
  bytes: number;
  requests: number;
}

/**
 * Real dialog use on a fresh visit: what opening search and running the first query transfers, then
 * what one more query transfers. Bytes are gzip (level 9) of each response, or its raw size if smaller.
 */
export async function measureSearchTransfer(
  browser: Browser,
  baseURL: string,
  first: string,
  later: string,
): Promise<{ first: TransferFigures; later: TransferFigures }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'networkidle' });
  let current: TransferFigures = { bytes: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const counted = current;
    pending.push(
      response.body().then(
        (body) => {
          counted.bytes += Math.min(body.length, gzipSync(body, { level: 9 }).length);
          counted.requests += 1;
        },
        () => undefined,
      ),
    );
  });
  const settle = async () => {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await Promise.all(pending.splice(0));
  };
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(first);
  await page.locator('.search-result').first().waitFor();
  await settle();
  const firstFigures = current;
  current = { bytes: 0, requests: 0 };
  await page.getByRole('searchbox', { name: 'Search' }).fill(later);
  await page.locator('.search-result').first().waitFor();
  await settle();
  const laterFigures = current;
  await context.close();
  return { first: firstFigures, later: laterFigures };
}
