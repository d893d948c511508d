/**
 * Data access for the typed data in `src/data/`: the only reader of the `roles`, `comparisons`,
 * `glossary`, `tools`, `hiringQuestions`, `hiringOutcomes` and `ownershipWorksheet` collections, which Astro's `file()` and `glob()` loaders fill and the
 * schemas validate once. Entries come back with their ids (the file name for a table, the key for a
 * row). Checks across entries (references.ts) run here, once per build, and fail it.
 */
import { getCollection, getEntry, render } from 'astro:content';
import type { Comparison } from '../schemas/comparison';
import type { GlossaryTerm } from '../schemas/glossary';
import type { Role } from '../schemas/role';
import type { Tool } from '../schemas/tool';
import { ROLE_IDS, type RoleId } from '../schemas/taxonomy';
import {
  COMPARISONS_DIR,
  GLOSSARY_FILE,
  GLOSSARY_PATH,
  HIRING_OUTCOMES_FILE,
  OWNERSHIP_TABLE,
  ROLES_FILE,
  TOOLS_FILE,
  TOOLS_PATH,
  SKILLS_TABLE,
  comparisonFile,
  definesTerms,
  glossaryInDepthPageAt,
  entryIdOfPath,
  pageOfRef,
  pathOfEntry,
  rowAnchor,
} from './paths';
import { createMatcher, type Matcher } from './terms/match';
import { checkGlossary, checkTools } from './terms/references';
import {
  glossaryGroups,
  glossaryOutline,
  toolGroups,
  toolsOutline,
  type CategoryGroup,
  type LetterGroup,
  type OutlineHeading,
} from './terms/reference-pages';
import type { ExpectedMention } from './terms/sections';
import { checkHiringData, checkWorksheet } from './decide/references';
import type { ToolModel, ToolOutcome } from './decide/which-role-next';
import type { WorksheetRow } from './decide/ownership';
import { joinSkillsPlan, phasesOf, type PlannerView } from './decide/skills-plan-data';

/** Every role, in the guide's order of roles (`ROLE_IDS`). */
export async function allRoles(): Promise<Role[]> {
  return (await getCollection('roles'))
    .map((entry) => entry.data)
    .sort((a, b) => ROLE_IDS.indexOf(a.id) - ROLE_IDS.indexOf(b.id));
}

/** Every comparison table, in file-name order. */
export async function allComparisons(): Promise<Comparison[]> {
  return (await getCollection('comparisons'))
    .map((entry) => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface ComparisonIndex {
  tables: Map<string, Comparison>;
  roles: Map<RoleId, Role>;
}

let index: Promise<ComparisonIndex> | undefined;

/** Loads both collections once per build and indexes them by id. */
export function loadComparisonIndex(): Promise<ComparisonIndex> {
  index ??= (async () => {
    const [tables, roles] = await Promise.all([allComparisons(), allRoles()]);
    return {
      tables: new Map(tables.map((table) => [table.id, table])),
      roles: new Map(roles.map((role) => [role.id, role])),
    };
  })();
  return index;
}

/** The table's roles as full records, in the table's order; throws naming the table and the missing role. */
export function rolesOf(table: Comparison, roles: ReadonlyMap<RoleId, Role>): Role[] {
  return table.roles.map((id) => {
    const role = roles.get(id);
    if (!role)
      throw new Error(`${comparisonFile(table.id)}: field \`roles\`: "${id}" is not in ${ROLES_FILE}`);
    return role;
  });
}

/** One table and its roles, ready for the pure table component. */
export async function getComparison(id: string): Promise<{ table: Comparison; roles: Role[] }> {
  const { tables, roles } = await loadComparisonIndex();
  const table = tables.get(id);
  if (!table) {
    throw new Error(
      `<Comparison id="${id}">: no table with this id in ${COMPARISONS_DIR}/. Known ids: ${[...tables.keys()].sort().join(', ')}`,
    );
  }
  return { table, roles: rolesOf(table, roles) };
}

/** Every glossary term, in file order. */
export async function allGlossaryTerms(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => entry.data);
}

/** Every tool, in file order (the tools page keeps it within each category). */
export async function allTools(): Promise<Tool[]> {
  return (await getCollection('tools')).map((entry) => entry.data);
}

/**
 * Every page and section a reference may point to, with its title: each page's title, the headings
 * of its Markdown (`render()` → `headings`), and the headings the glossary and tools pages render
 * from data.
 */
async function guideSections(
  terms: readonly GlossaryTerm[],
  tools: readonly Tool[],
): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const entry of await getCollection('docs')) {
    const path = pathOfEntry(entry.id);
    titles.set(path, entry.data.title);
    for (const heading of (await render(entry)).headings) titles.set(`${path}#${heading.slug}`, heading.text);
    for (const heading of dataOutline(path, terms, tools) ?? [])
      titles.set(`${path}#${heading.slug}`, heading.text);
  }
  return titles;
}

