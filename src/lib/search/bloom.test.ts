import { describe, expect, it } from 'vitest';
import { bloomTester, createBloom } from './bloom';

describe('Bloom filter of site words', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
  const has = bloomTester(createBloom(words));

  it('knows every word it was built from', () => {
    expect(words.every(has)).toBe(true);
  });

  it('rarely claims a word it was not built from', () => {
    const strangers = Array.from({ length: 5000 }, (_, i) => `other${i}`);
    const falsePositives = strangers.filter(has).length / strangers.length;
    expect(falsePositives).toBeLessThan(0.02);
  });

  it('survives a round trip through JSON', () => {
    const filter = JSON.parse(JSON.stringify(createBloom(['kafka', 'dbt'])));
    const test = bloomTester(filter);
    expect(test('kafka')).toBe(true);
    expect(test('kafak')).toBe(false);
  });
});
