import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterExtension } from './schemas/page';
import { roleSchema } from './schemas/role';
import { comparisonSchema } from './schemas/comparison';
import { glossaryTermSchema } from './schemas/glossary';
import { toolSchema } from './schemas/tool';
import { skillPlanSchema } from './schemas/skills-plan';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: pageFrontmatterExtension }),
  }),
  /** `src/data/roles.yaml`: the roles that comparison tables put side by side, keyed by id. */
  roles: defineCollection({ loader: file('src/data/roles.yaml'), schema: roleSchema }),
  /** `src/data/comparisons/*.yaml`: one comparison table per file; the file name is its id. */
  comparisons: defineCollection({
    loader: glob({ pattern: '*.yaml', base: 'src/data/comparisons' }),
    schema: comparisonSchema,
  }),
  /** `src/data/glossary.yaml`: the glossary's terms, keyed by id (the term's anchor). */
  glossary: defineCollection({ loader: file('src/data/glossary.yaml'), schema: glossaryTermSchema }),
  /** `src/data/tools.yaml`: every tool the guide names, keyed by id (the tool's anchor). */
  tools: defineCollection({ loader: file('src/data/tools.yaml'), schema: toolSchema }),
  /** `src/data/skills-plan.yaml`: what the skills planner adds to each skills-table row, keyed by row id. */
  skillsPlan: defineCollection({ loader: file('src/data/skills-plan.yaml'), schema: skillPlanSchema }),
};
