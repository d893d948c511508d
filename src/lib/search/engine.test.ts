import { describe, expect, it } from 'vitest';
import {
  contentWords,
  isWithin,
  pageIndexFrom,
  pickSections,
  runSearch,
  stem,
  type PageEntry,
  type PagefindData,
  type SearchFn,
} from './engine';
import { vocabularyFrom } from './query';

/** A tiny fake site: page text by id, searched the way Pagefind does (every word must match). */
const pages: Record<
  string,
  { url: string; title: string; text: string; sections: Array<[string, string, string]> }
> = {
  a: {
    url: '/a/',
    title: 'What does a data engineer do?',
    text: 'data engineer pipelines warehouse',
    sections: [['day', 'A day of a data engineer', 'data engineer day']],
  },
  b: {
    url: '/b/',
    title: 'Running a joint postmortem',
    text: 'postmortem incident data backend',
    sections: [['joint', 'Running a joint postmortem', 'joint postmortem']],
  },
  c: {
    url: '/c/',
    title: 'Glossary',
    text: 'data engineer backend postmortem incident pipelines glossary',
    sections: [['pm', 'Postmortem', 'postmortem']],
  },
};

const data = (id: string, words: string[]): PagefindData => {
  const page = pages[id]!;
  return {
    url: page.url,
    excerpt: page.text,
    meta: { title: page.title },
    sub_results: page.sections.map(([anchor, title, text]) => ({
      title,
      url: `${page.url}#${anchor}`,
      excerpt: text,
      locations: words.filter((w) => text.includes(w)).map((_, i) => i),
    })),
  };
};

const searched: string[] = [];
const search: SearchFn = async (term) => {
  searched.push(term);
  const words = term.split(' ');
  return Object.keys(pages)
    .filter((id) => words.every((w) => `${pages[id]!.title.toLowerCase()} ${pages[id]!.text}`.includes(w)))
    .map((id) => ({ id, score: words.length, data: async () => data(id, words) }));
};

const index = pageIndexFrom(
  Object.entries(pages).map(([id, p]): PageEntry => ({
    id,
    url: p.url,
    title: p.title,
    headings: p.sections.map(([a, t]) => [a, t, 2]),
  })),
);
const vocabulary = vocabularyFrom([
  ['data', 50],
  ['engineer', 40],
  ['backend', 30],
  ['pipelines', 5],
  ['postmortem', 2],
  ['incident', 3],
  ['joint', 1],
  ['glossary', 1],
]);

describe('runSearch', () => {
  it('searches all words, then each word, and ranks titles and headings that hold the words first', async () => {
    searched.length = 0;
    const outcome = await runSearch('how do teams run a joint postmortem', search, {
      vocabulary,
      pages: index,
      limit: 3,
    });
    expect(searched).toEqual(['teams run joint postmortem', 'teams', 'run', 'joint', 'postmortem']);
    expect(outcome.hits[0]?.url).toBe('/b/');
    expect(outcome.hits[0]?.sections[0]?.url).toBe('/b/#joint');
  });

  it('finds pages that match only some words, when none match all', async () => {
    const outcome = await runSearch('data engineer zebra', search, { vocabulary, pages: index });
    expect(outcome.hits[0]?.url).toBe('/a/');
    expect(outcome.total).toBe(3);
  });

  it('ranks by fetched titles when no page index is available', async () => {
    const outcome = await runSearch('data engineer', search, { vocabulary, limit: 2 });
    expect(outcome.hits[0]?.url).toBe('/a/');
  });

  it('returns nothing for an empty or filler-only query', async () => {
    expect((await runSearch('   ', search)).hits).toEqual([]);
    expect((await runSearch('<>', search)).hits).toEqual([]);
  });
});

describe('helpers', () => {
  it('stems plural, -ing, -ed and -e forms alike', () => {
    expect(['engineers', 'engineering', 'engineer'].map(stem)).toEqual(['engineer', 'engineer', 'engineer']);
    expect(['hire', 'hiring', 'hired'].map(stem)).toEqual(['hir', 'hir', 'hir']);
  });
  it('drops filler words unless nothing else is left', () => {
    expect(contentWords('how do we know it is time')).toEqual(['know', 'time']);
    expect(contentWords('what is')).toEqual(['what', 'is']);
  });
  it('offers a heading from the page index even without a hit in its text', () => {
    const sections = pickSections(data('c', ['zzz']), ['postmortem'], () => 1, index.get('c'));
    expect(sections.map((s) => s.url)).toEqual(['/c/#pm']);
  });
  it('knows which anchors lie inside a section', () => {
    const page: PageEntry = {
      id: 'x',
      url: '/x/',
      title: 'X',
      headings: [
        ['s1', 'One', 2],
        ['row', '', 4],
        ['s1a', 'One A', 3],
        ['s2', 'Two', 2],
      ],
    };
    expect(isWithin(page, 'row', 's1')).toBe(true);
    expect(isWithin(page, 's1a', 's1')).toBe(true);
    expect(isWithin(page, 's2', 's1')).toBe(false);
    expect(isWithin(page, 's1', 's1')).toBe(true);
  });
});
