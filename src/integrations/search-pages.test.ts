import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFragment } from './search-pages';

describe('decodeFragment', () => {
  it('reads url, title and landable sections from a Pagefind fragment', () => {
    const json = JSON.stringify({
      url: '/differences/testing/',
      meta: { title: 'How does each role test its work?' },
      anchors: [
        { id: '_top', text: 'How does each role test its work?', element: 'h1' },
        { id: 'data-testing', text: 'How data engineers test ', element: 'h2' },
        { id: 'testing--table', text: '', element: 'comparison-table' },
        { id: 'testing--unit-tests', text: 'How each role tests its work: Unit tests', element: 'tr' },
      ],
    });
    const page = decodeFragment('en_abc', gzipSync(Buffer.from(`pagefind_dcd${json}`)));
    expect(page).toEqual({
      id: 'en_abc',
      url: '/differences/testing/',
      title: 'How does each role test its work?',
      headings: [
        ['data-testing', 'How data engineers test', 2],
        ['testing--unit-tests', 'How each role tests its work: Unit tests', 4],
      ],
    });
  });
});
