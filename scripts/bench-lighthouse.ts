/**
 * Lighthouse on every page of the built site, as a phone on a slow network sees it (Lighthouse's
 * default mobile emulation and simulated throttling). Prints each page's four category scores with
 * its first and largest contentful paint, then the lowest of each. A benchmark, not a test: it
 * prints figures and asserts nothing. Build first.
 *
 * By default the pages come from a real nginx running the build's own server block
 * (`dist/_nginx/site.conf`, scripts/lib/nginx.ts) over HTTPS and HTTP/2, as a deployed host serves
 * them (Netlify and Cloudflare Pages answer over HTTP/2 or 3 too). The protocol matters: over
 * HTTP/1.1 the Content-Security-Policy and security headers travel uncompressed with every file,
 * where HTTP/2 compresses repeated headers (HPACK). `--preview` serves through Astro's preview
 * server instead (HTTP/1.1, every response with the headers `_headers` gives `/*`), and
 * `--no-host-headers` with it serves the bare files, to see what the headers cost there.
 *
 * Scores move from run to run on a busy machine, total blocking time most (measured on a 2-core
 * machine: 0-142 ms for the same page). `--runs N` loads each page N times and reports the run
 * Lighthouse's own `computeMedianRun` picks (nearest the median first paint and time to
 * interactive), as Lighthouse's documentation advises for variable results.
 * Usage: npm run bench:lighthouse [-- /path/ /other/] [-- --runs 3] [-- --preview [--no-host-headers]]
 */
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launch } from 'chrome-launcher';
import { startPreview } from './lib/preview.ts';
import { startNginx } from './lib/nginx.ts';
import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium.ts';
import { builtPages } from './lib/site.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const args = process.argv.slice(2);
const hostHeaders = !args.includes('--no-host-headers');
const usePreview = args.includes('--preview');
if (!hostHeaders && !usePreview) throw new Error('--no-host-headers applies to --preview only');
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 1 : Number(args[runsAt + 1]);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, 1 or more');
const named = args.filter((arg) => arg.startsWith('/'));
const paths = named.length > 0 ? named : builtPages();

const { baseURL, stop } = usePreview
  ? await startPreview(4351, process.cwd(), { hostHeaders })
  : await startNginx({ port: 4352, tls: true });
console.log(
  usePreview
    ? `Astro preview, HTTP/1.1, ${hostHeaders ? 'with the headers of _headers on every file' : 'no host headers'}.`
    : 'nginx with the shipped server block, HTTPS and HTTP/2 (self-signed certificate).',
  runs > 1 ? `The median of ${runs} runs per page.` : 'One run per page.',
);
const chrome = await launch({
  chromePath: (await resolveChromium()).path,
  // The throwaway certificate is self-signed.
  chromeFlags: ['--headless=new', ...(usePreview ? [] : ['--ignore-certificate-errors']), ...CHROMIUM_ARGS],
});
const rows: { path: string; scores: number[]; fcp: number; lcp: number; tbt: number; failed: string[] }[] =
  [];
try {
  for (const path of paths) {
    const results = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${baseURL}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
      results.push(result.lhr);
    }
    // Its declaration names a global `LH` namespace this project does not load.
    const lhr = computeMedianRun(results) as (typeof results)[number];
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
