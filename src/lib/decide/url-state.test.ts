import { describe, expect, it } from 'vitest';
import { readState, writeState, type Field } from './url-state';

const fields: Field[] = [
  { key: 'stage', options: ['idea', 'mvp', 'growth'] },
  { key: 'latency', options: ['low', 'high'] },
  { key: 'contract', maxLength: 20 },
];

describe('readState', () => {
  it('reads the answers a link carries', () => {
    expect(readState('?stage=mvp&latency=high&contract=orders%20v2', fields)).toEqual({
      stage: 'mvp',
      latency: 'high',
      contract: 'orders v2',
    });
  });

  it('is empty for an empty query', () => {
    expect(readState('', fields)).toEqual({});
    expect(readState('?', fields)).toEqual({});
  });

  it('ignores unknown keys, unknown choices and empty text', () => {
    expect(readState('?stage=unicorn&latency=high&colour=red&contract=%20%20', fields)).toEqual({
      latency: 'high',
    });
  });

  it('takes the first of repeated keys', () => {
    expect(readState('?stage=idea&stage=growth', fields)).toEqual({ stage: 'idea' });
  });

  it('cuts text to the field length and folds whitespace', () => {
    expect(readState(`?contract=${encodeURIComponent('  a\n b  ' + 'x'.repeat(40))}`, fields)).toEqual({
      contract: `a b ${'x'.repeat(16)}`,
    });
  });
});

describe('writeState', () => {
  it('writes answers in field order and drops unanswered ones', () => {
    expect(writeState('', fields, { latency: 'low', stage: 'growth' })).toBe('?stage=growth&latency=low');
  });

  it('keeps parameters that are not its fields and replaces its own', () => {
    expect(writeState('?highlight=kafka&stage=idea', fields, { stage: 'mvp' })).toBe(
      '?stage=mvp&highlight=kafka',
    );
  });

  it('returns an empty query when nothing is left', () => {
    expect(writeState('?stage=idea', fields, {})).toBe('');
  });

  it('never writes a value its field would not read back', () => {
    expect(writeState('', fields, { stage: 'unicorn', contract: '' })).toBe('');
  });

  it('round-trips through readState, text included', () => {
    const state = { stage: 'mvp', contract: 'a&b=c #1' };
    expect(readState(writeState('', fields, state), fields)).toEqual(state);
  });
});
