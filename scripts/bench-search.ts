/**
 * Search benchmark: serves the built site and runs the query set in tests/search/queries.json through
 * Pagefind in Chromium, as the search dialog would. Prints MRR@5, recall@1, recall@3, the misses, and
 * the bytes and requests of the first and of a later query.
 * Usage: npm run build && npm run bench:search [-- --baseline]   (--baseline: raw queries, default ranking)
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startPreview } from '../tests/e2e/lib/preview.ts';
import { CHROMIUM_ARGS, resolveChromium } from '../tests/e2e/lib/chromium.ts';
import { evaluateSearch, measureSearchTransfer, type QueryCase } from '../tests/e2e/lib/search-eval.ts';
import { PAGEFIND_RANKING } from '../src/lib/search/ranking.ts';

const baseline = process.argv.includes('--baseline');
const cases: QueryCase[] = JSON.parse(readFileSync('tests/search/queries.json', 'utf8'));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const { baseURL, stop } = await startPreview(4332);

try {
  const executable = await resolveChromium();
  const browser = await chromium.launch({ executablePath: executable.path, args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ baseURL })).newPage();
  if (process.argv.includes('--sweep-weights')) {
    // Grid over the engine's evidence weights, with the site's Pagefind ranking.
    const rows: Array<[string, number, number]> = [];
    for (const matched of [1, 2, 3])
      for (const title of [1, 1.5, 2.5])
        for (const heading of [1, 1.5, 2.5])
          for (const pagefind of [0.5, 1]) {
            const weights = { matched, title, titlePrecision: 1, heading, pagefind, sectionWords: 1 };
            const s = await evaluateSearch(page, cases, {
              baseline: false,
              ranking: PAGEFIND_RANKING,
              weights,
            });
            rows.push([JSON.stringify(weights), s.mrr5, s.recall3]);
          }
    rows.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
    for (const [w, m, r] of rows.slice(-8)) console.log(`${w}  MRR@5 ${m.toFixed(3)}  recall@3 ${pct(r)}`);
    await browser.close();
    process.exit(0);
  }
  if (process.argv.includes('--sweep')) {
    // Grid over Pagefind's ranking knobs; prints MRR@5 / recall@3 per setting, best last.
    const rows: Array<[string, number, number]> = [];
    for (const pageLength of [0, 0.25, 0.5, 0.75])
      for (const termSaturation of [0.8, 1.4, 2.0])
        for (const termFrequency of [0.5, 1.0]) {
          const ranking = { pageLength, termSaturation, termFrequency, termSimilarity: 1.0 };
          const s = await evaluateSearch(page, cases, { baseline: false, ranking });
          rows.push([JSON.stringify(ranking), s.mrr5, s.recall3]);
          console.log(`${JSON.stringify(ranking)}  MRR@5 ${s.mrr5.toFixed(3)}  recall@3 ${pct(s.recall3)}`);
        }
    rows.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
    console.log(`best: ${rows.at(-1)?.[0]}`);
    await browser.close();
    process.exit(0);
  }
  const scores = await evaluateSearch(
    page,
    cases,
    baseline ? { baseline: true } : { baseline: false, ranking: PAGEFIND_RANKING },
  );
  console.log(
    `mode: ${baseline ? 'baseline (raw query, default ranking)' : 'tuned (prepared query, site ranking)'}; ${cases.length} queries`,
  );
  for (const kind of [...new Set(cases.map((c) => c.kind))]) {
    const of = scores.outcomes.filter((o) => o.kind === kind);
    const mrr = of.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / of.length;
    console.log(`  ${kind.padEnd(13)} n=${String(of.length).padStart(2)}  MRR@5 ${mrr.toFixed(3)}`);
  }
  console.log(
    `MRR@5 ${scores.mrr5.toFixed(3)}  recall@1 ${pct(scores.recall1)}  recall@3 ${pct(scores.recall3)}`,
  );
  const misses = scores.outcomes.filter((o) => o.rank === null || o.rank > 3);
  if (misses.length > 0) {
    console.log('\nqueries not in the top 3:');
    for (const o of misses) {
      console.log(
        `  [${o.rank ?? '-'}] "${o.q}" (searched: "${o.term}") top: ${o.top.slice(0, 3).join(' | ')}`,
      );
      if (process.argv.includes('--verbose'))
        console.log(
          `      expected: ${cases.find((c) => c.q === o.q)?.expect.join(' ')}\n      sections: ${o.sections
            .slice(0, 2)
            .map((s) => s.join(' '))
            .join(' || ')}`,
        );
    }
  }
  if (!baseline) {
    const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const unrelated = await measureSearchTransfer(browser, baseURL, 'kafka', 'data contracts');
    const refined = await measureSearchTransfer(browser, baseURL, 'kafka', 'kafka streaming');
    console.log(
      `\nfirst query (open search + "kafka"):   ${kib(unrelated.first.bytes)} gzip in ${unrelated.first.requests} requests`,
    );
    console.log(
      `later query, new words ("data contracts"): ${kib(unrelated.later.bytes)} gzip in ${unrelated.later.requests} requests`,
    );
    console.log(
      `later query, refined ("kafka streaming"):  ${kib(refined.later.bytes)} gzip in ${refined.later.requests} requests`,
    );
  }
  await browser.close();
} finally {
  stop();
}
