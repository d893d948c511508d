import { describe, expect, it } from 'vitest';
import {
  headingSlug,
  isTableRow,
  isWithin,
  ownHeading,
  readCard,
  sectionAt,
  shardsFromFragment,
  storeCard,
} from './shards';
import { FAQ_PATH, GLOSSARY_PATH, TOOLS_PATH } from '../paths';

const testing = shardsFromFragment({
  url: '/differences/testing/',
  content:
    'How does each role test its work? Backend tests endpoints. Data tests check freshness and nulls. Side by side. Caption text here. Unit tests row.',
  meta: { title: 'How does each role test its work?', description: 'Testing compared.' },
  anchors: [
    { element: 'h1', id: '_top', text: 'How does each role test its work?', location: 0 },
    { element: 'h2', id: 'backend-testing', text: 'How backend engineers test ', location: 7 },
    { element: 'h2', id: 'data-testing', text: 'How data engineers test', location: 10 },
    { element: 'h2', id: 'side-by-side', text: 'Side by side', location: 16 },
    { element: 'comparison-table', id: 'testing--table', text: '', location: 19 },
    { element: 'caption', id: 'testing--caption', text: 'Caption text here.', location: 19 },
    {
      element: 'tr',
      id: 'testing--unit-tests',
      text: '',
      title: 'How each role tests: Unit tests',
      location: 22,
    },
    { element: 'h2', id: 'z', text: 'Z', location: 25 },
  ],
});

describe('shardsFromFragment', () => {
  it('lists every landing place in page order with its level and first word', () => {
    expect(testing.card.url).toBe('/differences/testing/');
    expect(testing.card.sections).toEqual([
      ['_top', 'How does each role test its work?', 1, 0],
      ['backend-testing', 'How backend engineers test', 2, 7],
      ['data-testing', 'How data engineers test', 2, 10],
      ['side-by-side', 'Side by side', 2, 16],
      ['testing--unit-tests', 'How each role tests: Unit tests', 4, 22],
    ]);
  });
  it('cuts the text into sections at the same word positions Pagefind reports', () => {
    expect(testing.texts.map((t) => t.start)).toEqual([0, 7, 10, 16, 22]);
    expect(testing.texts[1]?.text).toBe('Backend tests endpoints.');
    // The caption and the one-letter heading are no sections: their words stay with the section before.
    expect(testing.texts[3]?.text).toBe('Side by side. Caption text here.');
    expect(testing.texts[4]?.text).toBe('Unit tests row.');
  });
  it('marks summary pages: the glossary, the tools index and pages of type "tool"', () => {
    const page = (url: string, type: string) =>
      shardsFromFragment({
        url,
        content: 'A page.',
        meta: { title: 'A page' },
        filters: { 'Page type': [type] },
        anchors: [{ element: 'h1', id: '_top', text: 'A page', location: 0 }],
      }).card.summary;
    expect(page(GLOSSARY_PATH, 'Reference')).toBe(true);
    expect(page(TOOLS_PATH, 'Reference')).toBe(true);
    expect(page('/careers/skills-planner/', 'Tool')).toBe(true);
    expect(page('/reference/faq/', 'Reference')).toBeUndefined();
    expect(testing.card.summary).toBeUndefined();
  });

  it('marks the FAQ as a page of answers, and keeps the mark in its file', () => {
    const faq = shardsFromFragment({
      url: FAQ_PATH,
      content: 'Questions. Is it hard? Yes.',
      meta: { title: 'Questions' },
      anchors: [
        { element: 'h1', id: '_top', text: 'Questions', location: 0 },
        { element: 'h2', id: 'hard', text: 'Is it hard?', location: 1 },
      ],
    }).card;
    expect(faq.answers).toBe(true);
    expect(readCard(storeCard(faq))).toEqual(faq);
    expect(testing.card.answers).toBeUndefined();
  });
});

describe('storeCard and readCard', () => {
  it('store a card smaller and read it back unchanged', () => {
    const stored = storeCard(testing.card);
    // Ids that are their heading's slug go; the page top is implied; word positions become gaps.
    expect(stored.sections).toEqual([
      ['backend-testing', 'How backend engineers test', 2, 7],
      ['data-testing', 'How data engineers test', 2, 3],
      ['Side by side', 2, 6],
      ['testing--unit-tests', 'How each role tests: Unit tests', 4, 6],
    ]);
    expect(readCard(JSON.parse(JSON.stringify(stored)))).toEqual(testing.card);
    const summary = { ...testing.card, summary: true as const };
    expect(readCard(storeCard(summary))).toEqual(summary);
  });

  it('keep an id that is not its heading slug', () => {
    expect(headingSlug('Change data capture (CDC)')).toBe('change-data-capture-cdc');
    const card = {
      url: '/g/',
      title: 'G',
      sections: [
        ['_top', 'G', 1, 0],
        ['cdc', 'Change data capture (CDC)', 3, 4],
      ],
    };
    expect(storeCard(card as never).sections).toEqual([['cdc', 'Change data capture (CDC)', 3, 4]]);
  });
});

describe('sectionAt and isWithin', () => {
  it('finds the section that holds a word position', () => {
    expect(sectionAt(testing.card, 0)).toBe(0);
    expect(sectionAt(testing.card, 9)).toBe(1);
    expect(sectionAt(testing.card, 23)).toBe(4);
  });
  it('knows which anchors lie inside a section', () => {
    expect(isWithin(testing.card, 'testing--unit-tests', 'side-by-side')).toBe(true);
    expect(isWithin(testing.card, 'data-testing', 'backend-testing')).toBe(false);
    expect(isWithin(testing.card, 'data-testing', 'data-testing')).toBe(true);
    expect(isWithin(testing.card, 'data-testing', '_top')).toBe(true);
  });
});

describe('isTableRow', () => {
  it('tells a table row anchor from a heading id', () => {
    expect(isTableRow('testing--unit-tests')).toBe(true);
    expect(isTableRow('backend-testing')).toBe(false);
  });
  it("names a row by its aspect, without its table's title", () => {
    expect(ownHeading('failure--blast-radius', 'How failure differs: Blast radius')).toBe('Blast radius');
    expect(ownHeading('why', 'Why: a question')).toBe('Why: a question');
  });
});
