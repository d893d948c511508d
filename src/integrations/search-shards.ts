import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import type { PagefindFragment } from '../lib/search/pagefind.ts';
import { cardPath, sectionTextPath, shardsFromFragment } from '../lib/search/shards.ts';

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
        let files = 0;
        const write = async (path: string, value: unknown) => {
          const file = join(root, path);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, JSON.stringify(value));
          files += 1;
        };
        for (const name of names) {
          const id = name.replace(/\.pf_fragment$/, '');
          const { card, texts } = shardsFromFragment(readFragment(await readFile(join(fragments, name))));
          await write(cardPath(id), card);
          await Promise.all(texts.map((text, index) => write(sectionTextPath(id, index), text)));
        }
        logger.info(
          `${names.length} page cards and ${files - names.length} section texts in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
