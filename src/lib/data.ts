/**
 * Data access for the typed data in `src/data/`: the only reader of the `roles` and `comparisons`
 * collections, which Astro's `file()` and `glob()` loaders fill and the schemas validate once.
 * Entries come back with their ids (the file name for a table, the key for a row).
 */
import { getCollection } from 'astro:content';
import type { Comparison } from '../schemas/comparison';
import type { Role } from '../schemas/role';
import { ROLE_IDS, type RoleId } from '../schemas/taxonomy';
import { COMPARISONS_DIR, ROLES_FILE, comparisonFile } from './paths';

/** Every role, in the guide's order of roles (`ROLE_IDS`). */
export async function allRoles(): Promise<Role[]> {
  return (await getCollection('roles'))
    .map((entry) => entry.data)
    .sort((a, b) => ROLE_IDS.indexOf(a.id) - ROLE_IDS.indexOf(b.id));
}

/** Every comparison table, in file-name order. */
export async function allComparisons(): Promise<Comparison[]> {
  return (await getCollection('comparisons'))
    .map((entry) => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface ComparisonIndex {
  tables: Map<string, Comparison>;
  roles: Map<RoleId, Role>;
}

let index: Promise<ComparisonIndex> | undefined;

/** Loads both collections once per build and indexes them by id. */
export function loadComparisonIndex(): Promise<ComparisonIndex> {
  index ??= (async () => {
    const [tables, roles] = await Promise.all([allComparisons(), allRoles()]);
    return {
      tables: new Map(tables.map((table) => [table.id, table])),
      roles: new Map(roles.map((role) => [role.id, role])),
    };
  })();
  return index;
}

/** The table's roles as full records, in the table's order; throws naming the table and the missing role. */
export function rolesOf(table: Comparison, roles: ReadonlyMap<RoleId, Role>): Role[] {
  return table.roles.map((id) => {
    const role = roles.get(id);
    if (!role)
      throw new Error(`${comparisonFile(table.id)}: field \`roles\`: "${id}" is not in ${ROLES_FILE}`);
    return role;
  });
}

/** One table and its roles, ready for the pure table component. */
export async function getComparison(id: string): Promise<{ table: Comparison; roles: Role[] }> {
  const { tables, roles } = await loadComparisonIndex();
  const table = tables.get(id);
  if (!table) {
    throw new Error(
      `<Comparison id="${id}">: no table with this id in ${COMPARISONS_DIR}/. Known ids: ${[...tables.keys()].sort().join(', ')}`,
    );
  }
  return { table, roles: rolesOf(table, roles) };
}
