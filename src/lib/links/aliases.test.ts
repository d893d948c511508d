import { describe, expect, it } from 'vitest';
import { placeAliases } from './aliases';

const html =
  '<div class="sl-heading-wrapper level-h2"><h2 id="data-tests">Data tests</h2><a href="#data-tests">#</a></div><table><tr id="t--r"><td>x</td></tr></table>';

describe('placeAliases', () => {
  it('puts the old id just before the wrapper that holds the heading with the new id', () => {
    expect(placeAliases(html, { 'data-testing': 'data-tests' }, 'page.mdx')).toContain(
      '<span id="data-testing" data-anchor-alias="data-tests" class="anchor-alias" aria-hidden="true"></span><div class="sl-heading-wrapper level-h2"><h2 id="data-tests">',
    );
  });
  it('does not depend on the wrapper class: any div that starts with the heading', () => {
    expect(placeAliases('<div><h3 id="x">X</h3></div>', { old: 'x' }, 'page.mdx')).toBe(
      '<span id="old" data-anchor-alias="x" class="anchor-alias" aria-hidden="true"></span><div><h3 id="x">X</h3></div>',
    );
  });
  it('works for any element, such as a table row', () => {
    expect(placeAliases(html, { 't--old': 't--r' }, 'page.mdx')).toContain(
      '<span id="t--old" data-anchor-alias="t--r" class="anchor-alias" aria-hidden="true"></span><tr id="t--r">',
    );
  });
  it('fails clearly for a missing target or an id still in use', () => {
    expect(() => placeAliases(html, { old: 'nowhere' }, 'page.mdx')).toThrow(
      'page.mdx: field `anchorAliases.old`: no element with id "nowhere" on the page',
    );
    expect(() => placeAliases(html, { 'data-tests': 't--r' }, 'page.mdx')).toThrow(
      'still has an element with id "data-tests"',
    );
  });
});
