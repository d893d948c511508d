/**
 * Checks every guide page's source: frontmatter against the build schema, structure (summary first,
 * explicit heading ids), internal links, and wording copied from the source article.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterExtension } from '../schemas/page';
import { copiedRuns, extractHeadings, lintPage, splitFrontmatter } from '../lib/content-lint';
import { parseOrThrow } from '../lib/schema-errors';
import { readComparisons } from '../lib/data-files';
import { rowAnchor, tableAnchor } from '../lib/compare-roles';
import fingerprintFile from '../../tests/seed-fingerprint.json';

const DOCS = 'src/content/docs';
/** Files the site publishes outside the docs collection (`src/pages/data/*.json.ts`). */
const PUBLISHED_DATA = new Set(
  readdirSync('src/pages/data').map((name) => `/data/${name.replace(/\.ts$/, '')}`),
);
const pageSchema = docsSchema({ extend: pageFrontmatterExtension })({ image: () => z.string() } as never);

function listPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listPages(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** `src/content/docs/differences/testing.mdx` → `/differences/testing/`. */
function urlOf(file: string): string {
  const slug = relative(DOCS, file)
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
  return slug === '' ? '/' : `/${slug}/`;
}

const pages = listPages(DOCS).map((file) => {
  const source = readFileSync(file, 'utf8');
  const { frontmatter, body, bodyStartLine } = splitFrontmatter(source);
  const ids = new Set(extractHeadings(body, bodyStartLine).flatMap((h) => (h.id ? [h.id] : [])));
  return { file, url: urlOf(file), source, frontmatter, body, ids };
});
const byUrl = new Map(pages.map((page) => [page.url, page]));
// Comparison tables add linkable ids to the page that shows them: the table id and one per row.
for (const table of readComparisons()) {
  const ids = byUrl.get(table.page)?.ids;
  ids?.add(tableAnchor(table.id));
  for (const row of table.rows) ids?.add(rowAnchor(table.id, row.id));
}
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

  it.each(pages.map((p) => [p.file, p] as const))(
    '%s links only to pages and sections that exist',
    (file, page) => {
      const broken: string[] = [];
      for (const match of page.source.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"|link: (\/\S*)/g)) {
        const target = match[1] ?? match[2] ?? match[3] ?? '';
        const [path = '', fragment] = target.split('#');
        if (PUBLISHED_DATA.has(path)) continue;
        const linked = byUrl.get(path);
        if (!linked) broken.push(`${target} (no such page)`);
        else if (fragment && !linked.ids.has(fragment))
          broken.push(`${target} (no heading with id "${fragment}")`);
      }
      expect(broken, `${file} has broken internal links`).toEqual([]);
    },
  );

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
