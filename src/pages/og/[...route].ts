/**
 * One 1200 × 630 link-preview image per page, drawn at build from its title, group and description
 * (src/lib/og-card.ts) by astro-og-canvas (CanvasKit, no native binaries; cached across builds in
 * node_modules/.astro-og-canvas), then stored as a 64-colour palette PNG: flat colours and text lose
 * nothing visible, and each image drops from about 90–100 KB to well under the 100 KB budget.
 */
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import sharp from 'sharp';
import { ogCard } from '../../lib/og-card';
import { ogImagePath, pathOfEntry } from '../../lib/paths';
import { allReadingPathData } from '../../lib/reading-paths/data';
import { readingPathPages } from '../../lib/reading-paths/pages';

// `/og/differences/testing.png` → route key `differences/testing`.
const routeKey = (path: string) => ogImagePath(path).slice('/og/'.length, -'.png'.length);
const entries = await getCollection('docs');
const pages = Object.fromEntries([
  ...entries.map((entry) => [
    routeKey(pathOfEntry(entry.id)),
    ogCard({
      title: entry.data.title,
      area: 'area' in entry.data ? entry.data.area : undefined,
      description: entry.data.description,
    }),
  ]),
  // Pages generated from data (reading paths, their handouts and list) have cards like any page.
  ...readingPathPages(await allReadingPathData()).map(({ path, frontmatter }) => [
    routeKey(path),
    ogCard(frontmatter),
  ]),
]);

// Resolved like a module, not as a path from the working directory, so a build run from another
// folder (npm run bench:scale builds copies under .bench-scale/) finds the same font files.
const require = createRequire(import.meta.url);
const fonts = ['400', '700'].map((weight) =>
  require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
);

const route = await OGImageRoute({
  pages,
  getImageOptions: (_path, card: (typeof pages)[string]) => ({
    title: card.title,
    description: `${card.byline}\n\n${card.description}`,
    bgGradient: [[23, 25, 35]],
    border: { color: [64, 141, 214], width: 24, side: 'inline-start' },
    padding: 72,
    font: {
      title: { families: ['Inter'], weight: 'Bold', size: 64, lineHeight: 1.15, color: [255, 255, 255] },
      description: {
        families: ['Inter'],
        weight: 'Normal',
        size: 30,
        lineHeight: 1.4,
        color: [214, 219, 230],
      },
    },
    fonts,
    format: 'PNG',
  }),
});

export const getStaticPaths = route.getStaticPaths;

export const GET: APIRoute = async (context) => {
  const drawn = await route.GET(context);
  const png = await sharp(Buffer.from(await drawn.arrayBuffer()))
    .png({ palette: true, colours: 64, compressionLevel: 9 })
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
