import { describe, expect, it } from 'vitest';
import {
  chooseLanding,
  contentWords,
  documentFrequencyWeights,
  runSearch,
  type SearchSources,
} from './engine';
import type { PagefindResult } from './pagefind';
import { stem, vocabularyFrom } from './query';
import { shardKey } from './vocabulary';
import { shardsFromFragment, type PageCard } from './shards';
import { FAQ_PATH, GLOSSARY_PATH } from '../paths';

/**
 * A tiny fake site, built the way the build step builds cards and section texts: from Pagefind-style
 * fragments (text plus anchors at word positions). The fake search matches words the way Pagefind
 * does for this purpose: every word must occur, and each match reports its word positions.
 */
const fragments = {
  a: {
    url: '/a/',
    content:
      'What does a data engineer do? Pipelines. A day of a data engineer starts with pipelines and a warehouse.',
    meta: { title: 'What does a data engineer do?' },
    anchors: [
      { element: 'h1', id: '_top', text: 'What does a data engineer do?', location: 0 },
      { element: 'h2', id: 'day', text: 'A typical day', location: 7 },
    ],
  },
  b: {
    url: '/b/',
    content:
      'Who owns backfills and incidents? Ownership of incidents. Running a joint postmortem. Write one postmortem for the incident, not two.',
    meta: { title: 'Who owns backfills and incidents?' },
    anchors: [
      { element: 'h1', id: '_top', text: 'Who owns backfills and incidents?', location: 0 },
      { element: 'h2', id: 'joint', text: 'Running a joint postmortem', location: 8 },
    ],
  },
  c: {
    url: '/c/',
    content: 'Glossary. Postmortem. A written review of an incident by a data engineer or backend engineer.',
    meta: { title: 'Glossary' },
    anchors: [
      { element: 'h1', id: '_top', text: 'Glossary', location: 0 },
      { element: 'h2', id: 'p', text: 'P', location: 1 },
      { element: 'h3', id: 'pm', text: 'Postmortem', location: 1 },
    ],
  },
};
const built = Object.fromEntries(Object.entries(fragments).map(([id, f]) => [id, shardsFromFragment(f)]));
const normal = (word: string) => stem(word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));

const searched: string[] = [];
const fetched: string[] = [];
const search = async (term: string): Promise<PagefindResult[]> => {
  searched.push(term);
  const words = term.split(' ').map(normal);
  return Object.entries(fragments).flatMap(([id, f]) => {
    const tokens = f.content.split(/\s+/).map(normal);
    if (!words.every((w) => tokens.includes(w))) return [];
    const positions = tokens.flatMap((t, i) => (words.includes(t) ? [i] : []));
    return [{ id, score: positions.length / tokens.length, words: positions }];
  });
};
const sources = (extra: Partial<SearchSources> = {}): SearchSources => ({
  search,
  card: async (id) => {
    fetched.push(`card ${id}`);
    return built[id]?.card;
  },
  sectionText: async (id, index) => {
    fetched.push(`text ${id} ${index}`);
    return built[id]?.texts[index];
  },
  pageCount: async () => 3,
  ...extra,
});

/** A page with one titled section, built as the build step builds cards. */
function sectionPage(id: string, url: string, heading: string, text: string) {
  return {
    id,
    ...shardsFromFragment({
      url,
      content: `${id}. ${heading}. ${text}`,
      meta: { title: id },
      anchors: [
        { element: 'h1', id: '_top', text: id, location: 0 },
        { element: 'h2', id: 's', text: heading, location: 1 },
      ],
    }),
  };
}

/** Sources over `pages`: a page matches when it holds every word; `scoreOf` stands for Pagefind's score. */
function siteOf(
  pages: ReturnType<typeof sectionPage>[],
  scoreOf: (id: string) => number = () => 1,
): SearchSources {
  return {
    ...sources(),
    search: async (term) =>
      pages.flatMap(({ id, texts }) => {
        const tokens = texts.flatMap((t) => t.text.split(' ')).map(normal);
        const wanted = term.split(' ').map(normal);
        if (!wanted.every((w) => tokens.includes(w))) return [];
        return [{ id, score: scoreOf(id), words: tokens.flatMap((t, i) => (wanted.includes(t) ? [i] : [])) }];
      }),
    card: async (id) => pages.find((p) => p.id === id)?.card,
    sectionText: async (id, index) => pages.find((p) => p.id === id)?.texts[index],
    pageCount: async () => pages.length,
  };
}

