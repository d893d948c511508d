import type { APIRoute } from 'astro';
import { siteWords } from '../lib/search/site-words';
import { createBloom } from '../lib/search/bloom';

/** A Bloom filter of the site's words: tells search whether a query needs the vocabulary at all. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(createBloom(await siteWords())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
