import { describe, expect, it } from 'vitest';
import {
  COMMON_WORD_MIN_PAGES,
  buildVocabulary,
  commonWords,
  shardKey,
  shardWords,
  shardsFor,
} from './vocabulary';

describe('buildVocabulary', () => {
  it('counts visible words, most frequent first, without markup or numbers', () => {
    const vocabulary = buildVocabulary([
      "import { Card } from '~/components';\n## Data pipelines {#data-pipelines}\nData moves. See [pipelines](/boundary/x/) in 2026.",
      '<Comparison id="testing" /> data',
    ]);
    expect(vocabulary[0]).toEqual(['data', 3]);
    expect(Object.fromEntries(vocabulary)).toMatchObject({ pipelines: 2, moves: 1, see: 1 });
    expect(vocabulary.map(([word]) => word)).not.toContain('in');
    const words = vocabulary.map(([word]) => word);
    expect(words).not.toContain('import');
    expect(words).not.toContain('comparison');
    expect(words).not.toContain('boundary');
    expect(words).not.toContain('2026');
  });

  it('holds the parts of hyphenated and dotted words too, as Pagefind indexes them', () => {
    const words = buildVocabulary(['a hub-and-spoke team on node.js']).map(([word]) => word);
    expect(words).toEqual(expect.arrayContaining(['hub-and-spoke', 'hub', 'spoke', 'node.js', 'node']));
  });

  it('can leave out words seen fewer than a minimum number of times', () => {
    expect(buildVocabulary(['kafka kafka dbt'], 2)).toEqual([['kafka', 2]]);
  });
});

describe('vocabulary shards', () => {
  it('groups words by their first two characters, keeping frequency order', () => {
    expect([...shardWords(['data', 'kafka', 'date', 'éclair'])]).toEqual([
      ['da', ['data', 'date']],
      ['ka', ['kafka']],
      ['_', ['éclair']],
    ]);
    expect(shardKey('Kafka')).toBe('ka');
  });
  it("names each word's shard, and the swapped-letter shard only when asked", () => {
    expect(shardsFor(['kafka', 'kappa'])).toEqual(['ka']);
    expect(shardsFor(['akfka'], { swapped: true })).toEqual(['ak', 'ka']);
  });
});

describe('commonWords', () => {
  it('names words on most pages once the site has a few hundred pages, and none before', () => {
    const pages = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `Data page ${i}. ${i % 3 === 0 ? 'Kafka topics.' : 'Warehouse tables.'}`,
      );
    expect(commonWords(pages(COMMON_WORD_MIN_PAGES - 1))).toEqual([]);
    expect(commonWords(pages(COMMON_WORD_MIN_PAGES * 2))).toEqual(['data', 'page', 'tables', 'warehouse']);
  });
});
