import type { Page } from '@playwright/test';
import { expect, test } from './lib/test.ts';
import { RERANK_DEPTH } from '../../src/lib/search/engine.ts';
import {
  dialogResults,
  measureSearchTransfer,
  readCards,
  readQueries,
  scoreOutcomes,
  type SearchScores,
} from '../../scripts/lib/search-eval.ts';
import { hostileQueries } from './lib/hostile.ts';

/**
 * Transfer budgets, gzip bytes, measured from opening search: the issue's, 120 KB for the first
 * query and 15 KiB for a later one ("data contracts" measures 14.2 KiB with 74 pages, December 2026).
 */
const FIRST_QUERY_BUDGET = 120_000;
const LATER_QUERY_BUDGET = 15 * 1024;

const input = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const results = (page: Page) => page.locator('[data-search-results] > li');

const misses = (scores: SearchScores) =>
  scores.outcomes
    .filter((o) => o.rank === null || o.rank > 3)
    .map((o) => `${o.q} -> ${o.results[0]?.url ?? 'nothing'}`)
    .join('; ');

test('search quality on the first query set meets its thresholds, through the dialog', async ({ page }) => {
  test.setTimeout(120_000);
  const cases = readQueries('tests/search/queries.json');
  expect(cases.length).toBeGreaterThanOrEqual(60);
  const scores = scoreOutcomes(cases, await dialogResults(page, cases), readCards());
  // The goals: MRR@5 0.9 and 80% first link on section (0.912 and 80.4%, December 2026).
  expect(
    scores.mrr5,
    `MRR@5 ${scores.mrr5.toFixed(3)}; not in top 3: ${misses(scores)}`,
  ).toBeGreaterThanOrEqual(0.9);
  expect(
    scores.recall3,
    `recall@3 ${scores.recall3.toFixed(3)}; not in top 3: ${misses(scores)}`,
  ).toBeGreaterThanOrEqual(0.95);
  expect(scores.firstLinkSection, 'first link on the expected section').toBeGreaterThanOrEqual(0.8);
});

test('search quality on the section query set holds its level, through the dialog', async ({ page }) => {
  test.setTimeout(180_000);
  const cases = readQueries('tests/search/queries-sections.json');
  expect(cases.filter((c) => c.expect.every((e) => e.includes('#'))).length).toBeGreaterThanOrEqual(50);
  const scores = scoreOutcomes(cases, await dialogResults(page, cases), readCards());
  // Below the goals (MRR@5 0.9, 80% first link on section): floors a few queries below
  // today's level (0.850 and 71.1%, December 2026; 0.839 before words such as "list" and "overview"
  // stopped being required; 0.821 and 69.6% before single letters left the query, the head kept
  // places for pages strong word by word and the FAQ counted for less outside questions; 0.778 and
  // 60.0% before summary pages counted for less).
  expect(
    scores.mrr5,
    `MRR@5 ${scores.mrr5.toFixed(3)}; not in top 3: ${misses(scores)}`,
  ).toBeGreaterThanOrEqual(0.835);
  expect(scores.firstLinkSection, 'first link on the expected section').toBeGreaterThanOrEqual(0.69);
});

test('a shared ?q= link opens search with the query typed and results shown', async ({ page }) => {
  await page.goto('/differences/testing/?q=kafka');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(input(page)).toHaveValue('kafka');
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('.search-result-title').first()).toContainText(/kafka|tools|stack|technolog/i);
});

test('typing keeps the query in the URL, and closing removes it', async ({ page }) => {
  await page.goto('/differences/testing/');
  await page.getByRole('button', { name: 'Search' }).click();
  await input(page).fill('data contracts');
  await expect(page).toHaveURL(/\?q=data\+contracts$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).toHaveURL(/\/differences\/testing\/$/);
});

test('keyboard: "/" and Ctrl+K open search, arrows reach results, Enter opens one', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await expect(input(page)).toBeFocused();
  await page.keyboard.type('change data capture');
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-search-results] a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  const href = (await first.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(href.replace(/[.?+]/g, '\\$&')));
});

