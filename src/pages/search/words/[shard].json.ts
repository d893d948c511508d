import type { APIRoute, GetStaticPaths } from 'astro';
import { siteWords } from '../../../lib/search/site-words';
import { shardWords } from '../../../lib/search/vocabulary';

/** One shard of the site's words (src/lib/search/vocabulary.ts), for typo correction. */
export const getStaticPaths = (async () => {
  const { all, common } = await siteWords();
  return [...shardWords(all)].map(([shard, words]) => ({
    params: { shard },
    props: { words, common: words.filter((word) => common.has(word)) },
  }));
}) satisfies GetStaticPaths;

// One string of words, most frequent first: a third smaller than [word, count] pairs, gzipped.
// `common` (the shard's words on most pages) is left out while there are none.
export const GET: APIRoute = ({ props }) => {
  const common = props['common'] as string[];
  return new Response(
    JSON.stringify({
      words: (props['words'] as string[]).join(' '),
      ...(common.length > 0 ? { common: common.join(' ') } : {}),
    }),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
