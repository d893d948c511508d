/**
 * Where a reading path's steps lead: each `read` resolved to a page and, for a section, a heading on
 * it, through the page's anchor aliases when a section was renamed. A step that no longer resolves
 * is reported with the path file, the step and the reason, so the build can fail on it. Pure: the
 * build passes the pages it knows (src/lib/reading-paths/data.ts), unit tests pass fixtures.
 */
import type { PathStep } from '../../schemas/path';

/** What a step can point at on one page. */
export interface PageOutline {
  /** The page's URL path, e.g. `/boundary/data-contracts/`. */
  path: string;
  /** The page's title. */
  title: string;
  /** Its h2 and h3 headings, in page order. */
  sections: readonly { id: string; text: string; depth: number }[];
  /** Former section ids mapped to the ids that now hold their content (`anchorAliases`). */
  aliases?: Readonly<Record<string, string>> | undefined;
}

/** A step with the page and section it reads. */
export interface ResolvedStep {
  /** Position in the path, from 1: the number readers see and `?done=` uses. */
  number: number;
  /** The step's `read`, as written. */
  read: string;
  why: string;
  page: PageOutline;
  /** The section read, or undefined for a whole page; an alias is replaced by the id it stands for. */
  section?: { id: string; text: string; depth: number } | undefined;
  /** Root-relative link to what is read: the page, with `#id` for a section. */
  href: string;
}

/** `/a/b/#id` → `{ page: '/a/b/', id: 'id' }`; without `#`, `id` is undefined. */
export function splitRead(read: string): { page: string; id: string | undefined } {
  const hash = read.indexOf('#');
  return hash === -1
    ? { page: read, id: undefined }
    : { page: read.slice(0, hash), id: read.slice(hash + 1) };
}

/**
 * Resolves every step of one path. `problems` has one line per step that does not resolve:
 * `<file>: field \`steps[i].read\`: step n "<read>": <reason>`.
 */
export function resolveSteps(
  file: string,
  steps: readonly PathStep[],
  pages: ReadonlyMap<string, PageOutline>,
): { steps: ResolvedStep[]; problems: string[] } {
  const resolved: ResolvedStep[] = [];
  const problems: string[] = [];
  steps.forEach((step, i) => {
    const where = `${file}: field \`steps[${i}].read\`: step ${i + 1} "${step.read}"`;
    const { page: path, id } = splitRead(step.read);
    const page = pages.get(path);
    if (!page) {
      problems.push(`${where}: no page at ${path}`);
      return;
    }
    if (id === undefined) {
      resolved.push({ number: i + 1, read: step.read, why: step.why, page, href: page.path });
      return;
    }
    const current = page.aliases?.[id] ?? id;
    const section = page.sections.find((s) => s.id === current);
    if (!section) {
      problems.push(`${where}: ${path} has no section with id "${id}"`);
      return;
    }
    resolved.push({
      number: i + 1,
      read: step.read,
      why: step.why,
      page,
      section,
      href: `${page.path}#${section.id}`,
    });
  });
  return { steps: resolved, problems };
}
