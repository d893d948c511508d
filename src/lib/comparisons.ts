import { getCollection } from 'astro:content';
import type { Comparison } from '../schemas/comparison';
import type { Role } from '../schemas/role';
import type { RoleId } from '../schemas/taxonomy';

export interface ComparisonIndex {
  tables: Map<string, Comparison>;
  roles: Map<RoleId, Role>;
}

let index: Promise<ComparisonIndex> | undefined;

/** Loads both collections once per build and indexes them by id. */
export function loadComparisonIndex(): Promise<ComparisonIndex> {
  index ??= (async () => {
    const [tables, roles] = await Promise.all([getCollection('comparisons'), getCollection('roles')]);
    return {
      tables: new Map(tables.map((entry) => [entry.id, entry.data])),
      roles: new Map(roles.map((entry) => [entry.data.id, entry.data])),
    };
  })();
  return index;
}

/** The table's roles as full records, in the table's order; throws naming the table and the missing role. */
export function rolesOf(table: Comparison, roles: ReadonlyMap<RoleId, Role>): Role[] {
  return table.roles.map((id) => {
    const role = roles.get(id);
    if (!role)
      throw new Error(
        `src/data/comparisons/${table.id}.yaml: table "${table.id}", field \`roles\`: "${id}" is not in src/data/roles.yaml`,
      );
    return role;
  });
}

/** One table and its roles, ready for the pure table component. */
export async function getComparison(id: string): Promise<{ table: Comparison; roles: Role[] }> {
  const { tables, roles } = await loadComparisonIndex();
  const table = tables.get(id);
  if (!table) {
    throw new Error(
      `<Comparison id="${id}">: no table with this id in src/data/comparisons/. Known ids: ${[...tables.keys()].sort().join(', ')}`,
    );
  }
  return { table, roles: rolesOf(table, roles) };
}
