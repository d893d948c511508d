import { z } from 'astro/zod';
import { kebabId, sourceSchema } from './page';
import { sectionRef } from './section-ref';

/**
 * What the skills planner adds to one row of the skills table: an entry of
 * `src/data/skills-plan.yaml`, keyed by the row's id. The skill's name and how well it carries over
 * stay in the table; checks across files (row exists, phase and sections exist) are in
 * src/lib/decide/skills-plan-data.ts.
 */
export const skillPlanSchema = z
  .object({
    /** Id of the phase heading (a `###` under `#learning-plan` on the table's page) where the skill is learned. */
    phase: kebabId,
    /** What "good enough" looks like: one or two plain sentences a reader can check themselves against. */
    goodEnough: z.string().min(40).max(400),
    /** Sections of the guide that explain the skill, most useful first. */
    sections: z.array(sectionRef).min(1).max(3),
    /** Named public resources: official documentation or well-known books, each real and exactly named. */
    resources: z.array(sourceSchema).min(1).max(3),
  })
  .strict();
export type SkillPlan = z.infer<typeof skillPlanSchema>;

/** The whole file: entries keyed by row id, as unit tests read it (the build reads it with `file()`). */
export const skillsPlanFileSchema = z.record(kebabId, skillPlanSchema);