function dataOutline(path: string, terms: readonly GlossaryTerm[], tools: readonly Tool[]) {
  if (path === GLOSSARY_PATH) return glossaryOutline(terms);
  if (glossaryInDepthPageAt(path)) return glossaryOutline(terms, path);
  if (path === TOOLS_PATH) return toolsOutline(tools);
  return undefined;
}

export interface ReferenceIndex {
  terms: GlossaryTerm[];
  tools: Tool[];
  roles: Role[];
  /** Title of every page (`/page/`) and section (`/page/#id`) of the guide. */
  titles: Map<string, string>;
  /** Finds mentions of glossary terms (term or alias) in text. */
  termMatcher: Matcher;
}

let references: Promise<ReferenceIndex> | undefined;

/**
 * The glossary, the tools and the guide's sections, loaded once per build and checked across
 * entries; throws one line per problem, each naming the data file, the entry and the field.
 */
export function loadReferenceIndex(): Promise<ReferenceIndex> {
  references ??= (async () => {
    const [terms, tools, roles] = await Promise.all([allGlossaryTerms(), allTools(), allRoles()]);
    const titles = await guideSections(terms, tools);
    const known = new Set(titles.keys());
    const problems = [...checkGlossary(terms, known), ...checkTools(tools, known)];
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const termMatcher = createMatcher(
      terms.map((term) => ({ id: term.id, names: [term.term, ...term.aliases] })),
    );
    return { terms, tools, roles, titles, termMatcher };
  })();
  return references;
}

const titleIn = (titles: ReadonlyMap<string, string>) => (ref: string) => titles.get(ref) ?? ref;

/** The glossary page's letter groups, every link resolved. */
export async function getGlossary(): Promise<LetterGroup[]> {
  const { terms, titles } = await loadReferenceIndex();
  return glossaryGroups(terms, titleIn(titles));
}

/** The tools page's category groups, every link resolved. */
export async function getToolCatalog(): Promise<CategoryGroup[]> {
  const { tools, roles, titles } = await loadReferenceIndex();
  return toolGroups(tools, roles, titleIn(titles));
}

/** The headings a page renders from data (glossary, tools), for its table of contents. */
export async function dataHeadingsOf(path: string): Promise<OutlineHeading[] | undefined> {
  if (!definesTerms(path)) return undefined;
  const { terms, tools } = await loadReferenceIndex();
  return dataOutline(path, terms, tools);
}

/** The definitions a page's term previews show, by term id. */
export async function termDefinitions(
  ids: readonly string[],
): Promise<Record<string, { term: string; short: string }>> {
  const { terms } = await loadReferenceIndex();
  const wanted = new Set(ids);
  return Object.fromEntries(
    terms
      .filter((term) => wanted.has(term.id))
      .map((term) => [term.id, { term: term.term, short: term.short }]),
  );
}

/** Every glossary `usedIn` and tools `discussedIn` reference into the page at `path`. */
export async function mentionsExpectedOn(path: string): Promise<ExpectedMention[]> {
  const { terms, tools } = await loadReferenceIndex();
  return [
    ...terms.flatMap((term) =>
      term.usedIn.flatMap((ref, i) =>
        pageOfRef(ref) === path
          ? [
              {
                file: GLOSSARY_FILE,
                kind: 'term' as const,
                id: term.id,
                field: `usedIn[${i}]`,
                ref,
                names: [term.term, ...term.aliases],
              },
            ]
          : [],
      ),
    ),
    ...tools.flatMap((tool) =>
      tool.discussedIn.flatMap((ref, i) =>
        pageOfRef(ref) === path
          ? [
              {
                file: TOOLS_FILE,
                kind: 'tool' as const,
                id: tool.id,
                field: `discussedIn[${i}]`,
                ref,
                names: [tool.name, ...tool.aliases],
              },
            ]
          : [],
      ),
    ),
  ];
}

