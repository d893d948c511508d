import { z } from 'astro/zod';
import { kebabId, sourceSchema } from './page';
import { ROLE_IDS, type RoleId } from './taxonomy';

/** Suffixes the table component uses for its own anchors (`<table>--table`, `--caption`, `--roles`). */
export const RESERVED_ROW_IDS = ['table', 'caption', 'roles', 'roles-hint'];

/** What one role looks like for one aspect of a comparison. */
export const cellSchema = z
  .object({
    /** The short answer shown in the table: a phrase or one sentence. */
    text: z.string().min(2).max(200),
    /** Optional longer explanation, shown under the short answer. */
    detail: z.string().min(2).max(600).optional(),
  })
  .strict();
export type Cell = z.infer<typeof cellSchema>;

/** One row: an aspect compared across the table's roles. */
export const rowSchema = z
  .object({
    /** Stable kebab-case id; with the table id it forms the row's link anchor. Never renamed. */
    id: kebabId.refine((id) => !RESERVED_ROW_IDS.includes(id), {
      message: `is reserved for the table itself (${RESERVED_ROW_IDS.join(', ')})`,
    }),
    /** What is being compared, e.g. "Primary focus". Shown as the row header. */
    aspect: z.string().min(2).max(80),
    /** One cell per role the table declares, keyed by role id. */
    cells: z.partialRecord(z.enum(ROLE_IDS), cellSchema),
    /** Optional caveat that applies to the whole row. */
    note: z.string().min(2).max(400).optional(),
  })
  .strict();
export type Row = z.infer<typeof rowSchema>;

/** One comparison table: a file in `src/data/comparisons/`. */
export const comparisonSchema = z
  .object({
    /** Stable kebab-case id, equal to the file name; used by `<Comparison id="...">` and in anchors. */
    id: kebabId,
    /** Table title, used as its caption. */
    title: z.string().min(3).max(100),
    /** The page that shows this table, root-relative (`/differences/testing/`); the table's canonical home. */
    page: z
      .string()
      .regex(/^\/[a-z0-9/-]*\/$/, 'must be a root-relative page path like /differences/testing/'),
    /** One or two sentences saying what the table compares. */
    description: z.string().min(20).max(300),
    /** Every role that has a cell in every row. At least two. */
    roles: z.array(z.enum(ROLE_IDS)).min(2),
    /** Roles shown when the reader has not chosen any; a subset of `roles`, at least two. */
    defaultRoles: z.array(z.enum(ROLE_IDS)).min(2),
    /** Date the content was last checked against its sources, `YYYY-MM-DD`. */
    asOf: z.coerce.date(),
    /** Public sources behind the rows. */
    sources: z.array(sourceSchema).min(1),
    /** The rows, in display order. */
    rows: z.array(rowSchema).min(1),
  })
  .strict()
  .superRefine((table, ctx) => {
    const declared = new Set<RoleId>(table.roles);
    table.defaultRoles.forEach((role, i) => {
      if (!declared.has(role)) {
        ctx.addIssue({
          code: 'custom',
          path: ['defaultRoles', i],
          message: `"${role}" is not in the table's roles`,
        });
      }
    });
    const seen = new Set<string>();
    table.rows.forEach((row, i) => {
      if (seen.has(row.id))
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'id'], message: `duplicate row id "${row.id}"` });
      seen.add(row.id);
      for (const role of table.roles) {
        if (!row.cells[role]) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'cells', role],
            message: `missing cell for declared role "${role}"`,
          });
        }
      }
      for (const role of Object.keys(row.cells) as RoleId[]) {
        if (!declared.has(role)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'cells', role],
            message: `cell for "${role}", which the table does not declare in roles`,
          });
        }
      }
    });
  });
export type Comparison = z.infer<typeof comparisonSchema>;
