/** The real data: enough of it, consistent with the roles, and shown on the page each table names. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readComparisons, readRoles } from '../lib/data-files';
import { ROLE_IDS } from '../schemas/taxonomy';
import { COMPARISONS_DIR, ROLES_FILE, SKILLS_PLAN_FILE, sourceFileFor } from '../lib/paths';
import { copiedRuns } from '../lib/copied-wording';
import fingerprintFile from '../../tests/seed-fingerprint.json';

const tables = readComparisons();
const roles = readRoles();

describe('comparison data', () => {
  it('covers every role once, in the vocabulary order', () => {
    expect(roles.map((role) => role.id)).toEqual([...ROLE_IDS]);
  });

  it('has at least ten tables and eighty rows', () => {
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables.reduce((sum, table) => sum + table.rows.length, 0)).toBeGreaterThanOrEqual(80);
  });

  it.each(tables.map((table) => [table.id, table] as const))(
    '%s is shown exactly once on its page',
    (id, table) => {
      const file = sourceFileFor(table.page);
      expect(existsSync(file), `${file} (page of table "${id}") does not exist`).toBe(true);
      const uses = readFileSync(file, 'utf8').match(new RegExp(`<Comparison id="${id}" />`, 'g')) ?? [];
      expect(uses, `${file} must contain <Comparison id="${id}" /> once`).toHaveLength(1);
    },
  );
});

describe('data wording', () => {
  const files = [
    ROLES_FILE,
    SKILLS_PLAN_FILE,
    ...readdirSync(COMPARISONS_DIR).map((name) => `${COMPARISONS_DIR}/${name}`),
  ];
  const fingerprint = new Set(fingerprintFile.hashes);
  it.each(files)('%s is written in its own words', (file) => {
    expect(copiedRuns(readFileSync(file, 'utf8'), fingerprint, fingerprintFile.gramLength)).toEqual([]);
  });
});
