import { describe, expect, it } from 'vitest';
import { copiedRuns, gramHashes } from './copied-wording';

describe('copiedRuns', () => {
  it('finds a nine-word run shared with the fingerprinted text, whatever the case and punctuation', () => {
    const fingerprint = gramHashes('One two three four five six seven eight nine ten.', 9);
    expect(copiedRuns('Zero, ONE two three four five six seven eight nine!', fingerprint, 9)).toEqual([
      'one two three four five six seven eight nine',
    ]);
    expect(copiedRuns('one two three four five six seven eight', fingerprint, 9)).toEqual([]);
  });
});
