import { describe, expect, it } from 'vitest';
import {
  levelCounts,
  planJson,
  planMarkdown,
  planSteps,
  readLevels,
  storedLevels,
  type PlanSkill,
  type PlannerData,
} from './skills-plan';

const skill = (id: string, phase: number): PlanSkill => ({
  id,
  name: id.toUpperCase(),
  phase,
  goodEnough: `Good enough for ${id}.`,
  sections: [{ title: `About ${id}`, href: `/guide/#${id}` }],
  resources: [
    { title: `Book on ${id}`, by: 'An Author' },
    { title: 'Docs', by: 'A Project', url: 'https://docs.example/' },
  ],
});

/** Table order a, b, c, d, e; phases 2, 0, 1, 0, 1 on purpose, so table order and plan order differ. */
const data: PlannerData = {
  phases: [
    { id: 'p1', title: 'Phase 1', href: '/guide/#p1' },
    { id: 'p2', title: 'Phase 2', href: '/guide/#p2' },
    { id: 'p3', title: 'Phase 3', href: '/guide/#p3' },
  ],
  skills: [skill('a', 2), skill('b', 0), skill('c', 1), skill('d', 0), skill('e', 1)],
};
const ids = data.skills.map((s) => s.id);
const order = (levels: Parameters<typeof planSteps>[1]) =>
  planSteps(data, levels).map((step) => step.skill.id);
const BASE = 'https://guide.example/careers/skills-planner/';

describe('planSteps', () => {
  it('with nothing rated, lists every skill by phase, then in table order', () => {
    expect(order({})).toEqual(['b', 'd', 'c', 'e', 'a']);
  });

  it('with every skill new, gives the same order as nothing rated', () => {
    expect(order(Object.fromEntries(ids.map((id) => [id, 'new'])))).toEqual(order({}));
  });

  it('drops confident skills and puts new or unrated before some inside a phase', () => {
    expect(order({ b: 'some', d: 'new', c: 'confident', e: 'some' })).toEqual(['d', 'b', 'e', 'a']);
    expect(order({ b: 'some' })).toEqual(['d', 'b', 'c', 'e', 'a']);
  });

  it('never lets a later phase jump ahead, whatever the levels', () => {
    expect(order({ b: 'some', d: 'some', a: 'new' })).toEqual(['b', 'd', 'c', 'e', 'a']);
  });

  it('with every skill confident, leaves nothing', () => {
    expect(planSteps(data, Object.fromEntries(ids.map((id) => [id, 'confident'])))).toEqual([]);
  });

  it('carries the level of each step, undefined when not rated', () => {
    expect(planSteps(data, { b: 'some' }).slice(0, 2)).toEqual([
      { skill: data.skills[3], level: undefined },
      { skill: data.skills[1], level: 'some' },
    ]);
  });
});

describe('readLevels', () => {
  it('reads back what storedLevels wrote', () => {
    const levels = { a: 'new', c: 'confident', e: 'some' } as const;
    expect(readLevels(storedLevels(levels), ids)).toEqual({ levels });
  });

  it('starts empty and clean when nothing is stored', () => {
    expect(readLevels(null, ids)).toEqual({ levels: {} });
  });

  it('drops corrupt storage and says so', () => {
    for (const raw of ['{"version":1,"levels":', 'not json', '', 'null', '42', '"text"', '[]'])
      expect(readLevels(raw, ids), raw).toEqual({ levels: {}, dropped: 'unreadable' });
  });

  it('drops a stored value of another format version', () => {
    expect(readLevels(JSON.stringify({ version: 2, levels: { a: 'new' } }), ids)).toEqual({
      levels: {},
      dropped: 'unreadable',
    });
    expect(readLevels(JSON.stringify({ levels: { a: 'new' } }), ids).dropped).toBe('unreadable');
  });

  it('keeps known skills with valid levels and drops unknown ids and levels', () => {
    const raw =
      '{"version":1,"levels":{"a":"some","gone":"new","b":"expert","c":3,"d":null,"e":"confident","__proto__":"new"}}';
    expect(readLevels(raw, ids)).toEqual({ levels: { a: 'some', e: 'confident' }, dropped: 'unknown' });
  });
});

describe('levelCounts', () => {
  it('counts each level and the skills not rated, ignoring ids that are not skills', () => {
    expect(levelCounts(data, { a: 'new', b: 'some', c: 'confident', d: 'confident' })).toEqual({
      new: 1,
      some: 1,
      confident: 2,
      unrated: 1,
    });
  });
});

describe('planMarkdown', () => {
  const markdown = planMarkdown(data, { b: 'some', c: 'confident' }, BASE, '2026-12-02');

  it('states its source, date and what it is', () => {
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '# My backend-to-data skills plan',
      '',
      `From the skills planner of the Backend vs Data Engineering field guide (${BASE}), 2026-12-02.`,
      "A structured way to think, built from the guide's own reasoning; not a prediction.",
      '',
      'Confident: 1 · some: 1 · new to me: 0 · not rated: 3',
    ]);
  });

  it('lists the steps under their phases, in plan order, with absolute links', () => {
    expect(markdown).toContain(
      [
        '## Phase 1',
        '',
        'Plan step: https://guide.example/guide/#p1',
        '',
        '- [ ] **D** (not rated)',
        '  - Good enough: Good enough for d.',
        '  - In the guide: [About d](https://guide.example/guide/#d)',
        '  - Resources: _Book on d_ (An Author); [Docs](https://docs.example/) (A Project)',
        '- [ ] **B** (some)',
      ].join('\n'),
    );
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Phase 1', '## Phase 2', '## Phase 3', '## Already confident']);
    expect(markdown).toContain('## Already confident\n\n- [x] C\n');
    expect(markdown).not.toContain('**C**');
    expect(markdown).not.toMatch(/\n{3}/);
  });

  it('says so when nothing is left', () => {
    const all = planMarkdown(
      data,
      Object.fromEntries(ids.map((id) => [id, 'confident'])),
      BASE,
      '2026-12-02',
    );
    expect(all).toContain('Every skill is rated confident: nothing is left in the plan.');
    expect(all).not.toContain('- [ ]');
    expect(all).toContain('- [x] A\n- [x] B\n- [x] C\n- [x] D\n- [x] E\n');
  });
});

describe('planJson', () => {
  it('holds the rated levels only and the ordered steps', () => {
    const json = JSON.parse(planJson(data, { b: 'some', c: 'confident' }, BASE, '2026-12-02'));
    expect(json).toMatchObject({ source: BASE, date: '2026-12-02', version: 1 });
    expect(json.levels).toEqual({ b: 'some', c: 'confident' });
    expect(json.plan.map((step: { skill: string }) => step.skill)).toEqual(['d', 'b', 'e', 'a']);
    expect(json.plan[0]).toEqual({
      skill: 'd',
      name: 'D',
      level: null,
      phase: 'Phase 1',
      goodEnough: 'Good enough for d.',
    });
  });

  it('is empty of steps with every skill confident, and full with every skill new', () => {
    const confident = JSON.parse(
      planJson(data, Object.fromEntries(ids.map((id) => [id, 'confident'])), BASE, 'd'),
    );
    expect(confident.plan).toEqual([]);
    const fresh = JSON.parse(planJson(data, Object.fromEntries(ids.map((id) => [id, 'new'])), BASE, 'd'));
    expect(fresh.plan).toHaveLength(ids.length);
    expect(Object.values(fresh.levels)).toEqual(['new', 'new', 'new', 'new', 'new']);
  });
});
