import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, excerptOf, readableText, sliceSection } from './sections';
import { formatMinutes, readingMinutes, WORDS_PER_MINUTE } from './reading-time';

const page = readFileSync('src/lib/reading-paths/fixtures/rendered-page.html', 'utf8');

describe('sliceSection', () => {
  it('runs from the heading to the next heading of the same or a higher level', () => {
    const first = sliceSection(page, 'first') ?? '';
    expect(first).toMatch(/^<div class="sl-heading-wrapper level-h2">\s*<h2 id="first">/);
    expect(first).toContain('id="inner"');
    expect(first).not.toContain('id="second"');
    expect(sliceSection(page, 'inner')).not.toContain('Second section');
  });
  it('finds headings without a wrapper, and gives the whole page without an id', () => {
    expect(readableText(sliceSection(page, 'bare') ?? '')).toMatch(
      /^A heading without a wrapper Short first/,
    );
    expect(sliceSection(page, undefined)).toBe(page);
  });
  it('is undefined for an id that is not a heading at the top level', () => {
    expect(sliceSection(page, 'nowhere')).toBeUndefined();
  });
});

describe('readableText and countWords', () => {
  it('reads headings and text, not link icons, screen-reader link words or inert markup', () => {
    const text = readableText(sliceSection(page, 'first') ?? '');
    expect(text).toBe(
      'First section One two three four five. Inner part Illustrative: The numbers in this example are made up. Six seven — eight.',
    );
    expect(countWords(text)).toBe(21);
  });
});

describe('excerptOf', () => {
  it("takes the section's first paragraph, skipping the label of an illustrative block", () => {
    expect(excerptOf(sliceSection(page, 'first') ?? '')).toBe('One two three four five.');
    expect(excerptOf(sliceSection(page, 'inner') ?? '')).toBe('Six seven — eight.');
  });
  it('keeps whole sentences that fit, or cuts a long first sentence at a word', () => {
    expect(excerptOf(sliceSection(page, 'bare') ?? '')).toBe(
      'Short first sentence. Second sentence, still short.',
    );
    const cut = excerptOf(sliceSection(page, 'second') ?? '');
    expect(cut.length).toBeLessThanOrEqual(220);
    expect(cut).toMatch(/^A long opening sentence .* [a-z]+…$/);
  });
});

describe('reading time', () => {
  it('is words at 220 a minute, rounded up, at least one minute', () => {
    expect(WORDS_PER_MINUTE).toBe(220);
    expect([0, 1, 220, 221, 660, 661].map(readingMinutes)).toEqual([1, 1, 1, 2, 3, 4]);
    expect(formatMinutes(4)).toBe('4 min');
  });
});
