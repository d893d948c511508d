import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterExtension } from './page';
import { parseOrThrow } from '../lib/schema-errors';

// The schema Astro applies at build time: Starlight's own fields plus ours.
const pageSchema = docsSchema({ extend: pageFrontmatterExtension })({ image: () => z.string() } as never);

function fixture(name: string): { file: string; data: unknown } {
  const file = `src/schemas/fixtures/${name}.yaml`;
  return { file, data: load(readFileSync(file, 'utf8')) };
}

function errorOf(name: string): string {
  const { file, data } = fixture(name);
  try {
    parseOrThrow(pageSchema, data, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file} was expected to fail validation`);
}

describe('page frontmatter schema', () => {
  it('accepts a complete page and fills defaults', () => {
    const { file, data } = fixture('valid');
    const page = parseOrThrow(pageSchema, data, file);
    expect(page.area).toBe('the-roles');
    expect(page.pageType).toBe('guide');
    expect(page.lastReviewed).toEqual(new Date('2026-11-26'));
    expect(page.sources[0]?.publisher).toContain('Reis');
  });

  it('defaults pageType to guide when omitted', () => {
    const { file, data } = fixture('valid');
    const { pageType: _omit, ...rest } = data as Record<string, unknown>;
    expect(parseOrThrow(pageSchema, rest, file).pageType).toBe('guide');
  });

  it('rejects a misspelt key, naming the file and the key', () => {
    const message = errorOf('misspelt-key');
    expect(message).toContain('src/schemas/fixtures/misspelt-key.yaml');
    expect(message).toContain('lastReviwed');
    expect(message).toContain('field `lastReviewed`');
  });

  it('rejects a source date that is not a date, naming the nested field', () => {
    const message = errorOf('bad-source');
    expect(message).toMatch(/bad-source\.yaml: field `sources\[0\]\.date`: must be YYYY/);
  });

  it('rejects audiences and roles outside the vocabulary', () => {
    const message = errorOf('unknown-vocabulary');
    expect(message).toContain('field `audience[0]`');
    expect(message).toContain('field `roles[0]`');
  });

  it('requires at least one source and a real description', () => {
    const message = errorOf('no-sources');
    expect(message).toContain('field `sources`');
    expect(message).toContain('field `description`: must be at least 40 characters');
  });
});
