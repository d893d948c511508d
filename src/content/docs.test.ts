/**
 * Checks every guide page's source: frontmatter against the build schema, structure (summary first,
 * explicit heading ids), and wording copied from the source article. Links are checked by
 * starlight-links-validator in the build (Markdown) and by `npm run links:check` (the built site).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterExtension } from '../schemas/page';
import { lintPage, splitFrontmatter } from '../lib/page-lint';
import { copiedRuns } from '../lib/copied-wording';
import { parseOrThrow } from '../lib/schema-errors';
import { DOCS_DIR } from '../lib/paths';
import fingerprintFile from '../../tests/seed-fingerprint.json';

const pageSchema = docsSchema({ extend: pageFrontmatterExtension })({ image: () => z.string() } as never);

function listPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listPages(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

const pages = listPages(DOCS_DIR).map((file) => {
  const source = readFileSync(file, 'utf8');
  const { frontmatter, body } = splitFrontmatter(source);
  return { file, source, frontmatter, body };
});
const fingerprint = new Set(fingerprintFile.hashes);

describe('guide pages', () => {
  it('exist in number', () => {
    expect(pages.length).toBeGreaterThanOrEqual(21);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s has valid frontmatter', (file, page) => {
    expect(() => parseOrThrow(pageSchema, load(page.frontmatter), file)).not.toThrow();
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s follows the page structure', (file, page) => {
    expect(lintPage(file, page.source)).toEqual([]);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s is written in its own words', (file, page) => {
    expect(
      copiedRuns(page.source, fingerprint, fingerprintFile.gramLength),
      `${file} copies the source article`,
    ).toEqual([]);
  });
});

describe('the seed fingerprint', () => {
  it('is present and non-trivial', () => {
    expect(fingerprintFile.gramLength).toBe(9);
    expect(fingerprint.size).toBeGreaterThan(1000);
    expect(existsSync('tests/seed-fingerprint.json')).toBe(true);
  });
});
