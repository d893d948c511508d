import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import CopyBlock from './CopyBlock.astro';

describe('<CopyBlock>', () => {
  it('keeps its text readable without JavaScript and its named copy button in inert markup', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(CopyBlock, {
      props: { label: 'backfill request' },
      slots: { default: '<pre><code># Backfill request</code></pre>' },
    });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const block = document.querySelector('copy-block');
    expect(block?.getAttribute('data-label')).toBe('backfill request');
    expect(block?.querySelector('[data-copy-source] pre')?.textContent).toBe('# Backfill request');
    expect(block?.querySelector('[data-copy-source]')?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(block?.querySelectorAll(':scope > div button')).toHaveLength(0);
    expect(block?.querySelector('script[data-inert="copy-block-button"]')?.textContent).toContain(
      'Copy backfill request',
    );
  });
});
