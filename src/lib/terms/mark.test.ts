import { describe, expect, it } from 'vitest';
import { createMatcher } from './match';
import { markFirstMentions } from './mark';
import { readRendered } from './prose';

const matcher = createMatcher([
  { id: 'cdc', names: ['Change data capture', 'CDC'] },
  { id: 'event', names: ['Event', 'events'] },
  { id: 'data-lake', names: ['Data lake'] },
]);
const mark = (html: string) =>
  markFirstMentions(html, readRendered(html), matcher, (id) => `/reference/glossary/#${id}`);
const link = (id: string, text: string) =>
  `<a href="/reference/glossary/#${id}" class="term-mark" data-term="${id}">${text}</a>`;

describe('markFirstMentions', () => {
  it('marks only the first mention of each term, by name or alias', () => {
    const { html, marked } = mark('<p>CDC streams events.</p><p>Change data capture and events again.</p>');
    expect(html).toBe(
      `<p>${link('cdc', 'CDC')} streams ${link('event', 'events')}.</p><p>Change data capture and events again.</p>`,
    );
    expect(marked).toEqual(['cdc', 'event']);
  });

  it('skips headings, links, code, pre, buttons, labels and hidden parts, and marks the first prose mention', () => {
    const source = [
      '<div class="sl-heading-wrapper"><h2 id="cdc">CDC</h2><a href="#cdc">link</a></div>',
      '<p><a href="/x/">CDC</a> <code>CDC</code> <button>CDC</button> <label>CDC</label></p>',
      '<pre><code>CDC</code></pre><p hidden>CDC</p><span aria-hidden="true">CDC</span>',
      '<span class="sr-only">CDC</span><p data-not-prose>CDC</p>',
      '<p>Then CDC.</p>',
    ].join('');
    const { html, marked } = mark(source);
    expect(marked).toEqual(['cdc']);
    expect(html).toBe(source.replace('<p>Then CDC.</p>', `<p>Then ${link('cdc', 'CDC')}.</p>`));
  });

  it('marks a mention inside inline formatting and list items', () => {
    expect(mark('<ul><li><strong>A data lake</strong> holds files.</li></ul>').html).toBe(
      `<ul><li><strong>A ${link('data-lake', 'data lake')}</strong> holds files.</li></ul>`,
    );
  });

  it('respects word boundaries and leaves other bytes as rendered', () => {
    const source = '<p class="x" data-y=\'1\'>eventual CDCs, preventable &amp; <br>fine</p>';
    expect(mark(source)).toEqual({ html: source, marked: [] });
  });

  it('escapes the text it rewrites and keeps entities meaning the same', () => {
    const { html } = mark('<p>a &lt;b&gt; &amp; CDC &quot;x&quot; &#39;y&#39;</p>');
    expect(html).toBe(`<p>a &lt;b&gt; &amp; ${link('cdc', 'CDC')} "x" 'y'</p>`);
  });

  it('never marks inside script, style or template content', () => {
    const source = '<script>var CDC = 1</script><style>.CDC{}</style><template><p>CDC</p></template>';
    expect(mark(source)).toEqual({ html: source, marked: [] });
  });
});
