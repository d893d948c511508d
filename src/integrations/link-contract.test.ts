import { describe, expect, it } from 'vitest';
import { insertAliases, redirectPage } from './link-contract';

const html =
  '<main><div class="sl-heading-wrapper level-h2"><h2 id="data-tests">Data tests</h2><a href="#data-tests">#</a></div><table><tr id="t--r"><td>x</td></tr></table></main>';

describe('insertAliases', () => {
  it('puts the old id just before the heading wrapper that holds the new id', () => {
    expect(insertAliases(html, { 'data-testing': 'data-tests' }, 'page.mdx')).toContain(
      '<main><span id="data-testing" data-anchor-alias="data-tests" class="anchor-alias" aria-hidden="true"></span><div class="sl-heading-wrapper level-h2"><h2 id="data-tests">',
    );
  });
  it('works for any element, such as a table row', () => {
    expect(insertAliases(html, { 't--old': 't--r' }, 'page.mdx')).toContain(
      '<span id="t--old" data-anchor-alias="t--r"',
    );
  });
  it('fails clearly for a missing target or an id still in use', () => {
    expect(() => insertAliases(html, { old: 'nowhere' }, 'page.mdx')).toThrow(
      'page.mdx: field `anchorAliases.old`: no element with id "nowhere" on the page',
    );
    expect(() => insertAliases(html, { 'data-tests': 't--r' }, 'page.mdx')).toThrow(
      'still has an element with id "data-tests"',
    );
  });
});

describe('redirectPage', () => {
  it('forwards with the fragment, and works without JavaScript', () => {
    const out = redirectPage({ from: '/faq/', to: '/reference/faq/', reason: 'Short path.' });
    expect(out).toContain(
      '<script>location.replace("/reference/faq/" + location.search + location.hash)</script>',
    );
    expect(out).toContain('<meta http-equiv="refresh" content="0; url=/reference/faq/">');
    expect(out).toContain('<meta name="field-guide-redirect" content="/reference/faq/">');
    expect(out.indexOf('<script>')).toBeLessThan(out.indexOf('http-equiv'));
  });
});
