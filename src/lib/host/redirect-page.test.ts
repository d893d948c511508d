import { describe, expect, it } from 'vitest';
import { redirectPage } from './redirect-page';

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
