/**
 * What search knows about a result beyond Pagefind's index, one small file per page and per section,
 * so a query fetches data only for the results it ranks or shows, never for the whole site.
 * The build step (src/integrations/search-shards.ts) writes these shapes and the browser
 * (src/components/search/search-runtime.ts) reads them: this module is their one definition.
 *
 *   /search/<page id>.json          PageCard (as StoredCard): URL, title, every section with its first word
 *   /search/<page id>/<n>.json      SectionText: the words of section n, for the excerpt
 *
 * Page ids are Pagefind's, so a search result names its files without a lookup.
 */
import { FAQ_PATH, GLOSSARY_PATH, TEMPLATES_PATH, TOOLS_PATH } from '../paths.ts';
import { PAGE_TYPE_FILTER, PAGE_TYPE_LABELS } from './filters.ts';
import type { PagefindFragment } from './pagefind';

/** A section of a page: anchor id, title, heading level (1 for the page top, 4 for table rows), first word. */
export type CardSection = [id: string, title: string, level: number, start: number];

export interface PageCard {
  url: string;
  title: string;
  /**
   * A page that sums up what other pages explain and points there: the glossary and the tools index
   * (each entry a few lines and its links), the templates (each field linked to the section that
   * explains it), and the interactive tools (pages of type "tool", built from the guide's sections).
   */
  summary?: true;
  /** The FAQ: each entry answers one question in a few lines and links to the section that explains it. */
  answers?: true;
  /** In page order; the first is the page top (`_top`, level 1, word 0). */
  sections: CardSection[];
}

export interface SectionText {
  /** Position of the first word, as in Pagefind's match locations. */
  start: number;
  /** The section's words, separated by single spaces. */
  text: string;
}

/**
 * A PageCard as its file holds it, smaller: a query loads up to a dozen cards, and the glossary's and
 * tools page's run to hundreds of sections. After the page top (implied), each section is
 * `[title, level, gap]` when its id is `headingSlug(title)`, else `[id, title, level, gap]`, where
 * `gap` is the distance in words from the section before.
 */
export interface StoredCard {
  url: string;
  title: string;
  summary?: true;
  answers?: true;
  sections: (
    [title: string, level: number, gap: number] | [id: string, title: string, level: number, gap: number]
  )[];
}

/** A heading's text as an id, the way most of the guide's ids are written: "Access control" → "access-control". */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** A card's marks (`summary`, `answers`), present only when set. */
function marks(
  summary: boolean | undefined,
  answers: boolean | undefined,
): Pick<PageCard, 'summary' | 'answers'> {
  return { ...(summary ? { summary: true } : {}), ...(answers ? { answers: true } : {}) };
}

/** The file form of a card (StoredCard). */
export function storeCard(card: PageCard): StoredCard {
  const sections: StoredCard['sections'] = [];
  for (let i = 1; i < card.sections.length; i += 1) {
    const [id, title, level, start] = card.sections[i] as CardSection;
    const gap = start - (card.sections[i - 1]?.[3] ?? 0);
    sections.push(id === headingSlug(title) ? [title, level, gap] : [id, title, level, gap]);
  }
  return { url: card.url, title: card.title, ...marks(card.summary, card.answers), sections };
}

/** The card a StoredCard holds. */
export function readCard(stored: StoredCard): PageCard {
  const sections: CardSection[] = [[TOP, stored.title, 1, 0]];
  for (const entry of stored.sections) {
    const [id, title, level, gap] = entry.length === 3 ? [headingSlug(entry[0]), ...entry] : entry;
    sections.push([id, title, level, (sections.at(-1)?.[3] ?? 0) + gap]);
  }
  return { url: stored.url, title: stored.title, ...marks(stored.summary, stored.answers), sections };
}

const SUMMARY_PAGES = new Set([GLOSSARY_PATH, TOOLS_PATH, TEMPLATES_PATH]);

/** The page top's anchor id, as Pagefind names it. */
export const TOP = '_top';

export const cardPath = (id: string): string => `/search/${id}.json`;
export const sectionTextPath = (id: string, index: number): string => `/search/${id}/${index}.json`;

/**
 * Anchors that are not landing places: a table's caption repeats its description; the table has no
 * text; a one-letter heading (the glossary's "A", "B", …) divides a list and answers nothing.
 */
const NOT_A_SECTION = /--(caption|table)$/;

/** The card and section texts of one page, from its Pagefind fragment. */
export function shardsFromFragment(fragment: PagefindFragment): { card: PageCard; texts: SectionText[] } {
  const words = fragment.content.split(/\s+/);
  const title = fragment.meta.title ?? fragment.url;
  const sections: CardSection[] = [[TOP, title, 1, 0]];
  for (const anchor of [...fragment.anchors].sort((a, b) => a.location - b.location)) {
    const text = (anchor.title ?? anchor.text).trim();
    if (anchor.id === TOP || NOT_A_SECTION.test(anchor.id) || text.length <= 1) continue;
    const level = /^h[1-6]$/.test(anchor.element) ? Number(anchor.element.slice(1)) : 4;
    sections.push([anchor.id, text, level, anchor.location]);
  }
  const texts = sections.map(([, , , start], i) => ({
    start,
    text: words.slice(start, sections[i + 1]?.[3] ?? words.length).join(' '),
  }));
  const summary =
    SUMMARY_PAGES.has(fragment.url) ||
    fragment.filters?.[PAGE_TYPE_FILTER]?.includes(PAGE_TYPE_LABELS['tool'] ?? '') === true;
  return {
    card: { url: fragment.url, title, ...marks(summary, fragment.url === FAQ_PATH), sections },
    texts,
  };
}

/**
 * True for a comparison-table row's anchor (`<table>--<row>`, src/lib/paths.ts `rowAnchor`): kebab-case
 * heading ids never hold `--`.
 */
export function isTableRow(anchor: string): boolean {
  return anchor.includes('--');
}

/**
 * What names a section itself: its heading, or for a table row its aspect. A row's title repeats its
 * table's title before the aspect ("How failure differs by role: Blast radius",
 * src/components/comparison/ComparisonTable.astro), which every row of the table shares.
 */
export function ownHeading(anchor: string, title: string): string {
  return isTableRow(anchor) ? title.slice(title.lastIndexOf(': ') + 1).trim() : title;
}

/** Index of the section that holds word position `location`. */
export function sectionAt(card: PageCard, location: number): number {
  let index = 0;
  for (let i = 1; i < card.sections.length; i += 1) {
    if ((card.sections[i]?.[3] ?? Infinity) <= location) index = i;
    else break;
  }
  return index;
}

/**
 * True when section `inner` lies within section `outer` of the page: it is `outer`, or comes after
 * it and before the next section of the same or a higher level (a table row within its h2).
 */
export function isWithin(card: PageCard, inner: string, outer: string): boolean {
  if (inner === outer) return true;
  const start = card.sections.findIndex(([id]) => id === outer);
  const at = card.sections.findIndex(([id]) => id === inner);
  if (start === -1 || at <= start) return false;
  const level = card.sections[start]?.[2] ?? 2;
  const end = card.sections.findIndex(([, , l], i) => i > start && l <= level);
  return end === -1 || at < end;
}
