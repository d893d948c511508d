/**
 * The skills planner's data, joined at build time: each row of the skills table
 * (`SKILLS_TABLE`) with its entry in `SKILLS_PLAN_FILE`, the phases read from the headings of the
 * learning plan on the table's page, and every link resolved to its title. The checks across the
 * two files run here; each problem names the file, the skill id and the field.
 */
import type { Comparison } from '../../schemas/comparison';
import type { SkillPlan } from '../../schemas/skills-plan';
import { LEARNING_PLAN_SECTION, SKILLS_PLAN_FILE, comparisonFile, rowAnchor } from '../paths';
import type { PlanPhase, PlanSkill, PlannerData } from './skills-plan';

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The learning plan's phases: the `###` headings under `## … {#learning-plan}` on `page`, in order. */
export function phasesOf(headings: readonly Heading[], page: string): PlanPhase[] {
  const start = headings.findIndex((h) => h.depth === 2 && h.slug === LEARNING_PLAN_SECTION);
  if (start === -1) return [];
  const phases: PlanPhase[] = [];
  for (const heading of headings.slice(start + 1)) {
    if (heading.depth <= 2) break;
    if (heading.depth === 3)
      phases.push({ id: heading.slug, title: heading.text, href: `${page}#${heading.slug}` });
  }
  return phases;
}

/** What the planner page shows of one skill, beyond what its island needs. */
export interface PlannerSkillView extends PlanSkill {
  /** The table row's note: how well the skill carries over from backend work. */
  carriesOver: string | undefined;
  /** The row's anchor in the table on the guide page. */
  rowHref: string;
}

export interface PlannerView extends PlannerData {
  skills: PlannerSkillView[];
  /** The skills table's title and page. */
  table: { title: string; page: string };
}

/**
 * Problems between the files: an entry for a row the table does not have, a row without an entry,
 * a phase that is not a phase heading, a section of the guide that does not exist.
 */
export function checkSkillsPlan(
  table: Comparison,
  plan: ReadonlyMap<string, SkillPlan>,
  phases: readonly PlanPhase[],
  sections: ReadonlySet<string>,
  file = SKILLS_PLAN_FILE,
): string[] {
  const problems: string[] = [];
  const at = (id: string, field: string) => `${file} (skill "${id}"): field \`${field}\``;
  const rows = new Set(table.rows.map((row) => row.id));
  for (const [id, entry] of plan) {
    if (!rows.has(id))
      problems.push(`${at(id, '(key)')}: "${id}" is not a row of ${comparisonFile(table.id)}`);
    if (!phases.some((phase) => phase.id === entry.phase))
      problems.push(
        `${at(id, 'phase')}: "${entry.phase}" is not a phase heading under ${table.page}#${LEARNING_PLAN_SECTION} (phases: ${phases.map((p) => p.id).join(', ') || 'none'})`,
      );
    entry.sections.forEach((ref, i) => {
      if (!sections.has(ref))
        problems.push(`${at(id, `sections[${i}]`)}: ${ref} is not a page or section of the guide`);
    });
  }
  for (const row of table.rows)
    if (!plan.has(row.id))
      problems.push(
        `${at(row.id, '(entry)')}: row "${row.id}" of ${comparisonFile(table.id)} has no planner entry; add one keyed "${row.id}"`,
      );
  return problems;
}

/**
 * The planner's view of every skill in the table's order; throws one line per problem found by
 * `checkSkillsPlan`. `titleOf` gives a section's heading (or a page's title).
 */
export function joinSkillsPlan(
  table: Comparison,
  plan: ReadonlyMap<string, SkillPlan>,
  phases: readonly PlanPhase[],
  titles: ReadonlyMap<string, string>,
  file = SKILLS_PLAN_FILE,
): PlannerView {
  const problems = checkSkillsPlan(table, plan, phases, new Set(titles.keys()), file);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const skills = table.rows.map((row): PlannerSkillView => {
    const entry = plan.get(row.id) as SkillPlan;
    return {
      id: row.id,
      name: row.aspect,
      phase: phases.findIndex((phase) => phase.id === entry.phase),
      goodEnough: entry.goodEnough,
      sections: entry.sections.map((href) => ({ title: titles.get(href) ?? href, href })),
      resources: entry.resources.map((r) => ({
        title: r.title,
        by: r.publisher,
        ...(r.url ? { url: r.url } : {}),
        ...(r.note ? { note: r.note } : {}),
      })),
      carriesOver: row.note,
      rowHref: `${table.page}#${rowAnchor(table.id, row.id)}`,
    };
  });
  return { phases: [...phases], skills, table: { title: table.title, page: table.page } };
}

/** What the island receives: the view without what only the server render shows. */
export function islandData(view: PlannerView): PlannerData {
  return {
    phases: view.phases,
    skills: view.skills.map(({ carriesOver: _c, rowHref: _r, ...skill }) => ({
      ...skill,
      resources: skill.resources.map(({ note: _n, ...resource }) => resource),
    })),
  };
}
