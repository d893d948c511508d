import { describe, expect, it } from 'vitest';
import { readHiringQuestions } from '../data-files';
import { readState } from './url-state';
import {
  MIXED_MARGIN,
  describeLeaders,
  describePush,
  describeTotals,
  questionFields,
  scoreAnswers,
  type ToolQuestion,
} from './which-role-next';

/** The real questions, as the island gets them (titles are not needed for scoring). */
const questions: ToolQuestion[] = readHiringQuestions().map((q) => ({
  ...q,
  answers: q.answers.map((a) => ({ ...a, seeTitle: a.see })),
}));
const fields = questionFields(questions);
const fromUrl = (search: string) => scoreAnswers(questions, readState(search, fields));

const MVP =
  '?stage=first-version&latency=critical&sources=one&reporting=little&ml=none&customer-data=none&pain=performance&doubted-figures=rarely-doubted&waiting=product&data-requests=little&team=founders&data-cover=nobody&obligations=not-yet';
const MARKETPLACE =
  '?stage=growing&latency=normal&sources=many&reporting=must-reconcile&ml=running&customer-data=some&pain=trust&doubted-figures=loading&waiting=analysis&data-requests=growing-share&team=several-teams&data-cover=backend-side&obligations=owed';
const MIXED =
  '?stage=early&latency=critical&sources=a-handful&reporting=weekly&ml=planned&customer-data=some&pain=both&doubted-figures=after-deploys&waiting=product&data-requests=some&team=one-team&data-cover=backend-side&obligations=not-yet';

describe('the questions', () => {
  it('number between 10 and 14, each with an answer in every link of a profile', () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.length).toBeLessThanOrEqual(14);
    for (const profile of [MVP, MARKETPLACE, MIXED])
      expect(fromUrl(profile).answers).toHaveLength(questions.length);
  });
});

describe('scoreAnswers on the real questions', () => {
  it('has no outcome before any answer', () => {
    const verdict = fromUrl('');
    expect(verdict.outcome).toBeUndefined();
    expect(verdict.totals).toEqual({ backend: 0, data: 0, bridge: 0 });
    expect(verdict.total).toBe(questions.length);
  });

  it('treats unknown questions and answers in a link as unanswered', () => {
    expect(fromUrl('?stage=unicorn&colour=blue&latency=')).toEqual(fromUrl(''));
    expect(fromUrl('?stage=first-version&latency=ludicrous').answers).toHaveLength(1);
  });

  it('points an early product with simple data to a backend engineer', () => {
    const verdict = fromUrl(MVP);
    expect(verdict.outcome).toBe('backend');
    expect(verdict.totals.backend - verdict.totals.data).toBeGreaterThanOrEqual(MIXED_MARGIN);
  });

  it('points a marketplace that runs on analytics and models to a data engineer', () => {
    const verdict = fromUrl(MARKETPLACE);
    expect(verdict.outcome).toBe('data');
    expect(verdict.leaders).toEqual(['data']);
  });

  it('reports a split profile as mixed and names the hires that are level', () => {
    const verdict = fromUrl(MIXED);
    expect(verdict.outcome).toBe('mixed');
    expect(verdict.leaders.length).toBeGreaterThan(1);
    const [first, second] = verdict.leaders.map((lean) => verdict.totals[lean]);
    expect((first ?? 0) - (second ?? 0)).toBeLessThan(MIXED_MARGIN);
  });

  it('points disputed definitions on data that already lands to a bridge hire', () => {
    const verdict = fromUrl('?reporting=weekly&doubted-figures=definitions&data-cover=analyst-connectors');
    expect(verdict.outcome).toBe('bridge');
  });

  it('calls answers that push nowhere mixed, with no leader', () => {
    const verdict = fromUrl('?ml=none&pain=neither&waiting=no-queue');
    expect(verdict.outcome).toBe('mixed');
    expect(verdict.leaders).toEqual([]);
    expect(verdict.answers).toHaveLength(3);
  });

  it('keeps the answers in question order, whatever the order of the link', () => {
    const verdict = fromUrl('?team=founders&stage=early');
    expect(verdict.answers.map((a) => a.question.id)).toEqual(['stage', 'team']);
  });
});

describe('the margin rule', () => {
  const q = (id: string, push: ToolQuestion['answers'][number]['push']): ToolQuestion => ({
    id,
    question: `${id}?`,
    answers: [{ id: 'a', label: 'a', push, why: 'why', see: '/', seeTitle: 'Home' }],
  });
  const two = [q('one', { backend: 3 }), q('two', { data: 1 })];

  it('names a winner at a lead of exactly the margin', () => {
    const verdict = scoreAnswers([q('one', { backend: 3 })], { one: 'a' });
    expect(verdict.outcome).toBe('backend');
    expect(verdict.totals.backend).toBe(MIXED_MARGIN);
  });

  it('calls a lead one point short of the margin mixed', () => {
    const verdict = scoreAnswers(two, { one: 'a', two: 'a' });
    expect(verdict.totals).toEqual({ backend: 3, data: 1, bridge: 0 });
    expect(verdict.outcome).toBe('mixed');
    expect(verdict.leaders).toEqual(['backend', 'data']);
  });

  it('names a tie of all three as mixed with every hire level', () => {
    const verdict = scoreAnswers([q('one', { backend: 1, data: 1, bridge: 1 })], { one: 'a' });
    expect(verdict.outcome).toBe('mixed');
    expect(verdict.leaders).toHaveLength(3);
  });
});

describe('describing pushes', () => {
  it('lists points in the order of hires, or says there are none', () => {
    expect(describePush({ data: 1, backend: 3 })).toBe('+3 backend, +1 data');
    expect(describePush({ bridge: 2 })).toBe('+2 bridge hire');
    expect(describePush({})).toBe('no push');
    expect(describeTotals({ backend: 1, data: 0, bridge: 2 })).toBe('backend 1, data 0, bridge hire 2');
    expect(describeLeaders(['backend', 'data'])).toBe('backend and data');
    expect(describeLeaders(['data', 'bridge', 'backend'])).toBe('data, bridge hire, backend');
  });
});