/**
 * Every link target the decision tools may use, with its title: the guide's pages and sections, and
 * the rows of its comparison tables (`/page/#table--row`), which the tables render from data.
 */
async function linkTargets(): Promise<Map<string, string>> {
  const [{ titles }, { tables }] = await Promise.all([loadReferenceIndex(), loadComparisonIndex()]);
  const targets = new Map(titles);
  for (const table of tables.values())
    for (const row of table.rows)
      targets.set(`${table.page}#${rowAnchor(table.id, row.id)}`, `${table.title}: ${row.aspect}`);
  return targets;
}

let whichRoleNext: Promise<ToolModel> | undefined;

/**
 * "Which role should we hire next?" as the page and its island use it: questions in file order,
 * outcomes in the order of hires, every link checked and titled once per build.
 */
export function getWhichRoleNext(): Promise<ToolModel> {
  whichRoleNext ??= (async () => {
    const [questions, outcomes, targets] = await Promise.all([
      getCollection('hiringQuestions').then((entries) =>
        entries.map((e) => e.data).sort((a, b) => a.position - b.position),
      ),
      getCollection('hiringOutcomes').then((entries) => entries.map((e) => e.data)),
      linkTargets(),
    ]);
    const problems = checkHiringData(questions, outcomes, new Set(targets.keys()));
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const title = (ref: string) => targets.get(ref) ?? ref;
    return {
      questions: questions.map(({ position: _, ...q }) => ({
        ...q,
        answers: q.answers.map((a) => ({ ...a, seeTitle: title(a.see) })),
      })),
      outcomes: (['backend', 'data', 'bridge', 'mixed'] as const).map((id): ToolOutcome => {
        const outcome = outcomes.find((o) => o.id === id);
        if (!outcome) throw new Error(`${HIRING_OUTCOMES_FILE}: no entry with id "${id}"`);
        return { ...outcome, readNext: outcome.readNext.map((href) => ({ href, title: title(href) })) };
      }),
    };
  })();
  return whichRoleNext;
}

let worksheet: Promise<WorksheetRow[]> | undefined;

/** The ownership worksheet's assets: the matrix's rows in its order, with their risk and section. */
export function getOwnershipWorksheet(): Promise<WorksheetRow[]> {
  worksheet ??= (async () => {
    const [{ table }, assets, targets] = await Promise.all([
      getComparison(OWNERSHIP_TABLE),
      getCollection('ownershipWorksheet').then((entries) => entries.map((e) => e.data)),
      linkTargets(),
    ]);
    const problems = checkWorksheet(
      assets,
      table.rows.map((row) => row.id),
      comparisonFile(table.id),
      new Set(targets.keys()),
    );
    if (problems.length > 0) throw new Error(problems.join('\n'));
    const byId = new Map(assets.map((asset) => [asset.id, asset]));
    return table.rows.map((row) => {
      const asset = byId.get(row.id);
      if (!asset) throw new Error(`no worksheet entry for ${row.id}`); // reported by checkWorksheet
      return {
        id: row.id,
        aspect: row.aspect,
        matrix: `${table.page}#${rowAnchor(table.id, row.id)}`,
        risk: asset.risk,
        see: asset.see,
        seeTitle: targets.get(asset.see) ?? asset.see,
      };
    });
  })();
  return worksheet;
}

let skillsPlanner: Promise<PlannerView> | undefined;

/**
 * The skills planner's view: the skills table's rows joined with their planner entries, the phases
 * from the learning plan's headings on the table's page, links resolved; checked once per build.
 */
export function getSkillsPlanner(): Promise<PlannerView> {
  skillsPlanner ??= (async () => {
    const [{ table }, entries, { titles }] = await Promise.all([
      getComparison(SKILLS_TABLE),
      getCollection('skillsPlan'),
      loadReferenceIndex(),
    ]);
    const page = await getEntry('docs', entryIdOfPath(table.page));
    if (!page) throw new Error(`${comparisonFile(table.id)}: field \`page\`: no page at ${table.page}`);
    const phases = phasesOf((await render(page)).headings, table.page);
    return joinSkillsPlan(table, new Map(entries.map((entry) => [entry.id, entry.data])), phases, titles);
  })();
  return skillsPlanner;
}
