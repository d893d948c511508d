import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchPages, readFragment } from './search-pages';

const fragment = (json: object) => readFragment(gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`)));

describe('buildSearchPages', () => {
  it('reads url, title, description and landable sections, each with its distinctive words', () => {
    const testing = fragment({
      url: '/differences/testing/',
      content:
        'How does each role test its work? Backend tests endpoints. Data tests check freshness freshness and nulls. Unit tests row.',
      meta: { title: 'How does each role test its work?', description: 'Testing compared.' },
      anchors: [
        { element: 'h1', id: '_top', text: 'How does each role test its work?', location: 0 },
        { element: 'h2', id: 'backend-testing', text: 'How backend engineers test ', location: 7 },
        { element: 'h2', id: 'data-testing', text: 'How data engineers test', location: 10 },
        { element: 'comparison-table', id: 'testing--table', text: '', location: 17 },
        { element: 'tr', id: 'testing--unit-tests', text: '', location: 17 },
      ],
    });
    const [page] = buildSearchPages(
      [{ id: 'en_abc', fragment: testing }],
      new Map([['testing--unit-tests', 'How each role tests: Unit tests']]),
    );
    expect(page?.id).toBe('en_abc');
    expect(page?.url).toBe('/differences/testing/');
    expect(page?.description).toBe('Testing compared.');
    expect(page?.headings.map(([id, text, level]) => [id, text, level])).toEqual([
      ['backend-testing', 'How backend engineers test', 2],
      ['data-testing', 'How data engineers test', 2],
      ['testing--unit-tests', 'How each role tests: Unit tests', 4],
    ]);
    const dataWords = page?.headings[1]?.[3]?.split(' ') ?? [];
    expect(dataWords[0]).toBe('freshness');
    expect(dataWords).toContain('null');
    expect(dataWords).not.toContain('and');
  });
});
