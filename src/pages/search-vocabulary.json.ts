import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { VOCABULARY_LIMIT, buildVocabulary } from '../lib/search/vocabulary';

/** The site's own words, for typo correction and "did you mean" in search. Loaded with the search UI. */
export const GET: APIRoute = async () => {
  const pages = await getCollection('docs');
  const tables = await getCollection('comparisons');
  const texts = [
    ...pages.flatMap((page) => [page.data.title, page.data.description ?? '', page.body ?? '']),
    ...tables.flatMap((table) => [
      table.data.title,
      table.data.description,
      ...table.data.rows.flatMap((row) => [
        row.aspect,
        row.note ?? '',
        ...Object.values(row.cells).flatMap((cell) => [cell.text, cell.detail ?? '']),
      ]),
    ]),
  ];
  // Every word counts, even one seen once: a word missing here would be "corrected" into another.
  return new Response(JSON.stringify(buildVocabulary(texts, VOCABULARY_LIMIT)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