describe('runSearch', () => {
  it('searches all words, then each word, and opens the section whose heading holds them', async () => {
    searched.length = 0;
    const outcome = await runSearch('how do teams run a joint postmortem', sources(), { limit: 3 });
    expect(searched).toEqual(['teams run joint postmortem', 'teams', 'run', 'joint', 'postmortem']);
    expect(outcome.hits[0]?.url).toBe('/b/#joint');
    expect(outcome.hits[0]?.title).toBe('Who owns backfills and incidents?');
    expect(outcome.hits[0]?.section).toBe('Running a joint postmortem');
  });

  it('shows an excerpt around the matches with the matched words marked, past the heading', async () => {
    const outcome = await runSearch('joint postmortem', sources(), { limit: 1 });
    const excerpt = outcome.hits[0]?.excerpt ?? [];
    expect(excerpt.filter((part) => part.marked).map((part) => part.text)).toEqual(['postmortem']);
    expect(excerpt.map((part) => part.text).join('')).toBe('Write one postmortem for the incident, not two.');
  });

  it('opens the page top when the page as a whole matches better than any section', async () => {
    const outcome = await runSearch('data engineer', sources(), { limit: 3 });
    expect(outcome.hits[0]?.url).toBe('/a/');
    expect(outcome.hits[0]?.section).toBeUndefined();
  });

  it('finds pages that match only some words, when none match all', async () => {
    const outcome = await runSearch('data engineer zebra', sources());
    expect(outcome.hits[0]?.url.startsWith('/a/')).toBe(true);
    expect(outcome.total).toBe(2);
  });

  it('fetches cards only for the head of the ranking and one section text per shown result', async () => {
    fetched.length = 0;
    await runSearch('postmortem', sources(), { limit: 1 });
    expect(fetched.filter((f) => f.startsWith('card')).sort()).toEqual(['card b', 'card c']);
    expect(fetched.filter((f) => f.startsWith('text'))).toHaveLength(1);
  });

  it('never lands on a one-letter heading', async () => {
    const outcome = await runSearch('postmortem', sources(), { limit: 3 });
    const glossary = outcome.hits.find((hit) => hit.id === 'c');
    expect(glossary?.url).toBe('/c/#pm');
  });

  it('corrects a word the site does not use, from the shards of the query words only', async () => {
    const asked: string[][] = [];
    const words = async (shards: readonly string[]) => {
      asked.push([...shards]);
      return vocabularyFrom([
        ['postmortem', 2],
        ['pipelines', 2],
      ]);
    };
    const outcome = await runSearch('postmotrem', sources({ words }));
    expect(outcome.prepared.corrections).toEqual([{ from: 'postmotrem', to: 'postmortem' }]);
    expect(outcome.hits[0]?.url).toBe('/b/#joint');
    expect(asked[0]).toEqual([shardKey('postmotrem')]);
    // A known word costs one shard and no correction.
    asked.length = 0;
    expect((await runSearch('pipelines', sources({ words }))).prepared.corrections).toEqual([]);
    expect(asked).toEqual([['pi']]);
  });

  it("requires only the reader's own words together; related words are searched alone", async () => {
    searched.length = 0;
    await runSearch('incident review', sources());
    expect(searched).toEqual(['incident review', 'incident', 'review', 'failure']);
  });

  it('does not require words about the form of the answer ("list of"), unless nothing else is typed', async () => {
    searched.length = 0;
    const outcome = await runSearch('list of postmortem', sources());
    expect(searched).toEqual(['postmortem', 'list']);
    expect(outcome.hits.map((hit) => hit.id).sort()).toEqual(['b', 'c']);
    searched.length = 0;
    await runSearch('overview', sources());
    expect(searched[0]).toBe('overview');
  });

  it('re-ranks a page whose title holds the query even when it lacks other words', async () => {
    fetched.length = 0;
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, score: 1, words: [1] }));
    const titled = { id: 'b', score: 0.2, words: [2], matchedMetaFields: ['title'] };
    await runSearch('backfills zebra', {
      ...sources(),
      search: async (term) => (term === 'backfills' ? [titled] : term === 'zebra' ? many : []),
      card: async (id) => {
        fetched.push(`card ${id}`);
        return built[id]?.card;
      },
    });
    expect(fetched).toContain('card b');
  });

  it('lands on the section where the query words stand together', async () => {
    const page = shardsFromFragment({
      url: '/contracts/',
      content:
        'Contracts. Checks. A registry of owners and a schema for each event. Enforcement. Run a schema registry check in CI.',
      meta: { title: 'Contracts' },
      anchors: [
        { element: 'h1', id: '_top', text: 'Contracts', location: 0 },
        { element: 'h2', id: 'checks', text: 'Checks', location: 1 },
        { element: 'h2', id: 'enforcement', text: 'Enforcement', location: 13 },
      ],
    });
    const tokens = page.texts.flatMap((text) => text.text.split(' ')).map(normal);
    const outcome = await runSearch('schema registry', {
      ...sources(),
      search: async (term) => {
        const words = term.split(' ').map(normal);
        const positions = tokens.flatMap((t, i) => (words.includes(t) ? [i] : []));
        return [{ id: 'contracts', score: 1, words: positions }];
      },
      card: async () => page.card,
      sectionText: async (_, index) => page.texts[index],
    });
    expect(outcome.hits[0]?.url).toBe('/contracts/#enforcement');
  });

  it('counts a title word for less when most titles hold it', async () => {
    // Every page title but the FAQ's says "data engineering"; only the FAQ asks whether it is harder.
    const pages = [
      {
        id: 'faq',
        title: 'Questions',
        heading: 'Is data engineering harder?',
        text: 'data engineering harder',
      },
      ...['x', 'y', 'z', 'w'].map((id) => ({
        id,
        title: `Data engineering ${id}`,
        heading: `Data engineering for ${id}`,
        text: 'data engineering harder',
      })),
    ].map(({ id, title, heading, text }) => ({
      id,
      ...shardsFromFragment({
        url: `/${id}/`,
        content: `${title}. ${heading} ${text}`,
        meta: { title },
        anchors: [
          { element: 'h1', id: '_top', text: title, location: 0 },
          { element: 'h2', id: 's', text: heading, location: title.split(' ').length },
        ],
      }),
    }));
    const outcome = await runSearch('data engineering harder', {
      ...sources(),
      search: async (term) => {
        const words = term.split(' ').map(normal);
        return pages.flatMap(({ id, card, texts }) => {
          const tokens = texts.flatMap((t) => t.text.split(' ')).map(normal);
          if (!words.every((w) => tokens.includes(w))) return [];
          const inTitle = words.every((w) => card.title.split(' ').map(normal).includes(w));
          return [
            {
              id,
              score: id === 'faq' ? 0.9 : 1,
              words: tokens.flatMap((t, i) => (words.includes(t) ? [i] : [])),
              ...(inTitle ? { matchedMetaFields: ['title'] } : {}),
            },
          ];
        });
      },
      card: async (id) => pages.find((p) => p.id === id)?.card,
      sectionText: async (id, index) => pages.find((p) => p.id === id)?.texts[index],
      pageCount: async () => 5,
    });
    expect(outcome.hits[0]?.url).toBe('/faq/#s');
  });

  it('ranks the section devoted to a term above an entry that mentions it once', async () => {
    const pages = [
      sectionPage('glossary', '/glossary/', 'Backfill', 'Running a pipeline over past periods.'),
      sectionPage(
        'guide',
        '/guide/',
        'Backfills',
        'A backfill reruns history. Make each backfill idempotent; announce every backfill.',
      ),
    ];
    const outcome = await runSearch('backfill', siteOf(pages));
    expect(outcome.hits.map((hit) => hit.id)).toEqual(['guide', 'glossary']);
  });

  it('re-ranks the page that scores best word by word, even when it lacks a weak word', async () => {
    const pages = [
      ...Array.from({ length: 12 }, (_, i) => sectionPage(`p${i}`, `/p${i}/`, 'Notes', 'know table ledger')),
      sectionPage('answer', '/answer/', 'Ledgers', 'table ledger ledger'),
    ];
    const site = siteOf(pages);
    const outcome = await runSearch('know table ledger', {
      ...site,
      // Pagefind scores the answer best for "table" and "ledger"; twelve others hold every word.
      search: async (term, filters) =>
        (await site.search(term, filters)).map((r) => ({
          ...r,
          score: r.id === 'answer' && term !== 'know' ? 5 : 1,
        })),
    });
    expect(outcome.hits.map((hit) => hit.id)).toContain('answer');
  });

  it('counts the words of a page without headings as those of a section', async () => {
    const text = 'Reading for product managers who work with both teams.';
    const sectioned = sectionPage('guide', '/guide/', 'Further', text);
    const path = {
      id: 'path',
      ...shardsFromFragment({
        url: '/path/',
        content: `path. ${text}`,
        meta: { title: 'path' },
        anchors: [{ element: 'h1', id: '_top', text: 'path', location: 0 }],
      }),
    };
    expect(path.card.sections).toHaveLength(1);
    // Pagefind ranks the reading path a little higher; its lack of headings must not outweigh that.
    const site = siteOf([sectioned, path], (id) => (id === 'path' ? 1.1 : 1));
    expect((await runSearch('product managers both teams', site)).hits[0]?.id).toBe('path');
  });

  it('ranks a glossary entry below the guide section for a question, not for the term itself', async () => {
    const pages = [
      sectionPage(
        'glossary',
        GLOSSARY_PATH,
        'Cache',
        'A cache keeps hot keys in memory; a stampede follows expiry.',
      ),
      sectionPage(
        'guide',
        '/guide/',
        'Caching in a service',
        'When a hot key expires every request misses the cache.',
      ),
    ];
    // Pagefind alone would put the glossary first.
    const site = siteOf(pages, (id) => (id === 'glossary' ? 2 : 1));
    expect(pages[0]?.card.summary).toBe(true);
    expect((await runSearch('cache stampede when a hot key expires', site)).hits[0]?.id).toBe('guide');
    expect((await runSearch('cache', site)).hits[0]?.id).toBe('glossary');
    expect((await runSearch('what is a cache', site)).hits[0]?.id).toBe('glossary');
    // A query that asks for a tool by what it is does not discount the summary pages either.
    expect((await runSearch('cache stampede when a hot key expires, quiz', site)).hits[0]?.id).toBe(
      'glossary',
    );
  });

  it('ranks an FAQ entry below the guide section for a situation, not for a question', async () => {
    const text = 'The pipeline is green while the numbers are wrong.';
    const pages = [
      sectionPage('faq', FAQ_PATH, 'Why is a report wrong?', text),
      sectionPage('guide', '/guide/', 'How data systems fail', text),
    ];
    // Pagefind alone would put the FAQ first.
    const site = siteOf(pages, (id) => (id === 'faq' ? 1.1 : 1));
    expect(pages[0]?.card.answers).toBe(true);
    expect((await runSearch('pipeline green numbers wrong', site)).hits[0]?.id).toBe('guide');
    expect((await runSearch('why is the pipeline green and the numbers wrong?', site)).hits[0]?.id).toBe(
      'faq',
    );
  });

  it("leaves a word on most pages of a large site out of Pagefind's query while a rarer one is typed", async () => {
    const words = async () => ({
      ...vocabularyFrom([
        ['engineer', 9],
        ['postmortem', 2],
        ['data', 9],
      ]),
      common: new Set(['engineer', 'data']),
    });
    searched.length = 0;
    const outcome = await runSearch('engineer postmortem', sources({ words }));
    expect(searched).toEqual(['postmortem']);
    expect(outcome.hits.map((hit) => hit.id)).toContain('c');
    // When every typed word is common, none is left out.
    searched.length = 0;
    await runSearch('data engineer', sources({ words }));
    expect(searched).toEqual(['data engineer', 'data', 'engineer']);
  });

  it('returns nothing for an empty or filler-only query', async () => {
    expect((await runSearch('   ', sources())).hits).toEqual([]);
    expect((await runSearch('<>', sources())).hits).toEqual([]);
  });
});

