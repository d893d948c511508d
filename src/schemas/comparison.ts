import { z } from 'astro/zod';
import { kebabId, sourceSchema } from './page';
import { ROLE_IDS, type RoleId } from './taxonomy';

/** Suffixes of ids the table component gives its own elements (`<table>--table`, `--caption`, `--roles`, `--roles-hint`): a row id never takes one. */
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

/** One row: an aspect compared across the table's roles. Its id is its key under `rows`. */
export const rowSchema = z
  .object({
    /** What is being compared, e.g. "Primary focus". Shown as the row header. */
    aspect: z.string().min(2).max(80),
    /** One cell per role the table declares, keyed by role id. */
    cells: z.partialRecord(z.enum(ROLE_IDS), cellSchema),
    /** Optional caveat that applies to the whole row. */
    note: z.string().min(2).max(400).optional(),
  })
  .strict();
/** A row with its id, as components and the published JSON see it. */
export type Row = z.infer<typeof rowSchema> & { id: string };

/** A row id: kebab-case and permanent; with the table id it forms the row's link anchor. */
const rowId = kebabId.refine((id) => !RESERVED_ROW_IDS.includes(id), {
  message: `is reserved for the table itself (${RESERVED_ROW_IDS.join(', ')})`,
});

/** Checks each row's key as a row id; zod's own key errors would not say which rule failed. */
function checkRowIds(rows: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const id of Object.keys(rows)) {
    const result = rowId.safeParse(id);
    for (const issue of result.error?.issues ?? [])
      ctx.addIssue({ code: 'custom', path: [id], message: issue.message });
  }
  if (Object.keys(rows).length === 0)
    ctx.addIssue({ code: 'custom', path: [], message: 'needs at least one row' });
}

/**
 * One comparison table: a file in `src/data/comparisons/`, whose name is the table's permanent id
 * (used by `<Comparison id="...">` and in anchors).
 */
export const comparisonSchema = z
  .object({
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
    /**
     * The rows, in display order, keyed by their permanent kebab-case id, so every validation
     * message names the row (`rows.unit-tests.cells.sre`). Read back as a list with ids.
     */
    rows: z
      .record(z.string(), rowSchema)
      .superRefine(checkRowIds)
      .transform((rows): Row[] => Object.entries(rows).map(([id, row]) => ({ id, ...row }))),
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
    // Rows that failed their own checks are not read back as a list; their errors are reported already.
    if (!Array.isArray(table.rows)) return;
    for (const row of table.rows) {
      for (const role of table.roles) {
        if (!row.cells[role]) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', row.id, 'cells', role],
            message: `missing cell for declared role "${role}"`,
          });
        }
      }
      for (const role of Object.keys(row.cells) as RoleId[]) {
        if (!declared.has(role)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', row.id, 'cells', role],
            message: `cell for "${role}", which the table does not declare in roles`,
          });
        }
      }
    }
  });
/** A table with its id (its file name), as the data layer hands it out. */
export type Comparison = z.infer<typeof comparisonSchema> & { id: string };
