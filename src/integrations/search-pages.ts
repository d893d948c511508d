import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** One page of the search index, as the search dialog needs it before any fragment is fetched. */
export interface SearchPage {
  /** Pagefind's id for the page (its fragment name), as in search results. */
  id: string;
  url: string;
  title: string;
  /** Every anchor in page order: id, visible title (empty for table rows), level (2, 3; 4 for anything else). */
  headings: Array<[string, string, number]>;
}

/** Pagefind fragments are gzip, then a `pagefind_dcd` signature, then JSON. */
export function decodeFragment(id: string, bytes: Buffer): SearchPage {
  const text = gunzipSync(bytes).toString('utf8');
  const data = JSON.parse(text.slice(text.indexOf('{'))) as {
    url: string;
    meta: { title?: string };
    anchors: Array<{ id: string; text: string; element: string }>;
  };
  return {
    id,
    url: data.url,
    title: data.meta.title ?? data.url,
    headings: data.anchors
      // Captions repeat the table description (they rank worse than the rows); the table anchor has no text.
      .filter((a) => a.id !== '_top' && !/--(caption|table)$/.test(a.id))
      .map((a) => [a.id, a.text.trim(), /^h[1-6]$/.test(a.element) ? Number(a.element.slice(1)) : 4]),
  };
}

/**
 * After Starlight has built the Pagefind index, writes `/search-pages.json`: every page's Pagefind id,
 * URL, title and section titles. With it the dialog ranks all matching pages by title and headings
 * without fetching each page's fragment. Must run after Starlight in the integrations list.
 */
export function searchPages(): AstroIntegration {
  return {
    name: 'field-guide:search-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const fragments = join(root, 'pagefind', 'fragment');
        const names = (await readdir(fragments)).filter((name) => name.endsWith('.pf_fragment')).sort();
        const pages = await Promise.all(
          names.map(async (name) =>
            decodeFragment(name.replace(/\.pf_fragment$/, ''), await readFile(join(fragments, name))),
          ),
        );
        await writeFile(join(root, 'search-pages.json'), JSON.stringify(pages));
        logger.info(
          `search-pages.json: ${pages.length} pages, ${pages.reduce((n, p) => n + p.headings.length, 0)} sections`,
        );
      },
    },
  };
}
