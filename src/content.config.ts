import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterExtension } from './schemas/page';
import { roleSchema } from './schemas/role';
import { comparisonSchema } from './schemas/comparison';
import { readingPathSchema } from './schemas/path';
import { glossaryTermSchema } from './schemas/glossary';
import { toolSchema } from './schemas/tool';

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
  /** `src/data/paths/*.yaml`: one reading path per file; the file name is its id and URL. */
  paths: defineCollection({
    loader: glob({ pattern: '*.yaml', base: 'src/data/paths' }),
    schema: readingPathSchema,
  }),
  /** `src/data/glossary.yaml`: the glossary's terms, keyed by id (the term's anchor). */
  glossary: defineCollection({ loader: file('src/data/glossary.yaml'), schema: glossaryTermSchema }),
  /** `src/data/tools.yaml`: every tool the guide names, keyed by id (the tool's anchor). */
  tools: defineCollection({ loader: file('src/data/tools.yaml'), schema: toolSchema }),
};
