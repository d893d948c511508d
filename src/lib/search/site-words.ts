import { getCollection } from 'astro:content';
import { allComparisons } from '../data';
import { buildVocabulary } from './vocabulary';

/**
 * Every word the site shows, most frequent first: page titles, descriptions and bodies, and the
 * comparison tables. Read once per build for the published vocabulary shards.
 */
let words: Promise<string[]> | undefined;
export function siteWords(): Promise<string[]> {
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
    return buildVocabulary(texts).map(([word]) => word);
  })();
  return words;
}
