/**
 * Lighthouse on every page of the built site, as a phone on a slow network sees it (Lighthouse's
 * default mobile emulation and simulated throttling), through Astro's preview server. Prints each
 * page's four category scores with its first and largest contentful paint, then the lowest of
 * each. A benchmark, not a test: it prints figures and asserts nothing. Build first.
 *
 * Pages are served with the headers the build ships (`_headers`: CSP and security headers on every
 * response). Over this local HTTP/1.1 server those headers are sent uncompressed with every file
 * (about 3.5 KB each, most of it the CSP); HTTP/2 hosts compress repeated headers (HPACK), so
 * `--no-host-headers` serves the bare files to compare: on /careers/ first contentful paint
 * measured 1.05-1.16 s without the headers, 1.17-1.31 s with the CSP alone and 1.19-1.30 s with a
 * meaningless header of the same size instead (December 2026).
 * Usage: npm run bench:lighthouse [-- /path/ /other/] [-- --no-host-headers]
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { startPreview } from './lib/preview.ts';
import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium.ts';
import { builtPages } from './lib/site.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const args = process.argv.slice(2);
const hostHeaders = !args.includes('--no-host-headers');
const named = args.filter((arg) => arg.startsWith('/'));
const paths = named.length > 0 ? named : builtPages();

const { baseURL, stop } = await startPreview(4351, process.cwd(), { hostHeaders });
console.log(
  hostHeaders ? 'Served with the headers of the build (_headers).' : 'Served without host headers.',
);
const chrome = await launch({
  chromePath: (await resolveChromium()).path,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const rows: { path: string; scores: number[]; fcp: number; lcp: number; tbt: number; failed: string[] }[] =
  [];
try {
  for (const path of paths) {
    const result = await lighthouse(`${baseURL}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    // Audits that cost points, so a score below 100 says why.
    const failed = Object.values(lhr.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary')
      .map((audit) => audit.id);
    const ms = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    rows.push({
      path,
      scores,
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      tbt: ms('total-blocking-time'),
      failed,
    });
    console.log(
      `${path}  ${scores.join(' / ')}  FCP ${(ms('first-contentful-paint') / 1000).toFixed(2)} s  LCP ${(ms('largest-contentful-paint') / 1000).toFixed(2)} s  TBT ${Math.round(ms('total-blocking-time'))} ms  SI ${(ms('speed-index') / 1000).toFixed(2)} s  CLS ${ms('cumulative-layout-shift').toFixed(3)}${failed.length ? `  failing: ${failed.join(', ')}` : ''}`,
    );
  }
} finally {
  await chrome.kill();
  await stop();
}

console.log('\n| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows)
  console.log(
    `| ${row.path} | ${row.scores.join(' | ')} | ${(row.fcp / 1000).toFixed(2)} s | ${(row.lcp / 1000).toFixed(2)} s | ${Math.round(row.tbt)} ms |`,
  );
const lowest = CATEGORIES.map((_, i) => Math.min(...rows.map((row) => row.scores[i] ?? 0)));
console.log(
  `\nlowest: ${CATEGORIES.map((c, i) => `${c} ${lowest[i]}`).join(', ')}; pages with all four at 100: ${rows.filter((r) => r.scores.every((s) => s === 100)).length} of ${rows.length}`,
);
