import { z } from 'astro/zod';
import { kebabId } from './page';
import { sectionRef } from './section-ref';
import { ROLE_IDS } from './taxonomy';

/** Tool categories, in the order the tools page lists them. */
export const TOOL_CATEGORIES = [
  'languages',
  'frameworks',
  'apis',
  'operational-databases',
  'warehouses',
  'lake-formats',
  'processing',
  'orchestration',
  'streaming',
  'ingestion',
  'quality-and-lineage',
  'bi',
  'ml',
  'infrastructure',
  'observability',
  'security',
  'testing',
] as const;
export type ToolCategory = (typeof TOOL_CATEGORIES)[number];

/** Category headings on the tools page; the category id is the heading's permanent anchor. */
export const TOOL_CATEGORY_TITLES: Record<ToolCategory, string> = {
  languages: 'Programming languages and runtimes',
  frameworks: 'Application frameworks',
  apis: 'API styles',
  'operational-databases': 'Operational databases and caches',
  warehouses: 'Analytical warehouses',
  'lake-formats': 'Lake storage and table formats',
  processing: 'Processing and transformation',
  orchestration: 'Workflow orchestration',
  streaming: 'Event streaming',
  ingestion: 'Ingestion and change data capture',
  'quality-and-lineage': 'Data quality and lineage',
  bi: 'Business intelligence',
  ml: 'Machine learning',
  infrastructure: 'Containers, clusters and traffic',
  observability: 'Observability',
  security: 'Security and access',
  testing: 'Testing',
};

/** One tool the guide names: an entry of `src/data/tools.yaml`. */
export const toolSchema = z
  .object({
    /** Permanent kebab-case id: the tool's anchor on the tools page (`/reference/tools/#<id>`). */
    id: kebabId,
    /** The tool's name as its makers write it, e.g. "PostgreSQL". */
    name: z.string().min(1).max(60),
    /** Other names the guide uses for it ("Postgres", "Kafka Connect"); matched in prose like the name. */
    aliases: z.array(z.string().min(2)).default([]),
    /** The category it is listed under on the tools page. */
    category: z.enum(TOOL_CATEGORIES),
    /** What kind of thing it is, in a few words: "relational database", "workflow orchestrator". */
    kind: z.string().min(3).max(80),
    /** Official site or documentation. */
    url: z.url(),
    /** For each role that uses it, one sentence on what that role uses it for. At least one role. */
    uses: z
      .partialRecord(z.enum(ROLE_IDS), z.string().min(20).max(300))
      .refine((uses) => Object.keys(uses).length > 0, 'name at least one role and what it uses the tool for'),
    /** Sections of the guide that discuss it; each must mention it (checked at build). */
    discussedIn: z.array(sectionRef).min(1),
  })
  .strict();
export type Tool = z.infer<typeof toolSchema>;
