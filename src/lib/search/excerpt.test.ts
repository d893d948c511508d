import { describe, expect, it } from 'vitest';
import { excerptAround } from './excerpt';

const section = {
  start: 100,
  text: 'Running a joint postmortem. Write one postmortem, not two. The timeline joins deploy logs.',
};

describe('excerptAround', () => {
  it('marks the matched words, without their punctuation, and leaves the heading out', () => {
    expect(excerptAround(section, [103, 106], { skip: 4 })).toEqual([
      { text: 'Write one ', marked: false },
      { text: 'postmortem', marked: true },
      { text: ', not two. The timeline joins deploy logs.', marked: false },
    ]);
  });
  it('centres a long section on its densest run of matches', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const parts = excerptAround({ start: 0, text: words.join(' ') }, [150, 152, 153, 5], { length: 10 });
    expect(parts[0]).toEqual({ text: '… w146 w147 w148 w149 ', marked: false });
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['w150', 'w152', 'w153']);
    expect(parts.at(-1)?.text.endsWith(' …')).toBe(true);
  });
  it('shows the first words when nothing in the section matched', () => {
    expect(excerptAround(section, [], { skip: 4, length: 3 })).toEqual([
      { text: 'Write one postmortem, …', marked: false },
    ]);
  });
  it('keeps page text as text, whatever it holds', () => {
    const parts = excerptAround({ start: 0, text: '<img src=x onerror=alert(1)> kafka' }, [3]);
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> kafka');
    expect(parts.find((p) => p.marked)?.text).toBe('kafka');
  });
});
