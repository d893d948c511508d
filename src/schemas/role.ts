import { z } from 'astro/zod';
import { ROLE_IDS } from './taxonomy';

/** One role the guide compares: an entry of `src/data/roles.yaml`. */
export const roleSchema = z
  .object({
    /** Stable kebab-case id, used in `?compare=` URLs and in comparison cells. Never renamed. */
    id: z.enum(ROLE_IDS),
    /** Full name as a column header, e.g. "Backend engineer". */
    name: z.string().min(2).max(40),
    /** Short name for narrow columns and the role chooser, e.g. "Backend". */
    shortName: z.string().min(2).max(20),
    /** One sentence saying what the role is for. */
    description: z.string().min(20).max(200),
    /** Root-relative link to the page (or section) that explains the role. */
    page: z
      .string()
      .regex(
        /^\/[a-z0-9/-]*\/(#[a-z0-9-]+)?$/,
        'must be a root-relative path like /the-roles/backend-engineering/',
      ),
  })
  .strict();
export type Role = z.infer<typeof roleSchema>;

/**
 * The whole roles file: a list, one entry per role id (Astro's `file()` loader takes each entry's
 * `id`; a duplicate fails the data test that every role appears once).
 */
export const rolesFileSchema = z.array(roleSchema).min(2);
