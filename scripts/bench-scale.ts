/**
 * Scale benchmark: builds a temporary copy of the site with N generated pages (copies of the real
 * pages with fresh titles and new words), then, for each size, prints the build time per 1,000 pages
 * and the share spent in this project's own build steps, and the transfer of a first and of later
 * queries through the real search dialog beside plain Pagefind's for the same query (its top five
 * fragments included). A benchmark, not a test: it prints figures and asserts nothing.
 * Usage: npm run bench:scale [-- 1000 5000] [--detail] [--previews]   (default sizes: 0, i.e. the site
 * as it is, 1000 and 5000; --detail lists each query's responses, largest first; --previews draws the
 * generated pages' link-preview images too, see withoutGeneratedPreviews)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startPreview } from './lib/preview.ts';
import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium.ts';
import { measurePlainPagefindTransfer, measureSearchTransfer } from './lib/search-eval.ts';
import { DOCS_DIR as DOCS, glossaryInDepthPageAt, pathOfSourceFile } from '../src/lib/paths.ts';

const args = process.argv.slice(2);
const DETAIL = args.includes('--detail');
const WITH_PREVIEWS = args.includes('--previews');
const sizes = args.map(Number).filter(Number.isFinite);
const SIZES = sizes.length > 0 ? sizes : [0, 1000, 5000];
const QUERIES = { first: 'kafka', later: ['data contracts', 'data contracts schema'] } as const;

/** Deterministic made-up words, so each generated page brings vocabulary the site never had. */
function freshWords(seed: number, count: number): string[] {
  const syllables = [
    'ka',
    'lo',
    'mir',
    'ven',
    'tas',
    'qu',
    'dro',
    'fel',
    'zin',
    'port',
    'ul',
    'bre',
    'sha',
    'nox',
  ];
  let state = seed * 2654435761;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 }, () => syllables[next() % syllables.length]).join(''),
  );
}

function realPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : /\.mdx?$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  // A glossary in depth page shows the terms of its own letters only, and refuses any other address.
  return walk(DOCS).filter(
    (file) => !file.endsWith('index.mdx') && !glossaryInDepthPageAt(pathOfSourceFile(file)),
  );
}

/** A copy of `source` with a fresh title, a paragraph of new words, and the same structure and ids. */
function generatedPage(source: string, n: number): string {
  const text = readFileSync(source, 'utf8');
  const words = freshWords(n, 14);
  const end = text.indexOf('\n---', 3);
  const frontmatter = text
    .slice(0, end)
    .replace(
      /^title: (.*)$/m,
      (_, title: string) => `title: "${title.replace(/"/g, "'")} (${words.slice(0, 2).join(' ')} ${n})"`,
    )
    .replace(/^sidebar:\n(?: {2}.*\n)+/m, '')
    .replace(/^anchorAliases:\n(?: {2}.*\n)+/m, '');
  const body = text.slice(end + 4);
  const firstBlank = body.search(/\n\n(?!import)/);
  const note = `\n\nThis copy ${n} adds ${words.slice(2).join(', ')} to the vocabulary of the guide.\n`;
  return `${frontmatter}\n---${body.slice(0, firstBlank)}${note}${body.slice(firstBlank)}`;
}

/**
 * Drawing a link-preview image takes about 0.2 s a page on these machines, so at 5,000 pages the
 * images alone outlast the rest of the build (measured: 1,926 images in 16 minutes). Unless
 * `--previews` is given, the copy draws them for the real pages only: the route's one read of the
 * docs collection leaves the generated folder out. What they would add is printed from the size-0
 * build, which draws them all.
 */
function withoutGeneratedPreviews(root: string): void {
  const route = join(root, 'src/pages/og/[...route].ts');
  const read = "const entries = await getCollection('docs');";
  const source = readFileSync(route, 'utf8');
  if (!source.includes(read)) throw new Error(`${route} no longer reads the docs collection as \`${read}\``);
  writeFileSync(
    route,
    source.replace(
      read,
      "const entries = (await getCollection('docs')).filter((e) => !e.id.startsWith('generated/'));",
    ),
  );
}

/**
 * A throwaway project with the site's sources and `count` generated pages. It lives inside this
 * project (`.bench-scale/`, ignored by git) so it resolves this project's node_modules as they are;
 * a symlinked node_modules confuses Vite's module ids.
 */
