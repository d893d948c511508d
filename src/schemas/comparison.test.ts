import { describe, expect, it } from 'vitest';
import { comparisonSchema } from './comparison';
import { rolesFileSchema } from './role';
import { parseOrThrow } from '../lib/schema-errors';
import { readComparison, readYaml } from '../lib/data-files';

const FIXTURES = 'src/schemas/fixtures/comparisons';
const errorOf = (name: string, change: (raw: Record<string, unknown>) => unknown = (raw) => raw): string => {
  const file = `${FIXTURES}/${name}.yaml`;
  try {
    parseOrThrow(comparisonSchema, change(readYaml(file) as Record<string, unknown>), file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was expected to fail`);
};

describe('comparison schema', () => {
  it('accepts a valid table and reads its rows back as a list with ids, the file name as table id', () => {
    const table = readComparison(`${FIXTURES}/valid-table.yaml`);
    expect(table.id).toBe('valid-table');
    expect(table.rows.map((row) => row.id)).toEqual(['first-row']);
    expect(table.rows[0]?.cells['data-engineer']?.detail).toBe('Over whole partitions.');
    expect(table.asOf).toEqual(new Date('2026-11-26'));
  });

  it('names file, row and field when a row lacks a cell for a declared role', () => {
    expect(errorOf('missing-cell')).toBe(
      `${FIXTURES}/missing-cell.yaml: field \`rows.gap-row.cells.sre\`: missing cell for declared role "sre"`,
    );
  });

  it('names the row for unknown keys and missing fields', () => {
    const message = errorOf('bad-row-field');
    expect(message).toContain(`${FIXTURES}/bad-row-field.yaml: field \`rows.misspelt.aspect\``);
    expect(message).toContain('(unknown key: aspekt)');
  });

  it('names the row and role of a cell for a role the table does not declare', () => {
    const message = errorOf('bad-row-field', (raw) => {
      const rows = raw['rows'] as Record<string, { aspekt?: string }>;
      const { aspekt, ...row } = rows['misspelt'] ?? {};
      return { ...raw, rows: { misspelt: { ...row, aspect: aspekt } } };
    });
    expect(message).toBe(
      `${FIXTURES}/bad-row-field.yaml: field \`rows.misspelt.cells.ml-engineer\`: cell for "ml-engineer", which the table does not declare in roles`,
    );
  });

  it('rejects default roles outside the table', () => {
    expect(
      errorOf('valid-table', (raw) => ({ ...raw, defaultRoles: ['backend-engineer', 'sre'] })),
    ).toContain('field `defaultRoles[1]`: "sre" is not in the table\'s roles');
  });

  it("rejects a row id that would collide with the table's own anchors, and a table with no rows", () => {
    const rows = (raw: Record<string, unknown>) => (raw['rows'] as Record<string, unknown>)['first-row'];
    expect(errorOf('valid-table', (raw) => ({ ...raw, rows: { table: rows(raw) } }))).toContain(
      'field `rows.table`: is reserved for the table itself',
    );
    expect(errorOf('valid-table', (raw) => ({ ...raw, rows: {} }))).toContain(
      'field `rows`: needs at least one row',
    );
  });

  it('rejects a duplicated row id when the file is read', () => {
    expect(() => readYaml('src/schemas/fixtures/duplicate-row.yaml.txt')).toThrow(/not valid YAML/);
  });
});

describe('roles file schema', () => {
  const role = {
    id: 'sre',
    name: 'SRE',
    shortName: 'SRE',
    description: 'Keeps production reliable.',
    page: '/the-roles/adjacent-roles/#sre',
  };
  it('rejects an unknown role id and a page that is not a path', () => {
    expect(() =>
      parseOrThrow(
        rolesFileSchema,
        [role, { ...role, id: 'frontend-engineer', page: 'adjacent' }],
        'roles.yaml',
      ),
    ).toThrow(
      /roles\.yaml: field `\[1\]\.id`[\s\S]*roles\.yaml: field `\[1\]\.page`: must be a root-relative path/,
    );
  });
});