test('a reader on a result stays on the results when a filter changes them', async ({ page }) => {
  await page.goto('/?q=on%20call');
  await expect(results(page).first()).toBeVisible();
  await page.getByText('Filters').click();
  const topic = page.getByLabel('Topic');
  await topic.selectOption('Careers');
  await expect(page.locator('a.search-result-link').first()).toHaveAttribute('href', /^\/careers\//);
  await input(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-search-results] a').first()).toBeFocused();
  // The results are rebuilt while the reader is on one: focus moves to the new first result.
  await topic.evaluate((select: HTMLSelectElement) => {
    select.value = 'Differences';
    select.dispatchEvent(new Event('change'));
  });
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toHaveAttribute('href', /^\/differences\//);
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/differences\/.*highlight=/);
});

test('a result opens at the section that matched, with an excerpt and the words highlighted', async ({
  page,
}) => {
  await page.goto('/?q=joint%20postmortem');
  const main = page.locator('[data-search-results] > li > a.search-result-link').first();
  await expect(main).toHaveAttribute('href', /#joint-postmortem$/);
  await expect(main.locator('.search-result-section')).toHaveText('Running a joint postmortem');
  // The excerpt shows the matched words, marked, from the section itself.
  await expect(main.locator('.search-result-excerpt mark').first()).toHaveText(/postmortem/i);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    /\/boundary\/backfills-and-incidents\/\?highlight=joint&highlight=postmortem#joint-postmortem$/,
  );
  await expect(page.locator('#joint-postmortem')).toBeInViewport();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
});

test('filters narrow results to a topic, a role or a page type', async ({ page }) => {
  await page.goto('/?q=on%20call');
  await expect(results(page).first()).toBeVisible();
  await page.getByText('Filters').click();
  const pageLinks = page.locator('a.search-result-link:not(.search-section-link)');
  const hrefs = () => pageLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect((await hrefs()).some((href) => !href.startsWith('/careers/'))).toBe(true);
  await page.getByLabel('Topic').selectOption('Careers');
  await expect
    .poll(
      async () => (await hrefs()).length > 0 && (await hrefs()).every((href) => href.startsWith('/careers/')),
    )
    .toBe(true);
  await page.getByLabel('Topic').selectOption('');
  await page.getByLabel('Page type').selectOption('Reference');
  await expect
    .poll(async () =>
      (await hrefs()).every(
        (href) => href.startsWith('/reference/') || href.startsWith('/start-here/linking'),
      ),
    )
    .toBe(true);
});

test('a query that finds nothing offers topics to start from', async ({ page }) => {
  await page.goto('/?q=zzqxv');
  await expect(page.locator('[data-search-status]')).toHaveText('No results for “zzqxv”.');
  const help = page.locator('[data-search-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: 'Glossary' })).toHaveAttribute('href', '/reference/glossary/');
});

test('typos and abbreviations still find the page', async ({ page }) => {
  await page.goto('/?q=kubernets');
  await expect(page.locator('[data-search-status]')).toContainText('Searched for: kubernetes');
  await expect(page.locator('.search-result-title').first()).toContainText(/kubernetes|tools|technolog/i);
  await page.goto('/?q=k8s');
  await expect(results(page).first()).toBeVisible();
});

test('1,000 hostile queries run no script and raise no uncaught error', async ({ page }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`a ${dialog.type()} dialog opened`);
    void dialog.dismiss();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const queries = hostileQueries(1000);
  expect(queries).toHaveLength(1000);
  expect(Math.max(...queries.map((q) => q.length))).toBeGreaterThanOrEqual(10_000);
  for (let i = 0; i < queries.length; i += 50) {
    await page.evaluate(
      async (batch) => {
        const search = document.querySelector('site-search') as unknown as {
          search(q: string): Promise<void>;
        };
        for (const query of batch) await search.search(query);
      },
      queries.slice(i, i + 50),
    );
  }
  // Through the real input as well, and through shared links.
  for (const query of queries.slice(0, 20)) await input(page).fill(query.slice(0, 200));
  for (const query of queries.slice(0, 10)) await page.goto(`/?q=${encodeURIComponent(query.slice(0, 500))}`);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(
    await page
      .locator(
        '[data-search-results] script, [data-search-results] img, [data-search-results] iframe, [data-search-results] svg',
      )
      .count(),
  ).toBe(0);
  expect(errors).toEqual([]);
});

test('the search dialog transfers little on the first query and less on later ones', async ({
  browser,
  baseURL,
}) => {
  const transfer = await measureSearchTransfer(
    browser,
    baseURL ?? '',
    'kafka',
    'data contracts',
    'data contracts schema',
  );
  test.info().annotations.push({ type: 'transfer', description: JSON.stringify(transfer) });
  expect(transfer.first.bytes).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
  for (const later of transfer.later) expect(later.bytes).toBeLessThanOrEqual(LATER_QUERY_BUDGET);
});

test("a query fetches only its words' index chunks and files of the results it ranks or shows", async ({
  page,
}) => {
  const fetched: string[] = [];
  await page.goto('/', { waitUntil: 'networkidle' });
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.getByRole('button', { name: 'Search' }).click();
  await input(page).fill('kafka streaming');
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const kinds = {
    pagefind:
      /^\/pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.\w+\.pagefind|index\/[\w-]+\.pf_index)$/,
    card: /^\/search\/[\w-]+\.json$/,
    text: /^\/search\/[\w-]+\/\d+\.json$/,
    words: /^\/search\/words\/[\w-]+\.json$/,
    script: /^\/_astro\/[\w.-]+\.js$/,
  };
  const unexpected = fetched.filter((path) => !Object.values(kinds).some((kind) => kind.test(path)));
  expect(unexpected, 'files outside the per-query kinds').toEqual([]);
  expect(fetched.filter((path) => kinds.card.test(path)).length).toBeLessThanOrEqual(RERANK_DEPTH);
  expect(fetched.filter((path) => kinds.text.test(path)).length).toBeLessThanOrEqual(5);
  expect(fetched.filter((path) => path.endsWith('.pf_fragment'))).toEqual([]);
});

test('only page content is indexed: no navigation, pagination or table controls', async ({ page }) => {
  await page.goto('/');
  const content: string = await page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as {
      search: (
        t: string,
      ) => Promise<{ results: Array<{ data: () => Promise<{ url: string; content: string }> }> }>;
    };
    const { results } = await pagefind.search('purpose outcomes consumers');
    const pages = await Promise.all(results.map((r) => r.data()));
    return pages.find((p) => p.url === '/differences/purpose-and-outcomes/')?.content ?? '';
  });
  expect(content.length).toBeGreaterThan(1000);
  for (const chrome of [
    'Roles to compare',
    'Link to this row',
    'Skip to content',
    'On this page',
    'Previous',
    'Choose two or more',
  ]) {
    expect(content, `"${chrome}" should not be indexed`).not.toContain(chrome);
  }
  // The page's own text is there, the cells of the table's default roles included; the other roles'
  // cells are inert until a reader asks for them (ComparisonTable.astro), so they are not indexed.
  expect(content).toContain('Features that work for users, correctly and quickly.');
  expect(content).not.toContain('Every team whose service carries a reliability target');
});
