/**
 * Page weight benchmark: serves the built site, loads every page as a first visit in Chromium and
 * prints the gzip bytes of HTML, CSS and JS it fetched. Exits non-zero when a page is over budget.
 * Usage: npm run build && npm run bench:weight
 */
import { chromium } from 'playwright-core';
import { startPreview } from './lib/preview.ts';
import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium.ts';
import { builtPages } from './lib/site.ts';
import { PAGE_BUDGET_BYTES, budgetFor, formatWeights, measurePage, type PageWeight } from './lib/weight.ts';

const { baseURL, stop } = await startPreview(4331);

try {
  const executable = await resolveChromium();
  const browser = await chromium.launch({ executablePath: executable.path, args: CHROMIUM_ARGS });
  const weights: PageWeight[] = [];
  for (const path of builtPages()) weights.push(await measurePage(browser, baseURL, path));
  await browser.close();
  console.log(formatWeights(weights));
  const totals = weights.map((w) => w.total);
  const over = weights.filter((w) => w.total > budgetFor(w.path));
  console.log(
    `\n${weights.length} pages; first-visit total min ${(Math.min(...totals) / 1024).toFixed(1)} KiB, max ${(Math.max(...totals) / 1024).toFixed(1)} KiB, budget ${PAGE_BUDGET_BYTES / 1024} KiB (a few long reference lists have their own); ${over.length} over budget`,
  );
  process.exitCode = over.length > 0 ? 1 : 0;
} finally {
  stop();
}
