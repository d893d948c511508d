/**
 * Search evaluation on a served build, shared by the search test and the benchmarks: queries go
 * through the real search dialog (its `search()` method, then the rendered links are read), so what
 * is measured is what readers get. Plain Pagefind (raw query, default ranking) is the reference.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { isWithin, readCard, type PageCard, type StoredCard } from '../../src/lib/search/shards.ts';

/** One evaluation query: what a reader types and where it should land (page, or page#section). */
export interface QueryCase {
  q: string;
  expect: string[];
  kind: string;
}

/** One shown result: where its main link goes, and the section links under it. */
export interface ResultView {
  url: string;
  subs: string[];
}

export interface QueryOutcome {
  q: string;
  kind: string;
  /** 1-based rank of the first result that lands where expected, within the top 5; null if none. */
  rank: number | null;
  /** True when the first result's main link lands where expected (in the expected section, for a section query). */
  firstLink: boolean;
  /** True when every expectation names a section. */
  sectionQuery: boolean;
  results: ResultView[];
}

export interface SearchScores {
  mrr5: number;
  recall1: number;
  recall3: number;
  /** Share of section queries whose first result's main link opens the expected section. */
  firstLinkSection: number;
  /** Share of all queries whose first result's main link lands where expected. */
  firstLink: number;
  outcomes: QueryOutcome[];
}

export function readQueries(file: string): QueryCase[] {
  return JSON.parse(readFileSync(file, 'utf8')) as QueryCase[];
}

/** Every page's search card from a build, by URL: the page structure that landings are judged by. */
export function readCards(dist = 'dist'): Map<string, PageCard> {
  const dir = join(dist, 'search');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => readCard(JSON.parse(readFileSync(join(dir, name), 'utf8')) as StoredCard))
      .map((card) => [card.url, card]),
  );
}

const withoutQuery = (href: string) => href.replace(/\?[^#]*/, '');

/** True when `href` lands where `expected` says: that page, and for a section, in that section. */
export function landsOn(href: string, expected: string, cards: ReadonlyMap<string, PageCard>): boolean {
  const [page = '', anchor] = withoutQuery(href).split('#');
  const [wantedPage = '', wantedAnchor] = expected.split('#');
  if (page !== wantedPage) return false;
  if (wantedAnchor === undefined) return true;
  if (anchor === undefined) return false;
  const card = cards.get(page);
  return card ? isWithin(card, anchor, wantedAnchor) : anchor === wantedAnchor;
}

export function scoreOutcomes(
  cases: readonly QueryCase[],
  shown: readonly ResultView[][],
  cards: ReadonlyMap<string, PageCard>,
): SearchScores {
  const outcomes = cases.map((testCase, i): QueryOutcome => {
    const results = shown[i] ?? [];
    const lands = (href: string) => testCase.expect.some((expected) => landsOn(href, expected, cards));
    const index = results.findIndex((result) => [result.url, ...result.subs].some(lands));
    return {
      q: testCase.q,
      kind: testCase.kind,
      rank: index >= 0 ? index + 1 : null,
      firstLink: results[0] !== undefined && lands(results[0].url),
      sectionQuery: testCase.expect.every((expected) => expected.includes('#')),
      results,
    };
  });
  const n = outcomes.length || 1;
  const sections = outcomes.filter((o) => o.sectionQuery);
  return {
    mrr5: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
    recall1: outcomes.filter((o) => o.rank === 1).length / n,
    recall3: outcomes.filter((o) => o.rank !== null && o.rank <= 3).length / n,
    firstLinkSection: sections.filter((o) => o.firstLink).length / (sections.length || 1),
    firstLink: outcomes.filter((o) => o.firstLink).length / n,
    outcomes,
  };
}

/** Opens the home page, then runs `search` in it for each query, one after another. */
async function eachQuery(
  page: Page,
  cases: readonly QueryCase[],
  search: (query: string) => Promise<ResultView[]>,
): Promise<ResultView[][]> {
  await page.goto('/');
  const shown: ResultView[][] = [];
  for (const { q } of cases) shown.push(await page.evaluate(search, q));
  return shown;
}

/** Runs each query through the site's search dialog and reads the top five results it renders. */
export function dialogResults(page: Page, cases: readonly QueryCase[]): Promise<ResultView[][]> {
  return eachQuery(page, cases, async (query) => {
    const dialog = document.querySelector('site-search') as unknown as {
      search(q: string): Promise<void>;
    };
    await dialog.search(query);
    return [...document.querySelectorAll('[data-search-results] > li')].slice(0, 5).map((item) => ({
      url: item.querySelector('a.search-result-link')?.getAttribute('href') ?? '',
      subs: [...item.querySelectorAll('a.search-section-link')].map((a) => a.getAttribute('href') ?? ''),
    }));
  });
}

/**
 * The reference: what plain Pagefind gives for the raw query with its default ranking, top five
 * results with their three busiest sections, as Starlight's default search shows them.
 */
export function plainPagefindResults(page: Page, cases: readonly QueryCase[]): Promise<ResultView[][]> {
  return eachQuery(page, cases, async (query) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as {
      search(t: string): Promise<{
        results: Array<{
          data(): Promise<{ url: string; sub_results: Array<{ url: string; locations: number[] }> }>;
        }>;
      }>;
    };
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, 5).map((r) => r.data()));
    return data.map((d) => ({
      url: d.url,
      subs: d.sub_results
        .filter((s) => s.url !== d.url)
        .sort((a, b) => b.locations.length - a.locations.length)
        .slice(0, 3)
        .map((s) => s.url),
    }));
  });
}

