import { describe, expect, it } from 'vitest';
import {
  definesTerms,
  glossaryInDepthPage,
  termInDepthHref,
  comparisonFile,
  handoutUrl,
  diagramAnchor,
  diagramPath,
  pathOfEntry,
  pathOfSourceFile,
  readingPathFile,
  readingPathUrl,
  rowAnchor,
  sourceFileFor,
  tableAnchor,
} from './paths';

describe('page paths and source files', () => {
  it('maps a docs entry id to its URL path', () => {
    expect(pathOfEntry('index')).toBe('/');
    expect(pathOfEntry('differences/testing')).toBe('/differences/testing/');
  });
  it('maps a source file to its URL path and back', () => {
    expect(pathOfSourceFile('src/content/docs/index.mdx')).toBe('/');
    expect(pathOfSourceFile('src/content/docs/boundary/data-contracts.mdx')).toBe(
      '/boundary/data-contracts/',
    );
    expect(sourceFileFor('/')).toBe('src/content/docs/index.mdx');
    expect(sourceFileFor('/boundary/data-contracts/')).toBe('src/content/docs/boundary/data-contracts.mdx');
  });
  it('names a table file and the anchors of tables and rows', () => {
    expect(comparisonFile('testing')).toBe('src/data/comparisons/testing.yaml');
    expect(tableAnchor('testing')).toBe('testing--table');
    expect(rowAnchor('testing', 'unit-tests')).toBe('testing--unit-tests');
  });
  it('names where a diagram is served and the anchor of its figure', () => {
    expect(diagramPath('order-flow')).toBe('/diagrams/order-flow.svg');
    expect(diagramAnchor('order-flow')).toBe('order-flow--diagram');
  });
});

describe('reading path addresses', () => {
  it('names a path file, its page and its handout', () => {
    expect(readingPathFile('new-data-engineer')).toBe('src/data/paths/new-data-engineer.yaml');
    expect(readingPathUrl('new-data-engineer')).toBe('/paths/new-data-engineer/');
    expect(handoutUrl('new-data-engineer')).toBe('/paths/new-data-engineer/handout/');
  });
});

describe('glossary pages', () => {
  it('puts each letter on one in-depth page, and knows which pages define terms', () => {
    expect(glossaryInDepthPage('C').path).toBe('/reference/glossary-a-c/');
    expect(glossaryInDepthPage('S').path).toBe('/reference/glossary-s-z/');
    // A term that starts with a digit has the letter "#", which sorts before A.
    expect(glossaryInDepthPage('#').path).toBe('/reference/glossary-a-c/');
    expect(termInDepthHref('cdc', 'C')).toBe('/reference/glossary-a-c/#cdc');
    expect(
      ['/reference/glossary/', '/reference/tools/', '/reference/glossary-g-o/'].map(definesTerms),
    ).toEqual([true, true, true]);
    expect(definesTerms('/reference/faq/')).toBe(false);
  });
});
