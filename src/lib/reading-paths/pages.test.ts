import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterExtension } from '../../schemas/page';
import { parseOrThrow } from '../schema-errors';
import { readReadingPaths } from './files';
import { readingPathPages } from './pages';

// The schema <StarlightPage> applies: Starlight's own fields plus the guide's.
const pageSchema = docsSchema({ extend: pageFrontmatterExtension })({ image: () => z.string() } as never);
const paths = readReadingPaths().map(({ path }) => path);

describe('reading path pages', () => {
  const pages = readingPathPages(paths);

  it('publish the list, and each path with its handout', () => {
    expect(pages.map((p) => p.path)).toEqual([
      '/paths/',
      ...paths.flatMap((p) => [`/paths/${p.id}/`, `/paths/${p.id}/handout/`]),
    ]);
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s has frontmatter the page schema accepts',
    (path, page) => {
      expect(() => parseOrThrow(pageSchema, page.frontmatter, path)).not.toThrow();
    },
  );

  it('keep handouts out of search, and give the list every path source once', () => {
    expect(pages.filter((p) => p.frontmatter.pagefind === false).map((p) => p.path)).toEqual(
      paths.map((p) => `/paths/${p.id}/handout/`),
    );
    const titles = pages[0]?.frontmatter.sources.map((s) => s.title) ?? [];
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toContain('Data Engineering vs Backend Engineering');
  });
});
