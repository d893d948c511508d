import { getCollection } from 'astro:content';
import { allComparisons } from '../data';
import { buildVocabulary, commonWords } from './vocabulary';

/**
 * Every word the site shows, most frequent first: page titles, descriptions and bodies, and the
 * comparison tables. Read once per build for the published vocabulary shards.
 */
let words: Promise<SiteWords> | undefined;
export interface SiteWords {
  /** Every word, most frequent first. */
  all: string[];
  /** Words on most pages (./vocabulary.ts `commonWords`); none below a few hundred pages. */
  common: ReadonlySet<string>;
}
export function siteWords(): Promise<SiteWords> {
  words ??= (async () => {
    const pages = await getCollection('docs');
    const tables = await allComparisons();
    const texts = [
      ...pages.flatMap((page) => [page.data.title, page.data.description ?? '', page.body ?? '']),
      ...tables.flatMap((table) => [
        table.title,
        table.description,
        ...table.rows.flatMap((row) => [
          row.aspect,
          row.note ?? '',
          ...Object.values(row.cells).flatMap((cell) => [cell.text, cell.detail ?? '']),
        ]),
      ]),
    ];
    return {
      all: buildVocabulary(texts).map(([word]) => word),
      common: new Set(commonWords(pages.map((page) => `${page.data.title} ${page.body ?? ''}`))),
    };
  })();
  return words;
}
