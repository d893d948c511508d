/** The planner's data joined for real (the skills table, src/data/skills-plan.yaml, the guide's headings), and each check across the files failing with file, id and field named. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readComparison, readSkillsPlan } from '../data-files';
import { extractHeadings, splitFrontmatter } from '../page-lint';
import {
  DOCS_DIR,
  SKILLS_PLAN_FILE,
  SKILLS_TABLE,
  comparisonFile,
  pathOfSourceFile,
  sourceFileFor,
} from '../paths';
import { parseOrThrow } from '../schema-errors';
import { skillsPlanFileSchema, type SkillPlan } from '../../schemas/skills-plan';
import { checkSkillsPlan, islandData, joinSkillsPlan, phasesOf } from './skills-plan-data';

/** Every page and section of the guide with its title, read from the MDX sources. */
function guideTitles(): Map<string, string> {
  const titles = new Map<string, string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? walk(join(dir, entry.name))
        : entry.name.endsWith('.mdx')
          ? [join(dir, entry.name)]
          : [],
    );
  for (const file of walk(DOCS_DIR)) {
    const path = pathOfSourceFile(file);
    const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    titles.set(path, /^title: (.*)$/m.exec(frontmatter)?.[1] ?? path);
    for (const heading of extractHeadings(body))
      if (heading.id) titles.set(`${path}#${heading.id}`, heading.text);
  }
  return titles;
}

const table = readComparison(comparisonFile(SKILLS_TABLE));
const plan = readSkillsPlan();
const headings = extractHeadings(splitFrontmatter(readFileSync(sourceFileFor(table.page), 'utf8')).body).map(
  (h) => ({ depth: h.depth, slug: h.id ?? '', text: h.text }),
);
const phases = phasesOf(headings, table.page);
const titles = guideTitles();

describe('the real planner data', () => {
  it('reads the six phases of the learning plan from the guide page, in order', () => {
    expect(phases.map((phase) => phase.id)).toEqual([
      'phase-analytical-sql',
      'phase-model-a-process',
      'phase-batch-pipeline',
      'phase-quality-and-incidents',
      'phase-streaming',
      'phase-publish-and-review',
    ]);
    expect(phases[0]).toEqual({
      id: 'phase-analytical-sql',
      title: 'Learning plan phase 1: rebuild your SQL for analysis',
      href: '/careers/backend-to-data-engineering/#phase-analytical-sql',
    });
  });

  it('joins every row of the skills table, in its order, with no problem', () => {
    expect(checkSkillsPlan(table, plan, phases, new Set(titles.keys()))).toEqual([]);
    const view = joinSkillsPlan(table, plan, phases, titles);
    expect(view.skills.map((skill) => skill.id)).toEqual(table.rows.map((row) => row.id));
    expect(view.skills.map((skill) => skill.name)).toEqual(table.rows.map((row) => row.aspect));
    for (const skill of view.skills) {
      expect(skill.phase, skill.id).toBeGreaterThanOrEqual(0);
      expect(skill.rowHref).toBe(`/careers/backend-to-data-engineering/#skills-that-transfer--${skill.id}`);
      for (const section of skill.sections) expect(section.title, section.href).not.toBe(section.href);
    }
  });

  it('has the rows issue 14 asked for, each with planner data', () => {
    for (const id of [
      'dataframes-in-python',
      'spark',
      'cost-awareness',
      'requirements-with-analysts',
      'ci-cd',
      'security-and-access-control',
      'saas-api-ingestion',
    ])
      expect(plan.has(id), id).toBe(true);
  });

  it('gives the island no copy of what only the page shows', () => {
    const data = islandData(joinSkillsPlan(table, plan, phases, titles));
    const first = data.skills[0] as unknown as Record<string, unknown>;
    expect(Object.keys(first).sort()).toEqual(['goodEnough', 'id', 'name', 'phase', 'resources', 'sections']);
    expect(data.skills.flatMap((skill) => skill.resources).some((r) => 'note' in r)).toBe(false);
  });
});

describe('checks across the files', () => {
  const entry = plan.get('sql') as SkillPlan;
  const known = new Set(titles.keys());

  it('names the file, the id and the field for an entry whose row does not exist', () => {
    const extra = new Map([...plan, ['sql-basics', entry]]);
    expect(checkSkillsPlan(table, extra, phases, known)).toEqual([
      `${SKILLS_PLAN_FILE} (skill "sql-basics"): field \`(key)\`: "sql-basics" is not a row of ${comparisonFile(SKILLS_TABLE)}`,
    ]);
  });

  it('names a row of the table that has no planner entry', () => {
    const missing = new Map([...plan].filter(([id]) => id !== 'spark'));
    expect(checkSkillsPlan(table, missing, phases, known)).toEqual([
      `${SKILLS_PLAN_FILE} (skill "spark"): field \`(entry)\`: row "spark" of ${comparisonFile(SKILLS_TABLE)} has no planner entry; add one keyed "spark"`,
    ]);
    expect(() => joinSkillsPlan(table, missing, phases, titles)).toThrow('(skill "spark")');
  });

  it('names a phase that is not a heading of the learning plan, and a section that does not exist', () => {
    const wrong = new Map(plan);
    wrong.set('sql', {
      ...entry,
      phase: 'phase-zero',
      sections: ['/careers/backend-to-data-engineering/#nowhere'],
    });
    const problems = checkSkillsPlan(table, wrong, phases, known);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^src\/data\/skills-plan\.yaml \(skill "sql"\): field `phase`: "phase-zero" is not a phase heading under \/careers\/backend-to-data-engineering\/#learning-plan \(phases: phase-analytical-sql, /,
    );
    expect(problems[1]).toBe(
      `${SKILLS_PLAN_FILE} (skill "sql"): field \`sections[0]\`: /careers/backend-to-data-engineering/#nowhere is not a page or section of the guide`,
    );
  });

  it('finds no phases when the page has no learning plan section', () => {
    expect(
      phasesOf(
        [
          { depth: 2, slug: 'other', text: 'Other' },
          { depth: 3, slug: 'x', text: 'X' },
        ],
        '/p/',
      ),
    ).toEqual([]);
    expect(checkSkillsPlan(table, new Map([['sql', entry]]), [], known)[0]).toContain('(phases: none)');
  });

  it('rejects an unknown field, and a resource without a date, naming the id and the field', () => {
    expect(() =>
      parseOrThrow(skillsPlanFileSchema, { sql: { ...entry, level: 'x' } }, SKILLS_PLAN_FILE),
    ).toThrow(`${SKILLS_PLAN_FILE}: field \`sql\`: Unrecognized key: "level" (unknown key: level)`);
    const undated = { sql: { ...entry, resources: [{ title: 'A book', publisher: 'Someone' }] } };
    expect(() => parseOrThrow(skillsPlanFileSchema, undated, SKILLS_PLAN_FILE)).toThrow(
      `${SKILLS_PLAN_FILE}: field \`sql.resources[0].date\``,
    );
  });
});
