import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { printableSection } from './handout';
import { sliceSection } from './sections';

const page = readFileSync('src/lib/reading-paths/fixtures/rendered-page.html', 'utf8');
const section = sliceSection(page, 'with-parts') ?? '';
const printed = printableSection(section, { page: '/boundary/x/', idPrefix: 's4-', depth: 2 });
const { document } = parseHTML(`<!doctype html><html><body>${printed}</body></html>`);

describe('printableSection', () => {
  it('leaves out every control, script and heading link, and no custom element is left to start', () => {
    for (const selector of [
      'script',
      'input',
      '.sl-anchor-link',
      '.cmp-row-link',
      '[role="status"]',
      '[role="tablist"]',
      'comparison-table',
      'starlight-tabs',
    ])
      expect(document.querySelectorAll(selector), selector).toHaveLength(0);
    expect(printed).not.toContain('/work/');
  });

  it("drops the section's own heading and keeps its subsections one level under the step, without ids", () => {
    expect(printed).not.toContain('A section with a table and tabs');
    expect([...document.querySelectorAll('h2, h3, h4')].map((h) => `${h.tagName}:${h.id}`)).toEqual(['H3:']);
    const whole = printableSection(sliceSection(page, undefined) ?? '', {
      page: '/p/',
      idPrefix: 's1-',
      depth: 1,
    });
    expect(whole).toContain('<h3>First section</h3>');
    expect(whole).toContain('<h4>Inner part</h4>');
  });

  it('shows every tab panel under its name', () => {
    expect([...document.querySelectorAll('.handout-tab-label')].map((p) => p.textContent)).toEqual([
      'Domain event',
      'CDC change event',
    ]);
    expect(document.querySelectorAll('[hidden]')).toHaveLength(0);
    expect(document.body.textContent).toContain('Second panel.');
  });

  it('prefixes ids with their references, and sends other fragment links to the source page', () => {
    expect(document.querySelector('.cmp-scroll')?.getAttribute('aria-labelledby')).toBe(
      's4-with-parts--caption',
    );
    expect(document.querySelector('caption')?.id).toBe('s4-with-parts--caption');
    const hrefs = [...document.querySelectorAll('p a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/boundary/x/#first', '#s4-with-parts--row']);
  });
});
