import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './lib/test.ts';
import { parseHTML } from 'linkedom';
import { builtPages, DIST } from '../../scripts/lib/site.ts';

/**
 * What leaves the site when a link is pasted or a crawler visits: each page's head read the way a
 * chat or wiki unfurler reads it (meta tags only, no script), its preview image fetched and
 * measured, the icons, robots.txt, the 404 page, and the origin article cited with its address (every
 * page's sources and review date are checked on its one visit in pages.spec.ts).
 */
const pages = builtPages();
const ORIGIN = 'https://backend-vs-data.example'; // `npm run build:test` builds for this origin

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('every page unfurls as a titled card with its own 1200 × 630 image', async ({ request }) => {
  const problems: string[] = [];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const { document } = parseHTML(html);
    const meta = (key: string) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
    const card = {
      title: meta('og:title'),
      description: meta('og:description'),
      url: meta('og:url'),
      image: meta('og:image'),
      alt: meta('og:image:alt'),
      twitterCard: meta('twitter:card'),
      twitterImage: meta('twitter:image'),
    };
    if (!card.title || !card.description) problems.push(`${path}: no og:title or og:description`);
    if (card.url !== `${ORIGIN}${path}`) problems.push(`${path}: og:url is ${card.url}`);
    if (card.twitterCard !== 'summary_large_image' || card.twitterImage !== card.image)
      problems.push(`${path}: twitter card ${card.twitterCard} with image ${card.twitterImage}`);
    if (!card.image.startsWith(`${ORIGIN}/og/`)) {
      problems.push(`${path}: og:image ${card.image}`);
      continue;
    }
    if (!card.alt.startsWith(card.title)) problems.push(`${path}: og:image:alt "${card.alt}"`);
    const image = await request.get(card.image.slice(ORIGIN.length));
    const body = await image.body();
    if (image.headers()['content-type'] !== 'image/png') problems.push(`${path}: image is not a PNG`);
    const { width, height } = pngSize(body);
    if (width !== 1200 || height !== 630) problems.push(`${path}: image is ${width} × ${height}`);
    if (body.length > 100_000) problems.push(`${path}: image is ${body.length} bytes`);
  }
  expect(problems).toEqual([]);
});

test('the home page is a website titled once; other pages are articles', async ({ request }) => {
  const home = parseHTML(await (await request.get('/')).text()).document;
  expect(home.title).toBe('Backend vs Data Engineering');
  expect(home.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
  const page = parseHTML(await (await request.get('/differences/testing/')).text()).document;
  expect(page.title).toMatch(/^.+ \| Backend vs Data Engineering$/);
  expect(page.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
});

test('icons, robots.txt and the sitemap are served, on the deployed origin', async ({ request }) => {
  for (const [path, type] of [
    ['/favicon.svg', 'image/svg+xml'],
    ['/favicon.ico', 'image/'],
    ['/apple-touch-icon.png', 'image/png'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain(`<loc>${ORIGIN}/differences/testing/</loc>`);
  expect(sitemap).not.toContain('404');
});

test('the 404 page asks not to be indexed and names no canonical URL', async ({ request }) => {
  const { document } = parseHTML(await (await request.get('/404.html')).text());
  expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  expect(document.querySelector('link[rel="canonical"]')).toBeNull();
  expect(document.querySelector('meta[property="og:url"]')).toBeNull();
});

test('nothing in the deployed build points at localhost', () => {
  const leaks: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(html|xml|txt|json|js|css|conf)$|^_headers$|^_redirects$/.test(entry.name)) {
        if (/localhost|127\.0\.0\.1/.test(readFileSync(path, 'utf8'))) leaks.push(path);
      }
    }
  };
  walk(DIST);
  expect(leaks).toEqual([]);
});

test('a page cites the origin article with its public address', async ({ page }) => {
  await page.goto('/differences/testing/');
  await expect(
    page
      .getByRole('region', { name: 'Sources and review' })
      .getByRole('link', { name: 'Data Engineering vs Backend Engineering' }),
  ).toHaveAttribute('href', 'https://logiciel.io/blog/data-engineering-vs-backend-engineering');
});
