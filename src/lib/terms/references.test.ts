import { describe, expect, it } from 'vitest';
import { readGlossary, readTools } from '../data-files';
import { checkGlossary, checkTools } from './references';

const FIXTURES = 'src/lib/terms/fixtures';
const terms = readGlossary(`${FIXTURES}/glossary.yaml`);
const tools = readTools(`${FIXTURES}/tools.yaml`);
const sections = new Set([
  '/boundary/events-and-change-data-capture/',
  '/boundary/events-and-change-data-capture/#change-data-capture',
  '/boundary/events-and-change-data-capture/#domain-events',
  '/the-roles/backend-engineering/',
  '/differences/data-modeling/',
  '/differences/technology-stacks/',
]);

describe('checkGlossary', () => {
  it('passes the fixture glossary', () => {
    expect(checkGlossary(terms, sections)).toEqual([]);
  });

  it('names the file, the term and the field of an unknown related id', () => {
    const changed = terms.map((t) => (t.id === 'cdc' ? { ...t, related: ['event', 'evnt'] } : t));
    expect(checkGlossary(changed, sections)).toEqual([
      'src/data/glossary.yaml (term "cdc"): field `related[1]`: no term with id "evnt" in src/data/glossary.yaml',
    ]);
  });

  it('refuses a reference to a page or section that does not exist', () => {
    const changed = terms.map((t) =>
      t.id === 'api' ? { ...t, usedIn: ['/the-roles/backend-engineering/#gone'] } : t,
    );
    expect(checkGlossary(changed, sections)).toEqual([
      'src/data/glossary.yaml (term "api"): field `usedIn[0]`: /the-roles/backend-engineering/#gone is not a page or section of the guide',
    ]);
  });

  it('refuses one name for two terms, and a term related to itself', () => {
    const changed = terms.map((t) =>
      t.id === 'event' ? { ...t, aliases: ['events', 'Change-data capture'], related: ['event'] } : t,
    );
    expect(checkGlossary(changed, sections)).toEqual([
      'src/data/glossary.yaml (term "event"): field `related[0]`: a term is not related to itself',
      'src/data/glossary.yaml (term "event"): field `aliases[1]`: "Change-data capture" already names term "cdc"; a mention could not say which term it means',
    ]);
  });
});

describe('checkTools', () => {
  it('passes the fixture tools', () => {
    expect(checkTools(tools, sections)).toEqual([]);
  });

  it('names the file, the tool and the field of a missing section, and an id taken by a category', () => {
    const changed = tools.map((t) =>
      t.id === 'kafka' ? { ...t, id: 'streaming', discussedIn: ['/nowhere/'] } : t,
    );
    expect(checkTools(changed, sections)).toEqual([
      'src/data/tools.yaml (tool "streaming"): field `id`: "streaming" is already an anchor on the tools page (a category or overview)',
      'src/data/tools.yaml (tool "streaming"): field `discussedIn[0]`: /nowhere/ is not a page or section of the guide',
    ]);
  });
});
