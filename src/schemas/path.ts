import { z } from 'astro/zod';
import { sourceSchema } from './page';
import { sectionRef } from './section-ref';
import { AUDIENCES, ROLE_IDS } from './taxonomy';

/** Fewest and most steps a path may have: enough to be a path, few enough to finish. */
export const MIN_STEPS = 5;
export const MAX_STEPS = 10;

/** One step of a reading path: a page or one of its sections, and why to read it at this point. */
export const pathStepSchema = z
  .object({
    /**
     * What to read: a whole page (`/boundary/data-contracts/`) or one of its sections
     * (`/boundary/data-contracts/#who-owns-it`). It must be a published link in `links.lock.json`;
     * the build fails, naming the path file and the step, when it no longer resolves.
     */
    read: sectionRef,
    /** One sentence saying why this reader should read it now. Shown under the step's link. */
    why: z
      .string()
      .min(20)
      .max(240)
      .regex(/^[^\n]*[.?!]$/, 'must be one sentence ending in ".", "?" or "!"')
      .refine((text) => !/[.?!]\s+[A-Z]/.test(text), 'must be one sentence, not several'),
  })
  .strict();
export type PathStep = z.infer<typeof pathStepSchema>;

/**
 * One reading path: a file in `src/data/paths/`, whose name is the path's permanent id and URL
 * (`/paths/<id>/`). Reading times are not written here: the build counts each step's words.
 */
export const readingPathSchema = z
  .object({
    /** The path's name, e.g. "A new data engineer's first two weeks". The page's title. */
    title: z.string().min(10).max(80),
    /** Who the path is for, in one sentence. Shown under the title. */
    audience: z.string().min(20).max(200),
    /** What the reader can do after the last step. Also the page's description in search and link previews. */
    goal: z.string().min(40, 'must be at least 40 characters').max(240, 'must be at most 240 characters'),
    /** Reader groups, as pages declare them: the search filter and link-preview audience. */
    readers: z.array(z.enum(AUDIENCES)).min(1),
    /** Roles the path is about, for the search filter. */
    roles: z.array(z.enum(ROLE_IDS)).min(1),
    /** Position on the list of paths (`/paths/`), from 1. */
    order: z.number().int().min(1),
    /** Date a person last checked the steps against the pages they point to. */
    lastReviewed: z.coerce.date(),
    /** Public sources behind the choice of steps; shown on the path page like a page's sources. */
    sources: z.array(sourceSchema).min(1),
    /** The steps, in reading order. A page or section appears once. */
    steps: z
      .array(pathStepSchema)
      .min(MIN_STEPS, `needs at least ${MIN_STEPS} steps`)
      .max(MAX_STEPS, `has more than ${MAX_STEPS} steps; split it into two paths`)
      .superRefine((steps, ctx) => {
        const seen = new Map<string, number>();
        steps.forEach((step, i) => {
          const first = seen.get(step.read);
          if (first !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [i, 'read'],
              message: `${step.read} is already step ${first + 1}`,
            });
          else seen.set(step.read, i);
        });
      }),
  })
  .strict();
/** A path as its file states it, with its id (the file name). */
export type ReadingPathData = z.infer<typeof readingPathSchema> & { id: string };
