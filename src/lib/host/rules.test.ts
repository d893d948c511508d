import { describe, expect, it } from 'vitest';
import { HEADER_LINE_LIMIT, netlifyHeaders } from './rules';

describe('netlifyHeaders', () => {
  it('puts the policy on every path and long-lived caching on hashed files', () => {
    const file = netlifyHeaders("default-src 'self'");
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'\n/);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
  it('stops at a line Cloudflare Pages would refuse, and accepts one at the limit', () => {
    const prefix = '  Content-Security-Policy: '.length;
    expect(() => netlifyHeaders('x'.repeat(HEADER_LINE_LIMIT - prefix))).not.toThrow();
    expect(() => netlifyHeaders('x'.repeat(HEADER_LINE_LIMIT - prefix + 1))).toThrow(
      /Content-Security-Policy is 2001 characters long; Cloudflare Pages accepts 2000/,
    );
  });
});
