import { describe, expect, it } from 'vitest';
import { readingPathSchema } from './path';
import { parseOrThrow } from '../lib/schema-errors';
import { readYaml } from '../lib/data-files';

const FILE = 'src/lib/reading-paths/fixtures/broken-step.yaml';
const errorOf = (change: (raw: Record<string, unknown>) => unknown): string => {
  try {
    parseOrThrow(readingPathSchema, change(readYaml(FILE) as Record<string, unknown>), FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the path to fail validation');
};
const steps = (raw: Record<string, unknown>) => raw['steps'] as { read: string; why: string }[];

describe('reading path schema', () => {
  it('accepts a well-formed path (its steps are resolved later, against the pages)', () => {
    const path = parseOrThrow(readingPathSchema, readYaml(FILE), FILE);
    expect(path.steps).toHaveLength(5);
    expect(path.lastReviewed).toEqual(new Date('2026-12-02'));
  });

  it('names the file and the field of a misspelt key and of a missing one', () => {
    const message = errorOf(({ goal, ...raw }) => ({ ...raw, gaol: goal }));
    expect(message).toContain(`${FILE}: field \`goal\``);
    expect(message).toContain('(unknown key: gaol)');
  });

  it('rejects a step that is not a page path with an optional section id', () => {
    expect(
      errorOf((raw) => ({
        ...raw,
        steps: [{ read: 'boundary/data-contracts', why: 'No leading slash here.' }, ...steps(raw).slice(1)],
      })),
    ).toContain(`${FILE}: field \`steps[0].read\`: must be a root-relative page path`);
  });

  it('names the step read twice, and rejects too few steps', () => {
    const twice = errorOf((raw) => ({ ...raw, steps: [...steps(raw), steps(raw)[1]] }));
    expect(twice).toBe(
      `${FILE}: field \`steps[5].read\`: /boundary/data-contracts/#who-owns-it is already step 2`,
    );
    expect(errorOf((raw) => ({ ...raw, steps: steps(raw).slice(0, 4) }))).toContain(
      'field `steps`: needs at least 5 steps',
    );
  });

  it('asks for one sentence on why to read each step', () => {
    const message = errorOf((raw) => ({
      ...raw,
      steps: steps(raw).map((s, i) => (i === 0 ? { ...s, why: 'Read this. Then read that.' } : s)),
    }));
    expect(message).toBe(`${FILE}: field \`steps[0].why\`: must be one sentence, not several`);
  });
});
