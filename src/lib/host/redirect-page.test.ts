import { describe, expect, it } from 'vitest';
import { FORWARD_SCRIPT, redirectPage } from './redirect-page';

describe('redirectPage', () => {
  it('forwards with the fragment, and works without JavaScript', () => {
    const out = redirectPage({ from: '/faq/', to: '/reference/faq/', reason: 'Short path.' });
    expect(out).toContain(`<script>${FORWARD_SCRIPT}</script>`);
    expect(out).toContain('<meta http-equiv="refresh" content="0; url=/reference/faq/">');
    expect(out).toContain('<meta name="field-guide-redirect" content="/reference/faq/">');
    expect(out.indexOf('<script>')).toBeLessThan(out.indexOf('http-equiv'));
    // The script reads its target from the meta element, which must come first.
    expect(out.indexOf('name="field-guide-redirect"')).toBeLessThan(out.indexOf('<script>'));
  });
  it('gives every forwarding page the same script, so the CSP holds one hash for all of them', () => {
    const script = (page: string) => page.match(/<script>(.*)<\/script>/)?.[1];
    const a = redirectPage({ from: '/faq/', to: '/reference/faq/', reason: 'Short path.' });
    const b = redirectPage({ from: '/glossary/', to: '/reference/glossary/', reason: 'Short path.' });
    expect(script(a)).toBe(FORWARD_SCRIPT);
    expect(script(b)).toBe(FORWARD_SCRIPT);
    expect(FORWARD_SCRIPT).not.toContain('/reference/');
  });
});
