import { describe, expect, it } from 'vitest';
import { checkOrigin } from './deploy-origin';

describe('checkOrigin', () => {
  it('refuses a build without an origin, naming SITE_URL and npm start', () => {
    const check = checkOrigin(undefined, 'build');
    expect(check.ok).toBe(false);
    expect(!check.ok && check.error).toMatch(/SITE_URL is not set.*npm start/s);
  });
  it('builds for a public origin without a warning', () => {
    expect(checkOrigin('https://guide.example.com', 'build')).toEqual({ ok: true });
  });
  it('builds for localhost with a warning not to deploy', () => {
    const check = checkOrigin('http://localhost:4321', 'build');
    expect(check).toMatchObject({ ok: true, warning: expect.stringMatching(/Do not deploy/) });
  });
  it('lets the dev server and preview run without an origin', () => {
    expect(checkOrigin(undefined, 'dev')).toEqual({ ok: true });
    expect(checkOrigin(undefined, 'preview')).toEqual({ ok: true });
  });
});
