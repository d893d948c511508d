import type { APIRoute } from 'astro';
import { siteWords } from '../lib/search/site-words';

/** The site's words for typo correction and "did you mean"; loaded only when a query needs it. */
export const GET: APIRoute = async () =>
  // One string of words, most frequent first: a third smaller than [word, count] pairs, gzipped.
  new Response(JSON.stringify({ words: (await siteWords()).join(' ') }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
