import { describe, expect, it } from 'vitest';
import { netlifyHeaders } from '../../src/lib/host/rules.ts';
import { headersFor, parseHeadersFile } from './host-headers.ts';

describe('headersFor', () => {
  const rules = parseHeadersFile(netlifyHeaders("default-src 'self'"));
  it('gives every path the policy and security headers', () => {
    const page = headersFor(rules, '/differences/testing/');
    expect(page['content-security-policy']).toBe("default-src 'self'");
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['cache-control']).toBe('public, max-age=0, must-revalidate');
  });
  it('caches hashed bundles for a year, and lets the later block win', () => {
    const asset = headersFor(rules, '/_astro/app.3f2a.js');
    expect(asset['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset['content-security-policy']).toBe("default-src 'self'");
  });
});
