import { describe, expect, it } from 'vitest';
import { createMatcher, isAcronym } from './match';

const matcher = createMatcher([
  { id: 'cdc', names: ['Change data capture', 'CDC'] },
  { id: 'rest', names: ['REST'] },
  { id: 'dimension', names: ['Dimension', 'dimensions'] },
  { id: 'scd', names: ['Slowly changing dimension'] },
  { id: 'on-call', names: ['On call'] },
  { id: 'node', names: ['Node.js'] },
]);
const found = (text: string) => matcher.find(text).map((m) => [m.id, text.slice(m.start, m.end)]);

describe('createMatcher', () => {
  it('finds names and aliases case-insensitively, in order', () => {
    expect(found('Use change data capture, or CDC, or Change Data Capture.')).toEqual([
      ['cdc', 'change data capture'],
      ['cdc', 'CDC'],
      ['cdc', 'Change Data Capture'],
    ]);
  });

  it('matches acronyms only as written', () => {
    expect(found('the rest of the team calls a REST API; cdc is not CDC')).toEqual([
      ['rest', 'REST'],
      ['cdc', 'CDC'],
    ]);
    expect(isAcronym('REST')).toBe(true);
    expect(isAcronym('APIs')).toBe(false);
    expect(isAcronym('A')).toBe(false);
  });

  it('matches whole words only', () => {
    expect(found('dimensional models, RESTful, CDCs and subdimension')).toEqual([]);
    expect(found('one dimension, two dimensions.')).toEqual([
      ['dimension', 'dimension'],
      ['dimension', 'dimensions'],
    ]);
  });

  it('lets a space in a name match a line break or a hyphen', () => {
    expect(found('an on-call rotation; on\ncall at night')).toEqual([
      ['on-call', 'on-call'],
      ['on-call', 'on\ncall'],
    ]);
  });

  it('prefers the longest name where names overlap', () => {
    expect(found('a slowly changing dimension and a dimension')).toEqual([
      ['scd', 'slowly changing dimension'],
      ['dimension', 'dimension'],
    ]);
  });

  it('lets a straight apostrophe match the curly one that rendering makes', () => {
    const offsets = createMatcher([{ id: 'offset', names: ["consumer's offsets"] }]);
    expect(offsets.find('A consumer’s offsets').map((m) => m.id)).toEqual(['offset']);
  });

  it('treats punctuation in a name literally', () => {
    expect(found('Node.js services, not Nodexjs')).toEqual([['node', 'Node.js']]);
  });

  it('refuses one name for two entries', () => {
    expect(() =>
      createMatcher([
        { id: 'a', names: ['Data lake'] },
        { id: 'b', names: ['data  lake'] },
      ]),
    ).toThrow('"data  lake" names both "a" and "b"');
  });
});
