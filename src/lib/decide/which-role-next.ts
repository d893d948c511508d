/**
 * "Which role should we hire next?": the scoring rule, shared by the page (its hand-scoring table),
 * the island (the live result) and the unit tests. Pure: it reads the questions as data
 * (src/data/which-role-next/) and the reader's answers as a `State` from the URL.
 */
import type { Field, State } from './url-state';

/** The hires the tool weighs: a backend engineer, a data engineer, or a bridge hire between them. */
export const LEANS = ['backend', 'data', 'bridge'] as const;
export type Lean = (typeof LEANS)[number];
export type Outcome = Lean | 'mixed';

/**
 * A lead smaller than this many points is reported as mixed: one strong answer (3 points) is the
 * least that separates two hires, so a closer race is the answers disagreeing, not a winner.
 */
export const MIXED_MARGIN = 3;

export type Push = Partial<Record<Lean, number>>;

/** A question as the tool uses it; the schema's type, with links resolved to titles for display. */
export interface ToolQuestion {
  id: string;
  question: string;
  hint?: string | undefined;
  answers: { id: string; label: string; push: Push; why: string; see: string; seeTitle: string }[];
}

export interface ToolOutcome {
  id: Outcome;
  title: string;
  summary: string;
  readNext: { href: string; title: string }[];
}

/** Everything the page and the island need, built once from the data. */
export interface ToolModel {
  questions: ToolQuestion[];
  outcomes: ToolOutcome[];
}

export interface Verdict {
  /** The hire with a clear lead, `mixed` when none has one, or undefined before any answer. */
  outcome: Outcome | undefined;
  totals: Record<Lean, number>;
  /** Hires within the margin of the top score, highest first; one when there is a clear lead. */
  leaders: Lean[];
  /** The reader's answers in question order, each with its question. */
  answers: { question: ToolQuestion; answer: ToolQuestion['answers'][number] }[];
  /** How many questions there are. */
  total: number;
}

/** The URL fields of the questions: one per question, its answer ids as the allowed values. */
export function questionFields(questions: readonly ToolQuestion[]): Field[] {
  return questions.map((q) => ({ key: q.id, options: q.answers.map((a) => a.id) }));
}

/** Adds up the answers given; unknown answers (already dropped by readState) count as unanswered. */
export function scoreAnswers(questions: readonly ToolQuestion[], state: State): Verdict {
  const totals: Record<Lean, number> = { backend: 0, data: 0, bridge: 0 };
  const answers: Verdict['answers'] = [];
  for (const question of questions) {
    const answer = question.answers.find((a) => a.id === state[question.id]);
    if (!answer) continue;
    answers.push({ question, answer });
    for (const lean of LEANS) totals[lean] += answer.push[lean] ?? 0;
  }
  const ranked = [...LEANS].sort((a, b) => totals[b] - totals[a]);
  const top = totals[ranked[0] ?? 'backend'];
  const leaders = ranked.filter((lean) => top > 0 && top - totals[lean] < MIXED_MARGIN);
  const outcome: Outcome | undefined =
    answers.length === 0 ? undefined : leaders.length === 1 ? leaders[0] : 'mixed';
  return { outcome, totals, leaders, answers, total: questions.length };
}

const LEAN_LABELS: Record<Lean, string> = { backend: 'backend', data: 'data', bridge: 'bridge hire' };

/** "+3 backend, +1 data", or "no push" for an answer that moves nothing. */
export function describePush(push: Push): string {
  const parts = LEANS.filter((lean) => push[lean]).map((lean) => `+${push[lean]} ${LEAN_LABELS[lean]}`);
  return parts.length > 0 ? parts.join(', ') : 'no push';
}

/** "backend and data": the hires that are level, for the mixed result's explanation. */
export function describeLeaders(leaders: readonly Lean[]): string {
  return leaders.map((lean) => LEAN_LABELS[lean]).join(leaders.length > 2 ? ', ' : ' and ');
}

/** "backend 7, data 3, bridge hire 0": the totals in the fixed order of hires. */
export function describeTotals(totals: Record<Lean, number>): string {
  return LEANS.map((lean) => `${LEAN_LABELS[lean]} ${totals[lean]}`).join(', ');
}
