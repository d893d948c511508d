import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './lib/test.ts';
import { ORDER_FLOW } from '../../src/lib/diagrams/order-flow.ts';
import { builtPages, DIST } from '../../scripts/lib/site.ts';

/**
 * Every page read by a text browser (`w3m -dump`, which ignores CSS and scripts): the content in
 * order, no search dialog, tables with their default roles once, the diagram's text alternative.
 * `.ci/run` installs w3m; elsewhere, without it, these tests are skipped with that reason shown.
 */
const W3M = ['/usr/bin/w3m', '/usr/local/bin/w3m'].find((path) => existsSync(path));
test.skip(
  !W3M && !process.env['FIELD_GUIDE_REQUIRE_W3M'],
  'w3m is not installed, so text-mode reading was NOT tested (apt-get install w3m; CI installs it)',
);

const dump = (path: string) =>
  execFileSync(W3M ?? 'w3m', ['-dump', '-cols', '100', '-T', 'text/html', join(DIST, path, 'index.html')], {
    encoding: 'utf8',
  });
/** Text browsers join a table's cell lines; compare words, not layout. */
const words = (text: string) => text.replace(/\s+/g, ' ');

test('no page shows the search dialog, and each shows its title', () => {
  const problems: string[] = [];
  for (const path of builtPages()) {
    const text = dump(path);
    for (const phrase of ['Search the guide', 'Show more results', 'Search needs JavaScript', 'Filters'])
      if (text.includes(phrase)) problems.push(`${path}: shows "${phrase}"`);
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(DIST, path, 'index.html'), 'utf8'))?.[1];
    if (title && !words(text).includes(title.replace(/&#39;/g, "'").replace(/&amp;/g, '&')))
      problems.push(`${path}: title "${title}" missing`);
  }
  expect(problems).toEqual([]);
});

test('a comparison table shows its default roles once, without controls or repeated labels', () => {
  const text = words(dump('/differences/purpose-and-outcomes/'));
  const table = text.slice(text.indexOf('Purpose and outcomes of each role'), text.indexOf('As of 2026'));
  // Cells wrap side by side, so look for the start of each default role's first cell.
  expect(table).toContain('Aspect Backend engineer Data engineer');
  expect(table).toContain('Features that work for users,');
  expect(table).toContain('Data that is available, reliable');
  // Columns the reader did not choose, the chooser and the row-link words stay out of the text.
  expect(table).not.toContain('Site reliability engineer');
  expect(table).not.toContain('Roles to compare');
  expect(table).not.toContain('Link to this row');
  expect(table.split('Backend engineer').length - 1).toBe(1);
});

test('the order-flow diagram reads as its text alternative, not as run-together labels', () => {
  const text = words(dump('/worked-example/online-shop-orders/'));
  expect(text).toContain(ORDER_FLOW.summary.slice(0, 80));
  expect(text).not.toMatch(/Checkout request\s*POST \/orders/);
});
