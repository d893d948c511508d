import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { STOPWORDS, stem, tokenize } from '../lib/search/query.ts';
import { readComparisons } from '../lib/data-files.ts';
import { rowAnchor } from '../lib/compare-roles.ts';

/** One page of the search index, as the search dialog needs it before any fragment is fetched. */
export interface SearchPage {
  /** Pagefind's id for the page (its fragment name), as in search results. */
  id: string;
  url: string;
  title: string;
  /** The page's description, shown as the result's summary. */
  description: string;
  /**
   * Every anchor in page order: id, visible title (empty for table rows), level (2, 3; 4 for anything
   * else), and the section's most distinctive words (stems), so sections can be chosen without
   * downloading the page's fragment.
   */
  headings: Array<[string, string, number, string]>;
}

/** Keywords kept per section: enough to recognise what it is about, few enough to stay small. */
export const KEYWORDS_PER_SECTION = 8;

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string; description?: string };
  anchors: Array<{ id: string; text: string; element: string; location: number }>;
}

/** Pagefind fragments are gzip, then a `pagefind_dcd` signature, then JSON. */
export function readFragment(bytes: Buffer): Fragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
}

/** The words of each anchor's section: from its location to the next anchor's (Pagefind word positions). */
function sectionWords(fragment: Fragment): Map<string, string[]> {
  const words = fragment.content.split(/\s+/);
  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  return new Map(
    anchors.map((a, i) => [a.id, words.slice(a.location, anchors[i + 1]?.location ?? words.length)]),
  );
}

/**
 * Pages for the search dialog. Each section keeps its most distinctive words: frequent in the
 * section, rare across all sections of the site (tf-idf over stems, filler words left out).
 */
export function buildSearchPages(
  fragments: ReadonlyArray<{ id: string; fragment: Fragment }>,
  /** Titles for anchors whose element has no text of its own, such as comparison rows. */
  anchorTitles: ReadonlyMap<string, string> = new Map(),
): SearchPage[] {
  const sections = fragments.map(({ fragment }) => sectionWords(fragment));
  const documentFrequency = new Map<string, number>();
  let sectionCount = 0;
  for (const page of sections) {
    for (const words of page.values()) {
      sectionCount += 1;
      for (const term of new Set(tokenize(words.join(' ')).map(stem)))
        documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const keywords = (words: string[] | undefined): string => {
    const counts = new Map<string, number>();
    for (const token of tokenize((words ?? []).join(' '))) {
      if (STOPWORDS.has(token) || /\d/.test(token) || token.length < 3) continue;
      const term = stem(token);
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    return [...counts]
      .map(([term, count]) => ({
        term,
        score: count * Math.log(sectionCount / (documentFrequency.get(term) ?? 1)),
      }))
      .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
      .slice(0, KEYWORDS_PER_SECTION)
      .map(({ term }) => term)
      .join(' ');
  };
  return fragments.map(({ id, fragment }, index) => ({
    id,
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    description: fragment.meta.description ?? '',
    headings: fragment.anchors
      // Captions repeat the table description (they rank worse than the rows); the table anchor has no text.
      .filter((a) => a.id !== '_top' && !/--(caption|table)$/.test(a.id))
      .map((a) => [
        a.id,
        a.text.trim() || (anchorTitles.get(a.id) ?? ''),
        /^h[1-6]$/.test(a.element) ? Number(a.element.slice(1)) : 4,
        keywords(sections[index]?.get(a.id)),
      ]),
  }));
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
        // Comparison rows have no text of their own in the index; their search title is table and aspect.
        const rowTitles = new Map(
          readComparisons().flatMap((table) =>
            table.rows.map((row) => [rowAnchor(table.id, row.id), `${table.title}: ${row.aspect}`] as const),
          ),
        );
        const pages = buildSearchPages(
          await Promise.all(
            names.map(async (name) => ({
              id: name.replace(/\.pf_fragment$/, ''),
              fragment: readFragment(await readFile(join(fragments, name))),
            })),
          ),
          rowTitles,
        );
        await writeFile(join(root, 'search-pages.json'), JSON.stringify(pages));
        logger.info(
          `search-pages.json: ${pages.length} pages, ${pages.reduce((n, p) => n + p.headings.length, 0)} sections`,
        );
      },
    },
  };
}
