import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterExtension } from './schemas/page';
import { roleSchema } from './schemas/role';
import { comparisonSchema } from './schemas/comparison';
import { readingPathSchema } from './schemas/path';
import { glossaryTermSchema } from './schemas/glossary';
import { toolSchema } from './schemas/tool';
import { load } from 'js-yaml';
import { hiringOutcomeSchema, hiringQuestionSchema, inFileOrder } from './schemas/which-role-next';
import { worksheetAssetSchema } from './schemas/ownership-worksheet';
import { HIRING_OUTCOMES_FILE, HIRING_QUESTIONS_FILE, WORKSHEET_FILE } from './lib/paths';
import { skillPlanSchema } from './schemas/skills-plan';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: pageFrontmatterExtension }),
  }),
  /**
   * `src/content/i18n/en.json`: the few interface strings the guide words differently from
   * Starlight. Heading links are named at build time, so no page rewrites their text after load.
   */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  /** `src/data/roles.yaml`: the roles that comparison tables put side by side, keyed by id. */
  roles: defineCollection({ loader: file('src/data/roles.yaml'), schema: roleSchema }),
  /** `src/data/comparisons/*.yaml`: one comparison table per file; the file name is its id. */
  comparisons: defineCollection({
    loader: glob({ pattern: '*.yaml', base: 'src/data/comparisons' }),
    schema: comparisonSchema,
  }),
  /** `src/data/paths/*.yaml`: one reading path per file; the file name is its id and URL. */
  paths: defineCollection({
    loader: glob({ pattern: '*.yaml', base: 'src/data/paths' }),
    schema: readingPathSchema,
  }),
  /** `src/data/glossary.yaml`: the glossary's terms, keyed by id (the term's anchor). */
  glossary: defineCollection({ loader: file('src/data/glossary.yaml'), schema: glossaryTermSchema }),
  /** `src/data/tools.yaml`: every tool the guide names, keyed by id (the tool's anchor). */
  tools: defineCollection({ loader: file('src/data/tools.yaml'), schema: toolSchema }),
  /** The questions of "Which role should we hire next?", in the order asked, keyed by id. */
  hiringQuestions: defineCollection({
    loader: file(HIRING_QUESTIONS_FILE, {
      parser: (text) => inFileOrder(load(text)) as Record<string, unknown>[],
    }),
    schema: hiringQuestionSchema,
  }),
  /** What that tool says for each outcome (backend, data, bridge, mixed). */
  hiringOutcomes: defineCollection({ loader: file(HIRING_OUTCOMES_FILE), schema: hiringOutcomeSchema }),
  /** The ownership worksheet's risk and section for each row of the ownership matrix, keyed by row id. */
  ownershipWorksheet: defineCollection({ loader: file(WORKSHEET_FILE), schema: worksheetAssetSchema }),
  /** `src/data/skills-plan.yaml`: what the skills planner adds to each skills-table row, keyed by row id. */
  skillsPlan: defineCollection({ loader: file('src/data/skills-plan.yaml'), schema: skillPlanSchema }),
};
