import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import type { PagefindFragment } from '../lib/search/pagefind.ts';
import { cardPath, sectionTextPath, shardsFromFragment, storeCard } from '../lib/search/shards.ts';

/** Pagefind fragments are gzip, then a `pagefind_dcd` signature, then JSON. */
export function readFragment(bytes: Buffer): PagefindFragment {
  const text = gunzipSync(bytes).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
}

/**
 * After Starlight has built the Pagefind index, writes each page's search card and section texts
 * (src/lib/search/shards.ts) from the page's fragment, so their word positions are Pagefind's own.
 * Must come after Starlight in the integrations list.
 */
export function searchShards(): AstroIntegration {
  return {
    name: 'field-guide:search-shards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const fragments = join(root, 'pagefind', 'fragment');
        const names = (await readdir(fragments)).filter((name) => name.endsWith('.pf_fragment'));
        let texts = 0;
        const writePage = async (name: string) => {
          const id = name.replace(/\.pf_fragment$/, '');
          const shards = shardsFromFragment(readFragment(await readFile(join(fragments, name))));
          await mkdir(dirname(join(root, sectionTextPath(id, 0))), { recursive: true });
          await Promise.all([
            writeFile(join(root, cardPath(id)), JSON.stringify(storeCard(shards.card))),
            ...shards.texts.map((text, index) =>
              writeFile(join(root, sectionTextPath(id, index)), JSON.stringify(text)),
            ),
          ]);
          texts += shards.texts.length;
        };
        // A few pages at a time: thousands of pages write tens of thousands of small files.
        for (let i = 0; i < names.length; i += 32) await Promise.all(names.slice(i, i + 32).map(writePage));
        logger.info(
          `${names.length} page cards and ${texts} section texts in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
