/**
 * The glossary and tools pages as data: letter and category groups, every link resolved to a title,
 * and the headings the pages render (ids and text), which the table of contents also lists. Pure:
 * the validated entries and the guide's section titles come in, views for the pure components go out.
 */
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Role } from '../../schemas/role';
import { glossaryInDepthPage, termInDepthHref } from '../paths';
import { TOOL_CATEGORIES, TOOL_CATEGORY_TITLES, type Tool, type ToolCategory } from '../../schemas/tool';

/** A heading a reference page renders from data, as Starlight's table of contents takes it. */
export interface OutlineHeading {
  depth: 2 | 3;
  slug: string;
  text: string;
}

/** A link with the title of what it points to. */
export interface TitledLink {
  href: string;
  title: string;
}

export interface TermView {
  id: string;
  term: string;
  aliases: string[];
  /** The one-sentence definition, which the glossary shows (and term previews too). */
  short: string;
  /** Paragraphs of the whole explanation, which the in-depth page shows. */
  paragraphs: string[];
  /** The term's entry on its in-depth page. */
  inDepthHref: string;
  /** Related terms, linked to their entries in depth. */
  related: TitledLink[];
  usedIn: TitledLink[];
}

export interface LetterGroup {
  /** The letter as shown, "A". */
  letter: string;
  /** Its permanent anchor, "a". */
  id: string;
  terms: TermView[];
}

export interface ToolView {
  id: string;
  name: string;
  /** Other names the guide uses for it. */
  aliases: string[];
  kind: string;
  url: string;
  /** One sentence per role that uses it, in the guide's order of roles. */
  uses: { role: string; text: string }[];
  /** Short names of those roles, for the overview table. */
  usedBy: string[];
  discussedIn: TitledLink[];
}

export interface CategoryGroup {
  id: ToolCategory;
  title: string;
  tools: ToolView[];
}

/** The section of the tools page that lists every tool in one table. */
export const AT_A_GLANCE = { id: 'at-a-glance', title: 'Every tool at a glance' } as const;

/** The heading letter of a term: its first letter, upper case ("p99" → "P"). */
export function letterOf(term: string): string {
  return (/\p{L}/u.exec(term)?.[0] ?? '#').toLocaleUpperCase('en');
}

/** Paragraphs of a plain-text explanation, split at blank lines. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/** Entries grouped by the letter of their `term`, letters and entries in alphabetical order. */
export function byLetter<T extends { term: string }>(
  terms: readonly T[],
): { letter: string; id: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const term of [...terms].sort((a, b) => byText(a.term, b.term))) {
    const letter = letterOf(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups]
    .sort(([a], [b]) => byText(a, b))
    .map(([letter, items]) => ({ letter, id: letter.toLowerCase(), items }));
}

/** Entries grouped by category, in the tools page's order of categories, each keeping file order. */
export function byCategory<T extends { category: ToolCategory }>(
  tools: readonly T[],
): { id: ToolCategory; title: string; items: T[] }[] {
  return TOOL_CATEGORIES.map((id) => ({
    id,
    title: TOOL_CATEGORY_TITLES[id],
    items: tools.filter((tool) => tool.category === id),
  })).filter((group) => group.items.length > 0);
}

/**
 * The glossary as its pages show it: one-sentence definitions on the glossary, and every entry whole
 * on the in-depth pages of its letters. `titleOf` gives the title of a guide section (`/page/#id`) or
 * page; the checks in references.ts have made sure every one exists.
 */
export function glossaryGroups(
  terms: readonly GlossaryTerm[],
  titleOf: (ref: string) => string,
): LetterGroup[] {
  const byId = new Map(terms.map((term) => [term.id, term]));
  return byLetter(terms).map(({ letter, id, items }) => ({
    letter,
    id,
    terms: items.map((term) => {
      const inDepth = (other: GlossaryTerm) => termInDepthHref(other.id, letterOf(other.term));
      return {
        id: term.id,
        term: term.term,
        aliases: term.aliases,
        short: term.short,
        paragraphs: paragraphsOf(term.explanation),
        inDepthHref: inDepth(term),
        related: term.related.flatMap((related) => {
          const other = byId.get(related);
          return other ? [{ href: inDepth(other), title: other.term }] : [];
        }),
        usedIn: term.usedIn.map((ref) => ({ href: ref, title: titleOf(ref) })),
      };
    }),
  }));
}

/** A letter of the glossary linked to its group. */
export interface LetterLink {
  letter: string;
  href: string;
}

/** Every letter, linked from the glossary in depth page at `path`: here, or on its own page. */
export function inDepthLetters(
  groups: readonly { letter: string; id: string }[],
  path: string,
): LetterLink[] {
  return groups.map(({ letter, id }) => {
    const page = glossaryInDepthPage(letter).path;
    return { letter, href: page === path ? `#${id}` : `${page}#${id}` };
  });
}

/** The letter groups that the glossary in depth page at `path` holds. */
export function inDepthGroups<T extends { letter: string }>(groups: readonly T[], path: string): T[] {
  return groups.filter((group) => glossaryInDepthPage(group.letter).path === path);
}

/**
 * The headings of the glossary, or of the glossary in depth page at `inDepthPath`: each letter (h2)
 * and its terms (h3).
 */
export function glossaryOutline(terms: readonly GlossaryTerm[], inDepthPath?: string): OutlineHeading[] {
  const groups = byLetter(terms);
  return (inDepthPath ? inDepthGroups(groups, inDepthPath) : groups).flatMap((group) => [
    { depth: 2 as const, slug: group.id, text: group.letter },
    ...group.items.map((term) => ({ depth: 3 as const, slug: term.id, text: term.term })),
  ]);
}

/** The tools as the page shows them; roles in the guide's order, `titleOf` as for glossaryGroups. */
export function toolGroups(
  tools: readonly Tool[],
  roles: readonly Role[],
  titleOf: (ref: string) => string,
): CategoryGroup[] {
  return byCategory(tools).map(({ id, title, items }) => ({
    id,
    title,
    tools: items.map((tool) => {
      const users = roles.filter((role) => tool.uses[role.id] !== undefined);
      return {
        id: tool.id,
        name: tool.name,
        aliases: tool.aliases,
        kind: tool.kind,
        url: tool.url,
        uses: users.map((role) => ({ role: role.name, text: tool.uses[role.id] ?? '' })),
        usedBy: users.map((role) => role.shortName),
        discussedIn: tool.discussedIn.map((ref) => ({ href: ref, title: titleOf(ref) })),
      };
    }),
  }));
}

/** The tools page's headings: the overview, each category (h2) and its tools (h3). */
export function toolsOutline(tools: readonly Tool[]): OutlineHeading[] {
  return [
    { depth: 2, slug: AT_A_GLANCE.id, text: AT_A_GLANCE.title },
    ...byCategory(tools).flatMap((group) => [
      { depth: 2 as const, slug: group.id, text: group.title },
      ...group.items.map((tool) => ({ depth: 3 as const, slug: tool.id, text: tool.name })),
    ]),
  ];
}
