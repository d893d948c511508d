import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

/**
 * The budget for one first visit: gzip bytes of HTML + CSS + JS. 45 KiB until the guide grew to 66
 * pages and 240 glossary terms (December 2026): the pages with the most marked terms, table rows and
 * diagrams then measured 45.4–46.5 KiB, about 4.6 KiB of it the term previews' definitions. 48 KiB
 * keeps the guard close to what pages weigh; loading definitions on first use would win those bytes
 * back (not done yet).
 */
export const PAGE_BUDGET_BYTES = 48 * 1024;

/**
 * Pages whose size is their content: a reference list that holds every entry of a data file on one
 * page, so that every entry keeps its anchor there. Each has its own budget and the reason for it;
 * no other page may exceed the common one.
 */
export const PAGE_BUDGET_EXCEPTIONS: Readonly<Record<string, { bytes: number; reason: string }>> = {
  '/reference/glossary/': {
    bytes: 56 * 1024,
    reason:
      'every glossary term with its one-sentence definition (src/data/glossary.yaml), each at /reference/glossary/#<id>',
  },
  '/reference/tools/': {
    bytes: 55 * 1024,
    reason:
      'every tool the guide names with how each role uses it (src/data/tools.yaml), each at /reference/tools/#<id>',
  },
  '/start-here/linking-to-this-guide/': {
    bytes: 60 * 1024,
    reason: 'every locked anchor of the guide (links.lock.json), glossary terms and tools included',
  },
};

/** The first-visit budget of a page, in gzip bytes. */
export function budgetFor(path: string): number {
  return PAGE_BUDGET_EXCEPTIONS[path]?.bytes ?? PAGE_BUDGET_BYTES;
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  requests: number;
}

const KIND: Record<string, 'html' | 'css' | 'js'> = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Counts, from now on, the gzip size of every HTML, CSS and JS response `page` receives; `done()`
 * waits for the bodies and returns the sums. Bodies are compressed here at gzip level 9, so the
 * figure does not depend on whether the server compresses. On a page in a fresh context (empty
 * cache) opened after this call, it is that page's first-visit weight.
 */
export function watchWeight(page: Page, path: string): { done: () => Promise<PageWeight> } {
  const pending: Promise<void>[] = [];
  const weight: PageWeight = { path, html: 0, css: 0, js: 0, total: 0, requests: 0 };
  page.on('response', (response) => {
    const kind = KIND[response.request().resourceType()];
    if (!kind) return;
    pending.push(
      response.body().then((body) => {
        const bytes = gzipSync(body, { level: 9 }).length;
        weight[kind] += bytes;
        weight.total += bytes;
        weight.requests += 1;
      }),
    );
  });
  return {
    done: async () => {
      await Promise.all(pending);
      return { ...weight };
    },
  };
}

/** Loads `path` as a first visit (a fresh browser context) until its network is quiet, and weighs it. */
export async function measurePage(browser: Browser, baseURL: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const weight = watchWeight(page, path);
  await page.goto(path, { waitUntil: 'networkidle' });
  const result = await weight.done();
  await context.close();
  return result;
}

/** A fixed-width table of weights, in KiB, with the budget marked. */
export function formatWeights(weights: readonly PageWeight[]): string {
  const kib = (n: number) => (n / 1024).toFixed(1).padStart(6);
  const rows = weights.map(
    (w) =>
      `${w.path.padEnd(48)}${kib(w.html)}${kib(w.css)}${kib(w.js)}${kib(w.total)}${String(w.requests).padStart(5)}${w.total > budgetFor(w.path) ? '  OVER' : ''}`,
  );
  return [
    `${'page'.padEnd(48)}${'html'.padStart(6)}${'css'.padStart(6)}${'js'.padStart(6)}${'total'.padStart(6)}${'req'.padStart(5)}  (KiB gzip)`,
    ...rows,
  ].join('\n');
}
