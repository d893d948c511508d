import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import TermPreviews from './TermPreviews.astro';

const definitions = {
  event: { term: 'Event', short: 'A record that something happened </script><b>"placed"</b> & more.' },
};

describe('<TermPreviews>', () => {
  it('puts the definitions once, as JSON that no definition can break out of, in a hidden element', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(TermPreviews, { props: { definitions } });
    expect(html).not.toContain('</script><b>');
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const element = document.querySelector('term-previews');
    expect(element?.hasAttribute('hidden')).toBe(true);
    const json = element?.querySelector('script[type="application/json"]')?.textContent ?? '';
    expect(JSON.parse(json)).toEqual(definitions);
    // Nothing of the definition is text a browser without CSS or scripts would print.
    expect(document.body.textContent?.replace(json, '')).not.toContain('A record that');
  });
});
