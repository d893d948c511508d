import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseComparison, parseRoles } from './data-files';

const FIXTURES = 'src/lib/fixtures/comparisons';
const fixture = (name: string) => {
  const file = `${FIXTURES}/${name}.yaml`;
  return { file, raw: load(readFileSync(file, 'utf8')) };
};
const errorOf = (name: string): string => {
  const { file, raw } = fixture(name);
  try {
    parseComparison(file, raw);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was expected to fail`);
};

describe('parseComparison', () => {
  it('accepts a valid table', () => {
    const { file, raw } = fixture('valid-table');
    const table = parseComparison(file, raw);
    expect(table.rows[0]?.cells['data-engineer']?.detail).toBe('Over whole partitions.');
    expect(table.asOf).toEqual(new Date('2026-11-26'));
  });

  it('names file, table, row and field when a row lacks a cell for a declared role', () => {
    expect(errorOf('missing-cell')).toBe(
      `${FIXTURES}/missing-cell.yaml: table "missing-cell", row "gap-row", field \`cells.sre\`: missing cell for declared role "sre"`,
    );
  });

  it('names the row for unknown keys, missing fields and undeclared roles', () => {
    const message = errorOf('bad-row-field');
    expect(message).toContain(
      `${FIXTURES}/bad-row-field.yaml: table "bad-row-field", row "misspelt", field \`aspect\``,
    );
    expect(message).toContain('(unknown key: aspekt)');
  });

  it('names the row and role of a cell for a role the table does not declare', () => {
    const { file, raw } = fixture('bad-row-field');
    const table = raw as { rows: Array<Record<string, unknown>> };
    const { aspekt, ...row } = table.rows[0] ?? {};
    const fixed = { ...table, rows: [{ ...row, aspect: aspekt }] };
    expect(() => parseComparison(file, fixed)).toThrow(
      'table "bad-row-field", row "misspelt", field `cells.ml-engineer`: cell for "ml-engineer", which the table does not declare in roles',
    );
  });

  it('rejects default roles outside the table and an id that differs from the file name', () => {
    expect(errorOf('wrong-name')).toContain(
      'table "another-name", field `defaultRoles[1]`: "sre" is not in the table\'s roles',
    );
    const { file, raw } = fixture('wrong-name');
    const fixed = { ...(raw as object), defaultRoles: ['backend-engineer', 'data-engineer'] };
    expect(() => parseComparison(file, fixed)).toThrow(
      'table "another-name", field `id`: must equal the file name "wrong-name"',
    );
  });
});

describe('reserved row ids', () => {
  it("rejects a row id that would collide with the table's own anchors", () => {
    const { file, raw } = fixture('valid-table');
    const table = raw as { rows: Array<Record<string, unknown>> };
    const bad = { ...table, rows: [{ ...table.rows[0], id: 'table' }] };
    expect(() => parseComparison(file, bad)).toThrow(
      'row "table", field `id`: is reserved for the table itself',
    );
  });
});

describe('parseRoles', () => {
  const role = {
    id: 'sre',
    name: 'SRE',
    shortName: 'SRE',
    description: 'Keeps production reliable.',
    page: '/the-roles/adjacent-roles/#sre',
  };
  it('rejects duplicate role ids', () => {
    expect(() => parseRoles('roles.yaml', [role, { ...role, id: 'data-engineer' }, role])).toThrow(
      'roles.yaml: role "sre", field `[2].id`: duplicate role id',
    );
  });
  it('rejects an unknown role id and a page that is not a path', () => {
    expect(() =>
      parseRoles('roles.yaml', [role, { ...role, id: 'frontend-engineer', page: 'adjacent' }]),
    ).toThrow(
      /roles\.yaml: field `\[1\]\.id`[\s\S]*roles\.yaml: field `\[1\]\.page`: must be a root-relative path/,
    );
  });
});