function scaledCopy(count: number): string {
  mkdirSync('.bench-scale', { recursive: true });
  const root = mkdtempSync(join('.bench-scale', `${count}-`));
  for (const entry of [
    'astro.config.ts',
    'package.json',
    'tsconfig.json',
    'links.lock.json',
    'src',
    'public',
  ])
    cpSync(entry, join(root, entry), { recursive: true });
  if (!WITH_PREVIEWS) withoutGeneratedPreviews(root);
  const sources = realPages();
  const dir = join(root, DOCS, 'generated');
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= count; n += 1) {
    const source = sources[(n - 1) % sources.length] ?? '';
    writeFileSync(join(dir, `copy-${n}${source.slice(source.lastIndexOf('.'))}`), generatedPage(source, n));
  }
  return root;
}

/** Runs `astro build` in `root`; returns wall time and the milliseconds each build step reported. */
async function build(
  root: string,
): Promise<{ ms: number; pagefindMs: number; ownMs: number; previews: number; previewMs: number }> {
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(join(process.cwd(), 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'https://backend-vs-data.example' },
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve(log) : reject(new Error(`astro build failed in ${root}:\n${log.slice(-3000)}`)),
    );
  });
  const ms = performance.now() - started;
  const number = (pattern: RegExp) => [...output.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
  return {
    ms,
    pagefindMs:
      number(/Finished building search index in (\d+)ms/g) +
      number(/Finished building search index in ([\d.]+)s/g) * 1000,
    // This project's own build steps log "... in N ms" (src/integrations/).
    ownMs: number(/\[field-guide:[\w-]+\].* in (\d+) ms/g),
    // Astro logs each link-preview image it writes with the time it took (src/pages/og/).
    previews: [...output.matchAll(/\/og\/\S+\.png\/? \(\+\d+ms\)/g)].length,
    previewMs: number(/\/og\/\S+\.png\/? \(\+(\d+)ms\)/g),
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const executable = await resolveChromium();
const browser = await chromium.launch({ executablePath: executable.path, args: CHROMIUM_ARGS });
const rows: string[][] = [];
try {
  for (const [i, count] of SIZES.entries()) {
    const root = scaledCopy(count);
    const pages = readdirSync(join(root, DOCS), { recursive: true }).filter((f) =>
      /\.mdx?$/.test(String(f)),
    ).length;
    console.log(`building ${pages} pages in ${root} …`);
    const timing = await build(root);
    const { baseURL, stop } = await startPreview(4340 + i, resolve(root));
    try {
      const site = await measureSearchTransfer(browser, baseURL, QUERIES.first, ...QUERIES.later);
      const [plain = { bytes: 0, requests: 0, items: [] }, ...plainLater] =
        await measurePlainPagefindTransfer(browser, baseURL, QUERIES.first, ...QUERIES.later);
      rows.push([
        String(pages),
        `${(timing.ms / 1000).toFixed(1)} s`,
        // milliseconds per page are seconds per 1,000 pages
        `${(timing.ms / pages).toFixed(1)} s`,
        `${(((timing.ownMs + timing.previewMs) / timing.ms) * 100).toFixed(1)}% (steps ${Math.round(timing.ownMs)} ms, ${timing.previews} preview images ${Math.round(timing.previewMs)} ms); Pagefind ${Math.round(timing.pagefindMs)} ms`,
        `${kb(site.first.bytes)}, ${site.first.requests} req`,
        `${kb(plain.bytes)}, ${plain.requests} req`,
        `${(site.first.bytes / plain.bytes).toFixed(2)}×`,
        site.later.map((l) => `${kb(l.bytes)}, ${l.requests} req`).join(' / '),
        plainLater.map((l) => `${kb(l.bytes)}, ${l.requests} req`).join(' / '),
      ]);
      console.log(rows.at(-1)?.join(' | '));
      if (DETAIL)
        for (const [label, figures] of [
          ['first', site.first],
          ...site.later.map((l, n) => [`later ${n + 1}`, l] as const),
        ] as const)
          console.log(
            `  ${label}: ${[...figures.items]
              .sort((a, b) => b.bytes - a.bytes)
              .map((item) => `${item.path} ${kb(item.bytes)}`)
              .join(', ')}`,
          );
    } finally {
      await stop();
      rmSync(root, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
if (!WITH_PREVIEWS)
  console.log(
    '\nGenerated pages get no link-preview image (see withoutGeneratedPreviews); each image costs what the "preview images" column shows per image.',
  );
console.log(
  `\nqueries: first "${QUERIES.first}", later "${QUERIES.later.join('", then "')}"; gzip bytes (level 9) from opening search; plain Pagefind: raw query, default ranking, no worker, top 5 fragments\n`,
);
console.log(
  '| pages | build | per 1,000 pages | own build steps | first query | plain Pagefind | ratio | later queries | plain Pagefind, later |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
