import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  closestWord,
  editDistance,
  isKnownWord,
  prepareQuery,
  suggestWords,
  tokenize,
  vocabularyFrom,
  vocabularyFromText,
} from './query';

const vocabulary = vocabularyFrom([
  ['data', 900],
  ['date', 20],
  ['engineer', 500],
  ['engineering', 400],
  ['kubernetes', 12],
  ['pipeline', 80],
  ['salary', 5],
  ['backend', 600],
  ['switch', 3],
]);

describe('tokenize', () => {
  it('keeps dotted and hyphenated names whole', () => {
    expect(tokenize('Node.js vs C++ and on-call!')).toEqual(['node.js', 'vs', 'c', 'and', 'on-call']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('enginer', 'engineer', 2)).toBe(1);
    expect(editDistance('pipleine', 'pipeline', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('closestWord', () => {
  it('prefers the most frequent word at the same distance', () => {
    expect(closestWord('daty', vocabulary)).toBe('data');
  });
  it('does not correct words of three letters or fewer (acronyms), or distant ones', () => {
    expect(closestWord('xy', vocabulary)).toBeUndefined();
    expect(closestWord('dat', vocabulary)).toBeUndefined();
    expect(closestWord('scd', vocabulary)).toBeUndefined();
    expect(closestWord('zebra', vocabulary)).toBeUndefined();
  });
});

describe('prepareQuery', () => {
  it('fixes typos against the site vocabulary', () => {
    expect(prepareQuery('daat enginer', vocabulary)).toEqual({
      term: 'data engineer',
      corrections: [
        { from: 'daat', to: 'data' },
        { from: 'enginer', to: 'engineer' },
      ],
      related: [],
    });
    expect(prepareQuery('kubernets', vocabulary).term).toBe('kubernetes');
  });

  it('leaves another form of a site word alone, but corrects a misspelt stem', () => {
    const site = vocabularyFrom([
      ['hash', 3],
      ['hashes', 2],
      ['hire', 5],
      ['kubernetes', 2],
    ]);
    expect(
      ['hashed', 'hashing', 'hires', 'hiring', 'hired'].filter((w) => isKnownWord(w, site)),
    ).toHaveLength(5);
    expect(isKnownWord('kubernets', site)).toBe(false);
    expect(prepareQuery('hashed ids', site).corrections).toEqual([]);
  });

  it('never corrects an acronym typed in capitals', () => {
    const site = vocabularyFrom([['ctos', 3]]);
    expect(prepareQuery('CTEs', site).term).toBe('ctes');
    expect(prepareQuery('ctes', site).corrections).toEqual([{ from: 'ctes', to: 'ctos' }]);
  });

  it('never corrects a word the index is known to hold', () => {
    expect(prepareQuery('kubernets', vocabulary, (word) => word === 'kubernets').term).toBe('kubernets');
  });

  it('maps legal, product and everyday names to the words the guide uses', () => {
    expect(prepareQuery('right to be forgotten').term).toBe('erasure deletion personal data');
    expect(prepareQuery('DSAR deadline').term).toContain('personal data request');
    expect(prepareQuery('is copilot safe').term).toContain('ai assistant');
    expect(prepareQuery('chatgpt for sql').term).toContain('ai assistant');
    expect(prepareQuery('cheat sheet').term).toContain('glance');
    expect(prepareQuery('is the table up to date').term).toContain('freshness');
    // "paid" is kept as typed (a status can be called paid) and pay is added.
    expect(prepareQuery('paid to captured').term).toBe('paid to captured pay compensation');
    expect(prepareQuery('SCD type 2').term).toBe('slowly changing dimension type 2');
    expect(prepareQuery('when the api goes down').term).toContain('outage');
    expect(prepareQuery('first 3 months').term).toBe('first 90 days');
  });

  it("drops contractions' leftovers as filler", () => {
    expect(prepareQuery("i'm a manager").term).toBe('i m a manager leaders');
  });

  it('expands abbreviations and slang, phrases first', () => {
    expect(prepareQuery('k8s').term).toBe('kubernetes');
    expect(prepareQuery('data eng').term).toBe('data engineering');
    expect(prepareQuery('SWE to DE').term).toBe('software engineer to data engineer');
  });

  it('expands BE only in capitals, so the verb is left alone', () => {
    expect(prepareQuery('DE vs BE').term).toBe('data engineer vs backend engineer');
    expect(prepareQuery('should it be').term).toBe('should it be');
  });

  it('leaves stopwords, numbers and unknown words alone', () => {
    expect(prepareQuery('who can in 2026 zebra', vocabulary).term).toBe('who can in 2026 zebra');
  });

  it("adds related wording without dropping the reader's own", () => {
    expect(prepareQuery('job pivot', vocabulary)).toMatchObject({
      term: 'job pivot move switch',
      related: ['move', 'switch'],
    });
    expect(prepareQuery('salary', vocabulary).term).toBe('salary pay compensation');
    expect(prepareQuery('who deletes rows', vocabulary).related).toEqual(['personal', 'erasure']);
  });

  it('adds no related word for a word that only shares its stem with the group ("page", "paged")', () => {
    expect(prepareQuery('link to a page').related).toEqual([]);
    expect(prepareQuery('source table').related).toEqual([]);
    expect(prepareQuery('paged at night').related).toEqual(['call']);
  });

  it('adds no related word that is only another form of a typed one', () => {
    expect(prepareQuery('how is it measured').related).toEqual(['success']);
  });

  it('bounds hostile input', () => {
    expect(prepareQuery('<script>alert(1)</script>').term).toBe('script alert 1 script');
    expect(prepareQuery('a'.repeat(10_000)).term.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(prepareQuery('').term).toBe('');
  });
});

describe('suggestWords', () => {
  it('suggests close site words for unknown ones', () => {
    expect(suggestWords('salery', vocabulary)).toEqual(['salary']);
    expect(suggestWords('the data', vocabulary)).toEqual([]);
  });
});

describe('vocabularyFromText', () => {
  it('reads the published word list, most frequent first', () => {
    const vocabulary = vocabularyFromText({ words: 'data date day' });
    expect([...vocabulary.words]).toEqual([
      ['data', 3],
      ['date', 2],
      ['day', 1],
    ]);
    expect(closestWord('daty', vocabulary)).toBe('data');
    expect(vocabularyFromText({}).words.size).toBe(0);
  });
});
