import { defineConfig, devices } from '@playwright/test';
import { BASE_URL } from './scripts/lib/site.ts';
import { CHROMIUM_ARGS, resolveChromium } from './scripts/lib/chromium.ts';

const chromium = await resolveChromium();
console.log(`Chromium for browser tests: ${chromium.path} (${chromium.source})`);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list']],
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: BASE_URL,
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  // The built site, served as in production (search only exists after `astro build`).
  globalSetup: './tests/e2e/global-setup.ts',
});
