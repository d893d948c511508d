import { z } from 'astro/zod';
import { AUDIENCES, PAGE_TYPES, ROLE_IDS, TOPIC_AREAS } from './taxonomy';

/** A kebab-case identifier: lower-case letters and digits separated by single hyphens. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

/** One public source a page relies on. */
export const sourceSchema = z
  .object({
    /** Title of the work, page or dataset. */
    title: z.string().min(3),
    /** Who published or wrote it (organisation or author). */
    publisher: z.string().min(2),
    /** Public address, when it has one. Books may omit it. */
    url: z.url().optional(),
    /**
     * Publication date, or the date the source was consulted: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
     * YAML reads an unquoted `2017` as a number and `2017-05-01` as a date; both are accepted.
     */
    date: z.preprocess(
      (value) =>
        value instanceof Date
          ? value.toISOString().slice(0, 10)
          : typeof value === 'number'
            ? String(value)
            : value,
      z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    ),
    /** What the page takes from this source, in a few words. */
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/**
 * Fields every guide page adds to Starlight's own frontmatter.
 * Strict so that a misspelt key (`lastReviwed`) fails the build instead of vanishing.
 */
export const pageFrontmatterExtension = z
  .object({
    /** One or two sentences: what question the page answers. Used in search results and link previews. */
    description: z
      .string()
      .min(40, 'must be at least 40 characters')
      .max(240, 'must be at most 240 characters'),
    /** Readers the page is written for. */
    audience: z.array(z.enum(AUDIENCES)).min(1),
    /** Sidebar group and search filter. */
    area: z.enum(TOPIC_AREAS),
    /** Roles the page discusses, for filtering. */
    roles: z.array(z.enum(ROLE_IDS)).min(1),
    /** Kind of page, for filtering. */
    pageType: z.enum(PAGE_TYPES).default('guide'),
    /** Date a person last checked the page against its sources. */
    lastReviewed: z.coerce.date(),
    /**
     * Old section ids that must keep working, mapped to the id that now holds their content:
     * `{ old-id: new-id }`. The build places each old id on the new target (see README, "Link contract").
     */
    anchorAliases: z.record(kebabId, kebabId).optional(),
    /** Public sources behind the page's facts; at least one. */
    sources: z.array(sourceSchema).min(1),
  })
  .strict();
export type PageFrontmatterExtension = z.infer<typeof pageFrontmatterExtension>;
