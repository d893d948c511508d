import { describe, expect, it } from 'vitest';
import { buildVocabulary } from './vocabulary';

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

  it('can leave out words seen fewer than a minimum number of times', () => {
    expect(buildVocabulary(['kafka kafka dbt'], 10, 2)).toEqual([['kafka', 2]]);
  });

  it('keeps only the most frequent words up to the limit', () => {
    expect(buildVocabulary(['aa1 bb2 bb2 cc3 cc3 cc3 x y'], 2)).toEqual([
      ['cc3', 3],
      ['bb2', 2],
    ]);
  });
});
