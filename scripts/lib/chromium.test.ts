import { describe, expect, it } from 'vitest';
import { resolveChromium } from './chromium';

const never = async () => {
  throw new Error('the bundled Chromium should not be unpacked');
};

describe('resolveChromium', () => {
  it('prefers CHROMIUM_PATH when the file exists', async () => {
    const choice = await resolveChromium(
      { CHROMIUM_PATH: '/opt/c' },
      (p) => p === '/opt/c' || p === '/usr/bin/chromium',
      never,
    );
    expect(choice).toEqual({ path: '/opt/c', source: 'CHROMIUM_PATH' });
  });

  it('fails clearly when CHROMIUM_PATH points nowhere', async () => {
    await expect(resolveChromium({ CHROMIUM_PATH: '/nope' }, () => false, never)).rejects.toThrow(
      'CHROMIUM_PATH is set to /nope',
    );
  });

  it('falls back to a system Chromium', async () => {
    const choice = await resolveChromium({}, (p) => p === '/usr/bin/chromium-browser', never);
    expect(choice).toEqual({ path: '/usr/bin/chromium-browser', source: 'system' });
  });

  it('falls back to the bundled Chromium on a machine with no browser', async () => {
    const choice = await resolveChromium(
      {},
      () => false,
      async () => '/tmp/chromium',
    );
    expect(choice).toEqual({ path: '/tmp/chromium', source: '@sparticuz/chromium' });
  });
});
