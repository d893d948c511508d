import { describe, expect, it } from 'vitest';
import { pageHead, type HeadEntry } from './page-head';

const starlightHead: HeadEntry[] = [
  { tag: 'title', content: 'Testing | Backend vs Data Engineering' },
  { tag: 'link', attrs: { rel: 'canonical', href: 'https://guide.example/differences/testing/' } },
  { tag: 'meta', attrs: { property: 'og:type', content: 'article' } },
  { tag: 'meta', attrs: { property: 'og:url', content: 'https://guide.example/differences/testing/' } },
];
const page = {
  path: '/differences/testing/',
  title: 'How does testing differ?',
  area: 'differences' as const,
  description: 'What each role tests.',
  siteTitle: 'Backend vs Data Engineering',
  site: new URL('https://guide.example'),
  isNotFound: false,
};
const attr = (head: HeadEntry[], name: string) =>
  head.find((e) => e.attrs?.['property'] === name || e.attrs?.['name'] === name)?.attrs?.['content'];

describe('pageHead', () => {
  it('adds an absolute preview image with its size and the card text as alternative text', () => {
    const head = pageHead(starlightHead, page);
    expect(attr(head, 'og:image')).toBe('https://guide.example/og/differences/testing.png');
    expect(attr(head, 'twitter:image')).toBe('https://guide.example/og/differences/testing.png');
    expect(attr(head, 'og:image:width')).toBe('1200');
    expect(attr(head, 'og:image:height')).toBe('630');
    expect(attr(head, 'og:image:alt')).toBe(
      'How does testing differ? Differences · Backend vs Data Engineering — a field guide. What each role tests.',
    );
    expect(attr(head, 'og:type')).toBe('article');
  });

  it('gives the home page the site title once and og:type website', () => {
    const head = pageHead(starlightHead, { ...page, path: '/', title: 'Backend vs Data Engineering' });
    expect(head.find((e) => e.tag === 'title')?.content).toBe('Backend vs Data Engineering');
    expect(attr(head, 'og:type')).toBe('website');
    expect(attr(head, 'og:image')).toBe('https://guide.example/og/index.png');
  });

  it('marks the 404 page noindex, without a canonical URL or og:url', () => {
    const head = pageHead(starlightHead, { ...page, path: '/404/', isNotFound: true });
    expect(head.some((e) => e.attrs?.['rel'] === 'canonical')).toBe(false);
    expect(attr(head, 'og:url')).toBeUndefined();
    expect(attr(head, 'robots')).toBe('noindex');
    expect(attr(head, 'og:image')).toBeUndefined();
  });

  it('adds no image without a deployed origin', () => {
    expect(attr(pageHead(starlightHead, { ...page, site: undefined }), 'og:image')).toBeUndefined();
  });

  it('leaves the head it was given unchanged', () => {
    const before = structuredClone(starlightHead);
    pageHead(starlightHead, { ...page, path: '/' });
    expect(starlightHead).toEqual(before);
  });
});
