import { describe, expect, it } from 'vitest';
import { readGlossary, readRoles, readTools } from '../data-files';
import {
  glossaryGroups,
  glossaryOutline,
  inDepthGroups,
  inDepthLetters,
  letterOf,
  paragraphsOf,
  toolGroups,
  toolsOutline,
} from './reference-pages';

const FIXTURES = 'src/lib/terms/fixtures';
const terms = readGlossary(`${FIXTURES}/glossary.yaml`);
const tools = readTools(`${FIXTURES}/tools.yaml`);
const roles = readRoles();
const titleOf = (ref: string) => `Title of ${ref}`;

describe('the glossary page', () => {
  it('groups terms by letter, both in alphabetical order, ignoring case', () => {
    const groups = glossaryGroups(terms, titleOf);
    expect(groups.map((g) => [g.id, g.letter, g.terms.map((t) => t.id)])).toEqual([
      ['a', 'A', ['api']],
      ['c', 'C', ['cdc']],
      ['e', 'E', ['event']],
    ]);
    expect(letterOf('p99')).toBe('P');
  });

  it('resolves related terms and sections to titles, and splits the explanation into paragraphs', () => {
    const cdc = glossaryGroups(terms, titleOf)[1]?.terms[0];
    expect(cdc?.short).toBe(
      "Streaming every insert, update and delete from a database's own change log to other systems.",
    );
    // Entries in depth live on the page of their letter: C on A–C, E on D–F.
    expect(cdc?.inDepthHref).toBe('/reference/glossary-a-c/#cdc');
    expect(cdc?.related).toEqual([{ href: '/reference/glossary-d-f/#event', title: 'Event' }]);
    expect(cdc?.usedIn).toEqual([
      {
        href: '/boundary/events-and-change-data-capture/#change-data-capture',
        title: 'Title of /boundary/events-and-change-data-capture/#change-data-capture',
      },
    ]);
    expect(cdc?.paragraphs).toHaveLength(2);
    expect(paragraphsOf('one\nline\n\n\ntwo')).toEqual(['one line', 'two']);
  });

  it('lists its headings for the table of contents: letters as h2, terms as h3', () => {
    expect(glossaryOutline(terms).slice(0, 3)).toEqual([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'api', text: 'API' },
      { depth: 2, slug: 'c', text: 'C' },
    ]);
  });

  it('splits the glossary in depth into pages by letter, each listing only its own headings', () => {
    const groups = glossaryGroups(terms, titleOf);
    expect(inDepthGroups(groups, '/reference/glossary-a-c/').map((g) => g.letter)).toEqual(['A', 'C']);
    expect(inDepthGroups(groups, '/reference/glossary-d-f/').map((g) => g.letter)).toEqual(['E']);
    expect(inDepthGroups(groups, '/reference/glossary-s-z/')).toEqual([]);
    expect(glossaryOutline(terms, '/reference/glossary-d-f/')).toEqual([
      { depth: 2, slug: 'e', text: 'E' },
      { depth: 3, slug: 'event', text: 'Event' },
    ]);
    // The letter row links every letter: on this page by anchor, on another by its address.
    expect(inDepthLetters(groups, '/reference/glossary-d-f/')).toEqual([
      { letter: 'A', href: '/reference/glossary-a-c/#a' },
      { letter: 'C', href: '/reference/glossary-a-c/#c' },
      { letter: 'E', href: '#e' },
    ]);
  });
});

describe('the tools page', () => {
  it('groups tools by category in the page order, with each role that uses a tool, by name', () => {
    const groups = toolGroups(tools, roles, titleOf);
    expect(groups.map((g) => [g.id, g.tools.map((t) => t.id)])).toEqual([
      ['languages', ['python']],
      ['operational-databases', ['postgresql']],
      ['streaming', ['kafka']],
    ]);
    const kafka = groups[2]?.tools[0];
    expect(kafka?.uses.map((use) => use.role)).toEqual(['Backend engineer', 'Data engineer']);
    expect(kafka?.usedBy).toEqual(['Backend', 'Data']);
  });

  it('lists the overview, categories and tools as headings', () => {
    expect(toolsOutline(tools).map((h) => `${h.depth}:${h.slug}`)).toEqual([
      '2:at-a-glance',
      '2:languages',
      '3:python',
      '2:operational-databases',
      '3:postgresql',
      '2:streaming',
      '3:kafka',
    ]);
  });
});
