/**
 * Search benchmark: serves the built site and runs each query set through the real search dialog in
 * Chromium, then plain Pagefind on the same queries for reference. Prints, per set, MRR@5, recall@1,
 * recall@3 and how often the first result's main link opens the expected section; the misses; and
 * the bytes and requests of a first and of later queries, beside plain Pagefind's.
 * Usage: npm run build && npm run bench:search [-- --verbose] [-- --queries <file>]
 */
import { chromium } from 'playwright-core';
import { startPreview } from './lib/preview.ts';
import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium.ts';
import {
  dialogResults,
  measurePlainPagefindTransfer,
  measureSearchTransfer,
  plainPagefindResults,
  readCards,
  readQueries,
  scoreOutcomes,
  type SearchScores,
} from './lib/search-eval.ts';

const QUERY_SETS = ['tests/search/queries.json', 'tests/search/queries-sections.json'];
/** `--queries <file>` runs one set instead of both. */
const only = process.argv.indexOf('--queries');
const sets = only >= 0 ? [process.argv[only + 1] ?? ''] : QUERY_SETS;

const verbose = process.argv.includes('--verbose');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const line = (label: string, s: SearchScores) =>
  `  ${label.padEnd(15)} MRR@5 ${s.mrr5.toFixed(3)}  recall@1 ${pct(s.recall1)}  recall@3 ${pct(s.recall3)}  first link on section ${pct(s.firstLinkSection)}  first link right ${pct(s.firstLink)}`;

const { baseURL, stop } = await startPreview(4332);
try {
  const executable = await resolveChromium();
  const browser = await chromium.launch({ executablePath: executable.path, args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ baseURL })).newPage();
  const cards = readCards();
  for (const file of sets) {
    const cases = readQueries(file);
    const site = scoreOutcomes(cases, await dialogResults(page, cases), cards);
    const plain = scoreOutcomes(cases, await plainPagefindResults(page, cases), cards);
    const sections = cases.filter((c) => c.expect.every((e) => e.includes('#'))).length;
    console.log(`\n${file}: ${cases.length} queries, ${sections} aimed at a section`);
    console.log(line('plain Pagefind', plain));
    console.log(line('this site', site));
    for (const kind of [...new Set(cases.map((c) => c.kind))]) {
      const of = site.outcomes.filter((o) => o.kind === kind);
      const mrr = of.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / of.length;
      console.log(`    ${kind.padEnd(15)} n=${String(of.length).padStart(2)}  MRR@5 ${mrr.toFixed(3)}`);
    }
    const misses = site.outcomes.filter(
      (o) => o.rank === null || o.rank > 3 || (o.sectionQuery && !o.firstLink),
    );
    if (misses.length > 0) console.log('  not in the top 3, or first link off the section:');
    for (const o of misses) {
      console.log(
        `    [${o.rank ?? '-'}${o.firstLink ? '' : '*'}] "${o.q}" first: ${o.results[0]?.url.replace(/\?[^#]*/, '') ?? 'nothing'}`,
      );
      if (verbose) console.log(`        expected: ${cases.find((c) => c.q === o.q)?.expect.join(' ')}`);
    }
  }
  const transfer = await measureSearchTransfer(
    browser,
    baseURL,
    'kafka',
    'data contracts',
    'data contracts schema',
  );
  const [plain = { bytes: 0, requests: 0, items: [] }] = await measurePlainPagefindTransfer(
    browser,
    baseURL,
    'kafka',
  );
  console.log(
    `\nfirst query (open search + "kafka"):    ${kib(transfer.first.bytes)} gzip in ${transfer.first.requests} requests`,
  );
  console.log(
    `  plain Pagefind, "kafka" + top 5:     ${kib(plain.bytes)} gzip in ${plain.requests} requests`,
  );
  console.log(
    `later query, new words ("data contracts"): ${kib(transfer.later[0]?.bytes ?? 0)} in ${transfer.later[0]?.requests} requests`,
  );
  console.log(
    `later query, refined ("data contracts schema"): ${kib(transfer.later[1]?.bytes ?? 0)} in ${transfer.later[1]?.requests} requests`,
  );
  await browser.close();
} finally {
  await stop();
}
