import { z } from 'astro/zod';
import { kebabId } from './page';
import { sectionRef } from './section-ref';
import { LEANS } from '../lib/decide/which-role-next';

/** One possible answer to a question, with the way it pushes the result and why. */
export const hiringAnswerSchema = z
  .object({
    /** Permanent kebab-case id, unique within its question: it is the value in shared links. */
    id: kebabId,
    /** The answer as the reader sees it beside its radio button. */
    label: z.string().min(2).max(120),
    /**
     * Points toward each hire, 1 to 3 (3: the guide treats this as a deciding sign). A hire left
     * out gets none; an answer with no `push` at all moves nothing and says so.
     */
    push: z.partialRecord(z.enum(LEANS), z.number().int().min(1).max(3)).default({}),
    /** One sentence: why this answer pushes that way, in the guide's reasoning. */
    why: z.string().min(20).max(240),
    /** The section of the guide that explains the reasoning (`/page/#section-id`). */
    see: sectionRef,
  })
  .strict();
export type HiringAnswer = z.infer<typeof hiringAnswerSchema>;

/** One question of "Which role should we hire next?": an entry of `src/data/which-role-next/questions.yaml`. */
export const hiringQuestionSchema = z
  .object({
    /** Permanent kebab-case id: the question's key in shared links (`?stage=mvp`). */
    id: kebabId,
    /**
     * The question's place in the file, added by the loader (`inFileOrder`), not written in YAML:
     * collections hand entries out by id, and the questions are asked in the order written.
     */
    position: z.number().int().min(0),
    /** The question as asked, ending with a question mark. */
    question: z.string().min(10).max(140).regex(/\?$/, 'must end with a question mark'),
    /** Optional hint under the question: what evidence to answer from. */
    hint: z.string().min(10).max(240).optional(),
    /** The answers, in the order shown; at least two, ids unique. */
    answers: z
      .array(hiringAnswerSchema)
      .min(2)
      .max(5)
      .superRefine((answers, ctx) => {
        const seen = new Set<string>();
        answers.forEach((answer, i) => {
          if (seen.has(answer.id))
            ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${answer.id}" is used twice` });
          seen.add(answer.id);
        });
      }),
  })
  .strict();
export type HiringQuestion = z.infer<typeof hiringQuestionSchema>;

/** A YAML list with each entry's place in it as `position`, for the loader and the test reader alike. */
export function inFileOrder(entries: unknown): unknown {
  return Array.isArray(entries)
    ? entries.map((entry, position) => (entry && typeof entry === 'object' ? { ...entry, position } : entry))
    : entries;
}

/** What the tool says for one outcome: an entry of `src/data/which-role-next/outcomes.yaml`. */
export const hiringOutcomeSchema = z
  .object({
    /** `backend`, `data`, `bridge` (the three hires) or `mixed` (no clear lead). */
    id: z.enum([...LEANS, 'mixed']),
    /** The hire as the result names it, e.g. "A data engineer". */
    title: z.string().min(3).max(80),
    /** Two or three sentences: what this result means and what to do before hiring. */
    summary: z.string().min(40).max(500),
    /** Exactly three sections of the guide to read next, most useful first. */
    readNext: z.array(sectionRef).length(3),
  })
  .strict();
export type HiringOutcome = z.infer<typeof hiringOutcomeSchema>;
