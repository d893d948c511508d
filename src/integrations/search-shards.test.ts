import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFragment } from './search-shards';

describe('readFragment', () => {
  it('reads a Pagefind fragment: gzip, then the signature, then JSON', () => {
    const json = { url: '/a/', content: 'A b', meta: { title: 'A' }, anchors: [] };
    const fragment = readFragment(gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`)));
    expect(fragment).toEqual(json);
  });
});
