import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterExtension } from './schemas/page';
import { roleSchema } from './schemas/role';
import { comparisonSchema } from './schemas/comparison';
import { comparisonsLoader, rolesLoader } from './lib/loaders';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: pageFrontmatterExtension }),
  }),
  /** `src/data/roles.yaml`: the roles that comparison tables put side by side. */
  roles: defineCollection({ loader: rolesLoader(), schema: roleSchema }),
  /** `src/data/comparisons/*.yaml`: one comparison table per file. */
  comparisons: defineCollection({ loader: comparisonsLoader(), schema: comparisonSchema }),
};
