/**
 * Where things live, in one place: a page's URL path and its source file, and the anchors that
 * comparison tables and their rows publish. Pure string functions: no file system, no DOM, so the
 * build, scripts, tests and browser islands all share them.
 */

export const DOCS_DIR = 'src/content/docs';
export const COMPARISONS_DIR = 'src/data/comparisons';
export const ROLES_FILE = 'src/data/roles.yaml';
export const READING_PATHS_DIR = 'src/data/paths';
export const GLOSSARY_FILE = 'src/data/glossary.yaml';
export const TOOLS_FILE = 'src/data/tools.yaml';
/** The questions and outcomes of "Which role should we hire next?", and the ownership worksheet's additions to the matrix. */
export const HIRING_QUESTIONS_FILE = 'src/data/which-role-next/questions.yaml';
export const HIRING_OUTCOMES_FILE = 'src/data/which-role-next/outcomes.yaml';
export const WORKSHEET_FILE = 'src/data/ownership-worksheet.yaml';
/** The comparison table whose rows are the worksheet's assets. */
export const OWNERSHIP_TABLE = 'ownership-boundary';
/** Capitalized names the guide uses that are not tools (people, companies, laws, acronyms); tests only. */
export const NOT_TOOLS_FILE = 'src/data/not-tools.yaml';

/** The page that lists every glossary term, and the one that lists every tool. */
export const GLOSSARY_PATH = '/reference/glossary/';
/**
 * The glossary in depth: each term's whole explanation, related terms and the sections that use it,
 * under the glossary's own term anchors, in pages by first letter. The glossary keeps each term's
 * one-sentence definition: everything on one page was 83 KB of gzip HTML, three times any other
 * page, and the one page below Lighthouse's performance 100 on a phone. Each page here has a
 * `reference/glossary-<from>-<to>.mdx` in the docs collection; its `<Glossary>` finds its letters here.
 */
export const GLOSSARY_IN_DEPTH_PAGES = [
  { path: '/reference/glossary-a-c/', from: 'A', to: 'C' },
  { path: '/reference/glossary-d-f/', from: 'D', to: 'F' },
  { path: '/reference/glossary-g-o/', from: 'G', to: 'O' },
  { path: '/reference/glossary-p-r/', from: 'P', to: 'R' },
  { path: '/reference/glossary-s-z/', from: 'S', to: 'Z' },
] as const;

/** The glossary in depth page that holds the terms of a heading letter ("C"). */
export function glossaryInDepthPage(letter: string): (typeof GLOSSARY_IN_DEPTH_PAGES)[number] {
  const page = GLOSSARY_IN_DEPTH_PAGES.find(({ from, to }) => letter >= from && letter <= to);
  // Letters outside A–Z ("#" for a term that starts with a digit) sort before A.
  return page ?? GLOSSARY_IN_DEPTH_PAGES[0];
}
export const TOOLS_PATH = '/reference/tools/';
/** The page of copyable templates for onboarding and cross-team work. */
export const TEMPLATES_PATH = '/reference/templates/';
/** The frequently asked questions, each answered in a few lines with a link to the section that explains it. */
export const FAQ_PATH = '/reference/faq/';

/** `differences/testing` (a docs entry id) → `/differences/testing/`; `index` → `/`. */
export function pathOfEntry(id: string): string {
  const slug = id.replace(/(^|\/)index$/, '');
  return slug === '' ? '/' : `/${slug}/`;
}

/** `src/content/docs/differences/testing.mdx` → `/differences/testing/`. */
export function pathOfSourceFile(file: string): string {
  return pathOfEntry(file.slice(DOCS_DIR.length + 1).replace(/\.mdx?$/, ''));
}

/** The MDX file behind a page path (every page is MDX), for messages that say where to make a change. */
export function sourceFileFor(path: string): string {
  return path === '/' ? `${DOCS_DIR}/index.mdx` : `${DOCS_DIR}${path.replace(/\/$/, '')}.mdx`;
}

/** The data file of a comparison table. */
export function comparisonFile(tableId: string): string {
  return `${COMPARISONS_DIR}/${tableId}.yaml`;
}

/** The anchor of a whole table: its id and `--table`, so it never collides with a heading id. */
export function tableAnchor(tableId: string): string {
  return `${tableId}--table`;
}

/** The anchor of one row: table id and row id joined by `--`, which kebab-case ids cannot contain. */
export function rowAnchor(tableId: string, rowId: string): string {
  return `${tableId}--${rowId}`;
}

/** Where a diagram's image is served: `/diagrams/<name>.svg` (src/pages/diagrams/[name].svg.ts). */
export function diagramPath(name: string): string {
  return `/diagrams/${name}.svg`;
}

/** The anchor of a diagram's figure: its name and `--diagram`, so it never collides with a heading id. */
export function diagramAnchor(name: string): string {
  return `${name}--diagram`;
}

/** The link-preview image of a page: `/differences/testing/` → `/og/differences/testing.png`, `/` → `/og/index.png`. */
export function ogImagePath(path: string): string {
  return path === '/' ? '/og/index.png' : `/og${path.replace(/\/$/, '')}.png`;
}

/** The data file of a reading path. */
export function readingPathFile(pathId: string): string {
  return `${READING_PATHS_DIR}/${pathId}.yaml`;
}

/** Where reading paths are published: the list, one path, and its printable handout. */
export const READING_PATHS_URL = '/paths/';
export function readingPathUrl(pathId: string): string {
  return `${READING_PATHS_URL}${pathId}/`;
}
export function handoutUrl(pathId: string): string {
  return `${readingPathUrl(pathId)}handout/`;
}

/** Where a glossary term is defined: its anchor on the glossary page. */
export function termHref(termId: string): string {
  return `${GLOSSARY_PATH}#${termId}`;
}

/** The glossary in depth page at a URL path, if it is one. */
export function glossaryInDepthPageAt(path: string): (typeof GLOSSARY_IN_DEPTH_PAGES)[number] | undefined {
  return GLOSSARY_IN_DEPTH_PAGES.find((page) => page.path === path);
}

/** Pages that define the terms (glossary pages, tools): they render from data and mark no terms. */
export function definesTerms(path: string): boolean {
  return path === GLOSSARY_PATH || path === TOOLS_PATH || glossaryInDepthPageAt(path) !== undefined;
}

/** Where a glossary term is explained at length: its anchor on the in-depth page of its letter. */
export function termInDepthHref(termId: string, letter: string): string {
  return `${glossaryInDepthPage(letter).path}#${termId}`;
}

/** The page path of a section reference: `/page/#id` → `/page/`. */
export function pageOfRef(ref: string): string {
  const hash = ref.indexOf('#');
  return hash === -1 ? ref : ref.slice(0, hash);
}

/** The skills planner's data file: what the planner adds to each row of `SKILLS_TABLE`. */
export const SKILLS_PLAN_FILE = 'src/data/skills-plan.yaml';
/** The comparison table whose rows are the planner's skills. */
export const SKILLS_TABLE = 'skills-that-transfer';
/** The section of the skills table's page whose `###` headings are the learning plan's phases. */
export const LEARNING_PLAN_SECTION = 'learning-plan';

/** `/careers/backend-to-data-engineering/` → `careers/backend-to-data-engineering` (a docs entry id). */
export function entryIdOfPath(path: string): string {
  return path === '/' ? 'index' : path.replace(/^\/|\/$/g, '');
}

/** The anchor of one skill on the planner page. */
export function skillAnchor(skillId: string): string {
  return `skill-${skillId}`;
}
