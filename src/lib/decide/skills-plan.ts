/**
 * The skills planner's logic, shared by the page (server render) and its island: the three levels,
 * what the browser stores, the order of what is left to learn, and the Markdown and JSON exports.
 * Pure: no DOM, no storage access, so every rule is unit-tested here.
 */

export const LEVELS = ['new', 'some', 'confident'] as const;
export type Level = (typeof LEVELS)[number];

/** The words a reader sees for each level. */
export const LEVEL_LABELS: Record<Level, string> = {
  new: 'New to me',
  some: 'Some',
  confident: 'Confident',
};

/** The localStorage key; the stored value carries its own version so a later format can migrate it. */
export const STORAGE_KEY = 'field-guide:skills-plan';
const VERSION = 1;

/** A phase of the guide's learning plan: a `###` heading under `#learning-plan`, in page order. */
export interface PlanPhase {
  id: string;
  title: string;
  /** The heading's address, root-relative. */
  href: string;
}

/** One skill as the planner needs it: the table row's name, the plan data, resolved links. */
export interface PlanSkill {
  /** The row id of the skills table. */
  id: string;
  /** The row's aspect, e.g. "SQL". */
  name: string;
  /** Index into `PlannerData.phases`. */
  phase: number;
  goodEnough: string;
  sections: { title: string; href: string }[];
  /** `note` is shown on the page only; the island's copy leaves it out. */
  resources: { title: string; by: string; url?: string; note?: string }[];
}

export interface PlannerData {
  phases: PlanPhase[];
  /** In the table's order. */
  skills: PlanSkill[];
}

/** The reader's level per skill id; a skill without one is not rated yet. */
export type Levels = Record<string, Level>;

export interface StoredLevels {
  levels: Levels;
  /** What was dropped from storage and why, for the live region; absent when storage was clean. */
  dropped?: 'unreadable' | 'unknown';
}

const isLevel = (value: unknown): value is Level => LEVELS.includes(value as Level);

/**
 * The levels saved in the browser, keeping only known skills with valid levels. Anything else (a
 * value from an older or newer format, a skill the table no longer has, text that is not JSON) is
 * dropped rather than trusted, and reported.
 */
export function readLevels(raw: string | null, known: readonly string[]): StoredLevels {
  if (raw === null) return { levels: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { levels: {}, dropped: 'unreadable' };
  }
  const stored = (parsed as { version?: unknown; levels?: unknown } | null) ?? {};
  if (stored.version !== VERSION || typeof stored.levels !== 'object' || stored.levels === null)
    return { levels: {}, dropped: 'unreadable' };
  const levels: Levels = {};
  let unknown = false;
  for (const [id, level] of Object.entries(stored.levels)) {
    if (known.includes(id) && isLevel(level)) levels[id] = level;
    else unknown = true;
  }
  return unknown ? { levels, dropped: 'unknown' } : { levels };
}

/** The text saved in the browser for `levels`. */
export function storedLevels(levels: Levels): string {
  return JSON.stringify({ version: VERSION, levels });
}

/** One step of the plan: a skill not yet rated confident. */
export interface PlanStep {
  skill: PlanSkill;
  level: Level | undefined;
}

/**
 * What is left to learn, in order: every skill not rated confident, by the phase of the guide's
 * plan, then skills new to the reader (or not rated) before those they know somewhat, then the
 * table's order.
 */
export function planSteps(data: PlannerData, levels: Levels): PlanStep[] {
  const rank = (level: Level | undefined) => (level === 'some' ? 1 : 0);
  return data.skills
    .map((skill, order) => ({ skill, level: levels[skill.id], order }))
    .filter((step) => step.level !== 'confident')
    .sort((a, b) => a.skill.phase - b.skill.phase || rank(a.level) - rank(b.level) || a.order - b.order)
    .map(({ skill, level }) => ({ skill, level }));
}

/** How many skills sit at each level, and how many are not rated. */
export function levelCounts(data: PlannerData, levels: Levels): Record<Level | 'unrated', number> {
  const counts = { new: 0, some: 0, confident: 0, unrated: 0 };
  for (const skill of data.skills) counts[levels[skill.id] ?? 'unrated'] += 1;
  return counts;
}

const levelText = (level: Level | undefined) => (level ? LEVEL_LABELS[level].toLowerCase() : 'not rated');

/** The plan as Markdown for a wiki or a notes app; links are made absolute against `base`. */
export function planMarkdown(data: PlannerData, levels: Levels, base: string, date: string): string {
  const url = (href: string) => new URL(href, base).href;
  const counts = levelCounts(data, levels);
  const lines = [
    '# My backend-to-data skills plan',
    '',
    `From the skills planner of the Backend vs Data Engineering field guide (${url('')}), ${date}.`,
    "A structured way to think, built from the guide's own reasoning; not a prediction.",
    '',
    `Confident: ${counts.confident} · some: ${counts.some} · new to me: ${counts.new} · not rated: ${counts.unrated}`,
  ];
  const steps = planSteps(data, levels);
  if (steps.length === 0) lines.push('', 'Every skill is rated confident: nothing is left in the plan.');
  let phase = -1;
  for (const { skill, level } of steps) {
    if (skill.phase !== phase) {
      phase = skill.phase;
      const p = data.phases[phase];
      lines.push('', `## ${p?.title ?? 'Phase'}`, '', p ? `Plan step: ${url(p.href)}` : '', '');
    }
    lines.push(
      `- [ ] **${skill.name}** (${levelText(level)})`,
      `  - Good enough: ${skill.goodEnough}`,
      `  - In the guide: ${skill.sections.map((s) => `[${s.title}](${url(s.href)})`).join(', ')}`,
      `  - Resources: ${skill.resources.map((r) => (r.url ? `[${r.title}](${r.url})` : `_${r.title}_`) + ` (${r.by})`).join('; ')}`,
    );
  }
  const confident = data.skills.filter((skill) => levels[skill.id] === 'confident');
  if (confident.length > 0)
    lines.push('', '## Already confident', '', ...confident.map((skill) => `- [x] ${skill.name}`));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** The plan as JSON: the levels by skill id, and the ordered steps with their phase. */
export function planJson(data: PlannerData, levels: Levels, base: string, date: string): string {
  const rated: Levels = {};
  for (const skill of data.skills) if (levels[skill.id]) rated[skill.id] = levels[skill.id] as Level;
  return JSON.stringify(
    {
      source: new URL('', base).href,
      date,
      version: VERSION,
      levels: rated,
      plan: planSteps(data, levels).map(({ skill, level }) => ({
        skill: skill.id,
        name: skill.name,
        level: level ?? null,
        phase: data.phases[skill.phase]?.title ?? null,
        goodEnough: skill.goodEnough,
      })),
    },
    null,
    2,
  );
}
