/**
 * The glossary and tools files as files: Astro's file() loader keeps only the last of two entries
 * with one id (it warns and builds on), so a duplicated id is caught here. Everything else about
 * them is checked by their schemas and, across entries, by the build (src/lib/terms/references.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossary, readNotTools, readTools } from '../lib/data-files';
import { GLOSSARY_FILE, TOOLS_FILE } from '../lib/paths';
import { copiedRuns } from '../lib/copied-wording';
import { nameKey } from '../lib/terms/match';
import fingerprintFile from '../../tests/seed-fingerprint.json';

const duplicates = (values: readonly string[]) => values.filter((value, i) => values.indexOf(value) !== i);

describe('glossary and tools data', () => {
  it('gives every term and every tool its own id', () => {
    expect(duplicates(readGlossary().map((term) => term.id)), GLOSSARY_FILE).toEqual([]);
    expect(duplicates(readTools().map((tool) => tool.id)), TOOLS_FILE).toEqual([]);
  });

  it('lists no name as "not a tool" that is a tool', () => {
    const tools = new Set(readTools().flatMap((tool) => [tool.name, ...tool.aliases].map(nameKey)));
    expect(readNotTools().filter((name) => tools.has(nameKey(name)))).toEqual([]);
  });

  it.each([GLOSSARY_FILE, TOOLS_FILE])('%s is written in its own words', (file) => {
    const fingerprint = new Set(fingerprintFile.hashes);
    expect(copiedRuns(readFileSync(file, 'utf8'), fingerprint, fingerprintFile.gramLength)).toEqual([]);
  });
});
