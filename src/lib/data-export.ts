import type { Comparison } from '../schemas/comparison';
import type { Role } from '../schemas/role';
import { rowAnchor, tableAnchor } from './paths';

/** Version of the published JSON shape; bumped only on a breaking change. */
export const DATA_FORMAT_VERSION = 1;

/** `/data/roles.json`: the roles, as written in `src/data/roles.yaml`. */
export function exportRoles(roles: readonly Role[]) {
  return { version: DATA_FORMAT_VERSION, roles: roles.map((role) => ({ ...role })) };
}

/** `/data/comparisons.json`: every table with, per row, the stable anchor and the page URL to link to. */
export function exportComparisons(tables: readonly Comparison[]) {
  return {
    version: DATA_FORMAT_VERSION,
    tables: [...tables]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((table) => ({
        id: table.id,
        title: table.title,
        description: table.description,
        page: table.page,
        anchor: tableAnchor(table.id),
        url: `${table.page}#${tableAnchor(table.id)}`,
        roles: table.roles,
        defaultRoles: table.defaultRoles,
        asOf: table.asOf.toISOString().slice(0, 10),
        sources: table.sources,
        rows: table.rows.map((row) => {
          const anchor = rowAnchor(table.id, row.id);
          return {
            id: row.id,
            anchor,
            url: `${table.page}#${anchor}`,
            aspect: row.aspect,
            cells: row.cells,
            ...(row.note ? { note: row.note } : {}),
          };
        }),
      })),
  };
}