export interface TransferFigures {
  bytes: number;
  requests: number;
  /** What each response cost, by path (for `bench:scale --detail`). */
  items: Array<{ path: string; bytes: number }>;
}

/** Counts what a page fetches from now until `settle` resolves: gzip bytes (level 9, or raw if smaller). */
function countTransfer(page: Page) {
  let current: TransferFigures = { bytes: 0, requests: 0, items: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const counted = current;
    pending.push(
      response.body().then(
        (body) => {
          const bytes = Math.min(body.length, gzipSync(body, { level: 9 }).length);
          counted.bytes += bytes;
          counted.requests += 1;
          counted.items.push({ path: new URL(response.url()).pathname, bytes });
        },
        () => undefined,
      ),
    );
  });
  return {
    /** Waits for the network to go quiet, then returns what was counted and starts a new count. */
    async take(): Promise<TransferFigures> {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await Promise.all(pending.splice(0));
      const taken = current;
      current = { bytes: 0, requests: 0, items: [] };
      return taken;
    },
  };
}

/**
 * Real dialog use on a fresh visit: what opening search and running the first query transfers, then
 * what each later query transfers.
 */
export async function measureSearchTransfer(
  browser: Browser,
  baseURL: string,
  first: string,
  ...later: string[]
): Promise<{ first: TransferFigures; later: TransferFigures[] }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'networkidle' });
  const counter = countTransfer(page);
  await counter.take();
  // The dialog's own search() resolves once its results are shown, however long a large index takes.
  const search = (query: string) =>
    page.evaluate(async (q) => {
      const dialog = document.querySelector('site-search') as unknown as { search(q: string): Promise<void> };
      await dialog.search(q);
    }, query);
  await page.getByRole('button', { name: 'Search' }).click();
  await search(first);
  await page.locator('.search-result').first().waitFor();
  const firstFigures = await counter.take();
  const laterFigures: TransferFigures[] = [];
  for (const query of later) {
    await search(query);
    laterFigures.push(await counter.take());
  }
  await context.close();
  return { first: firstFigures, later: laterFigures };
}

/**
 * The reference: plain Pagefind (default ranking, no worker, as the dialog) running each query on one
 * fresh page and loading its top five results; what each query transferred.
 */
export async function measurePlainPagefindTransfer(
  browser: Browser,
  baseURL: string,
  ...queries: string[]
): Promise<TransferFigures[]> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/', { waitUntil: 'networkidle' });
  const counter = countTransfer(page);
  await counter.take();
  const figures: TransferFigures[] = [];
  for (const query of queries) {
    await page.evaluate(async (q) => {
      const bundle = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ bundle)) as {
        options(o: object): Promise<void>;
        search(t: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
      };
      await pagefind.options({ noWorker: true });
      const { results } = await pagefind.search(q);
      await Promise.all(results.slice(0, 5).map((r) => r.data()));
    }, query);
    figures.push(await counter.take());
  }
  await context.close();
  return figures;
}
