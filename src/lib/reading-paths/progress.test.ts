import { describe, expect, it } from 'vitest';
import { parseDone, progressSummary, progressUrl, readStored, storageKey, storedValue } from './progress';
import { markdownChecklist } from './checklist';

const reads = ['/a/', '/b/#x', '/c/#y', '/d/'];

describe('shared progress links', () => {
  it('read step numbers from ?done=, ignoring anything that is not a step', () => {
    expect(parseDone('?done=3,1,3,9,0,x,2', 4)).toEqual([1, 2, 3]);
    expect(parseDone('?done=', 4)).toEqual([]);
    expect(parseDone('?compare=a', 4)).toBeNull();
  });
  it('write the page URL with the done steps, dropping any query or fragment it had', () => {
    expect(progressUrl('https://g.example/paths/p/?done=1#step-2', [4, 2])).toBe(
      'https://g.example/paths/p/?done=2,4',
    );
  });
});

describe('stored progress', () => {
  it('round-trips by step, and drops steps the path no longer has', () => {
    const value = storedValue([1, 3], reads);
    expect(JSON.parse(value)).toEqual({ version: 1, done: ['/a/', '/c/#y'] });
    expect(readStored(value, reads)).toEqual([1, 3]);
    // The path was edited: /a/ moved to the end and /c/#y was removed.
    expect(readStored(value, ['/b/#x', '/d/', '/a/'])).toEqual([3]);
    expect(readStored('not json', reads)).toEqual([]);
    expect(storageKey('p')).toBe('field-guide:reading-path:p');
  });
  it('sums up as steps done and minutes left', () => {
    expect(progressSummary([1, 3], [2, 3, 4, 5])).toBe('2 of 4 steps done, about 8 min of reading left');
    expect(progressSummary([1, 2], [2, 3])).toBe('2 of 2 steps done: the whole path is read');
  });
});

describe('markdownChecklist', () => {
  it('lists every step as an unticked, titled link with its reading time', () => {
    expect(
      markdownChecklist({ title: 'First weeks', url: 'https://g.example/paths/p/' }, [
        { url: 'https://g.example/b/#x', title: 'Section X', page: 'Page B', minutes: 2 },
        { url: 'https://g.example/d/', title: 'Page D', page: 'Page D', minutes: 5 },
      ]),
    ).toBe(
      [
        '## First weeks',
        '',
        'Reading path: https://g.example/paths/p/ (2 steps, 7 min)',
        '',
        '- [ ] [Section X — Page B](https://g.example/b/#x) (2 min)',
        '- [ ] [Page D](https://g.example/d/) (5 min)',
        '',
      ].join('\n'),
    );
  });
});