describe('chooseLanding', () => {
  const card: PageCard = {
    url: '/t/',
    title: 'How does each role test its work?',
    sections: [
      ['_top', 'How does each role test its work?', 1, 0],
      ['backend-testing', 'How backend engineers test', 2, 10],
      ['data-testing', 'How data engineers test', 2, 20],
    ],
  };
  it('lands on the section whose heading holds more of the query than the title', () => {
    const found = [
      { words: ['test'], hits: [4] },
      { words: ['test'], hits: [13] },
      { words: ['data', 'test'], hits: [21, 24] },
    ];
    expect(chooseLanding(card, found, ['data', 'test'])).toEqual({ landing: 2, others: [1] });
  });
  it("weighs words by how few of the page's sections hold them", () => {
    const measures: PageCard = {
      url: '/m/',
      title: 'What is each role for, and how is success measured?',
      sections: [
        ['_top', 'What is each role for, and how is success measured?', 1, 0],
        ['backend-measures', 'How backend success is measured', 2, 10],
        ['data-measures', 'How data success is measured', 2, 20],
        ['freshness', 'Freshness', 3, 30],
        ['completeness', 'Completeness', 3, 40],
      ],
    };
    const found = [
      { words: ['data'], hits: [5] },
      { words: ['measured', 'data'], hits: [14, 16] },
      { words: ['data', 'measured'], hits: [21, 24] },
      { words: ['data'], hits: [33] },
      { words: ['completeness', 'data'], hits: [41, 44] },
    ];
    // "data" is everywhere on this page: "completeness" decides.
    expect(chooseLanding(measures, found, ['data', 'completeness', 'measured']).landing).toBe(4);
  });

  it('reads a subsection heading with the heading above it', () => {
    const measures: PageCard = {
      url: '/m/',
      title: 'Outcomes',
      sections: [
        ['_top', 'Outcomes', 1, 0],
        ['data-measures', 'How data success is measured', 2, 10],
        ['completeness', 'Completeness', 3, 20],
        ['backend-measures', 'How backend success is measured', 2, 30],
      ],
    };
    const found = [
      { words: [], hits: [] },
      { words: ['data', 'measured'], hits: [12, 15] },
      { words: ['completeness'], hits: [21] },
      { words: ['measured'], hits: [34] },
    ];
    expect(chooseLanding(measures, found, ['data', 'completeness', 'measured']).landing).toBe(2);
  });

  it('prefers the prose section to a table row that says as much', () => {
    const failure: PageCard = {
      url: '/f/',
      title: 'How do their systems fail?',
      sections: [
        ['_top', 'How do their systems fail?', 1, 0],
        ['compared', 'Failure modes compared', 2, 10],
        ['failure--blast-radius', 'How failure differs: Blast radius', 4, 20],
        ['blast-radius', 'Blast radius on each side', 2, 30],
      ],
    };
    const found = [
      { words: [], hits: [] },
      { words: [], hits: [] },
      { words: ['blast', 'radius'], hits: [23, 24] },
      { words: ['blast', 'radius'], hits: [30, 31] },
    ];
    expect(chooseLanding(failure, found, ['blast', 'radius']).landing).toBe(3);
  });

  it('stays at the top when no section says more than the title', () => {
    const found = [
      { words: ['role', 'work'], hits: [3, 6] },
      { words: [], hits: [] },
      { words: [], hits: [] },
    ];
    expect(chooseLanding(card, found, ['role', 'work']).landing).toBe(0);
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
  it('drops single characters, which Pagefind would match as the prefix of every word', () => {
    expect(contentWords('type a vs type b data engineer')).toEqual(['type', 'data', 'engineer']);
    expect(contentWords('b')).toEqual(['b']);
  });
  it('weighs rare words above common ones', () => {
    const weight = documentFrequencyWeights(
      new Map([
        ['data', 30],
        ['dbt', 2],
      ]),
      32,
    );
    expect(weight('dbt')).toBeGreaterThan(weight('data'));
  });
});
