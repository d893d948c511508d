import type { APIRoute, GetStaticPaths } from 'astro';
import { siteWords } from '../../../lib/search/site-words';
import { shardWords } from '../../../lib/search/vocabulary';

/** One shard of the site's words (src/lib/search/vocabulary.ts), for typo correction. */
export const getStaticPaths = (async () =>
  [...shardWords(await siteWords())].map(([shard, words]) => ({
    params: { shard },
    props: { words },
  }))) satisfies GetStaticPaths;

// One string of words, most frequent first: a third smaller than [word, count] pairs, gzipped.
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ words: (props['words'] as string[]).join(' ') }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
