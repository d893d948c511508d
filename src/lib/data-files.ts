import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { comparisonSchema, type Comparison } from '../schemas/comparison';
import { rolesFileSchema, type Role } from '../schemas/role';
import { formatTableIssues } from './data-errors';
import { parseOrThrow } from './schema-errors';

export const ROLES_FILE = 'src/data/roles.yaml';
export const COMPARISONS_DIR = 'src/data/comparisons';

function readYaml(file: string): unknown {
  try {
    return load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
  }
}

/** Validates one comparison table; the error names file, table id, row id and field. */
export function parseComparison(file: string, raw: unknown): Comparison {
  const result = comparisonSchema.safeParse(raw);
  if (!result.success) throw new Error(formatTableIssues(file, raw, result.error.issues));
  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (result.data.id !== expected) {
    throw new Error(
      `${file}: table "${result.data.id}", field \`id\`: must equal the file name "${expected}"`,
    );
  }
  return result.data;
}

/** Validates the roles file; ids must be unique. */
export function parseRoles(file: string, raw: unknown): Role[] {
  const roles = parseOrThrow(rolesFileSchema, raw, file);
  const seen = new Set<string>();
  roles.forEach((role, i) => {
    if (seen.has(role.id))
      throw new Error(`${file}: role "${role.id}", field \`[${i}].id\`: duplicate role id`);
    seen.add(role.id);
  });
  return roles;
}

export function readRoles(file = ROLES_FILE): Role[] {
  return parseRoles(file, readYaml(file));
}

/** Reads and validates every table in `dir`, in file-name order. */
export function readComparisons(dir = COMPARISONS_DIR): Comparison[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return parseComparison(file, readYaml(file));
    });
}
