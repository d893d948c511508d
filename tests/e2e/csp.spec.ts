import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { headersFor, readHeadersFile } from '../../scripts/lib/host-headers.ts';
import { builtPages } from '../../scripts/lib/site.ts';

/**
 * The build served with the headers its own `_headers` file declares (Content-Security-Policy
 * included, as an HTTP header), and every page and interaction watched for CSP violations.
 */
const rules = readHeadersFile();
const pages = builtPages();

async function withHostHeaders(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, url.pathname) } });
  });
}

/** Collects violations from the page's `securitypolicyviolation` events and the console. */
async function watch(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

test.beforeEach(async ({ context }) => withHostHeaders(context));

test('the policy is strict and served as a header', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  expect(policy).toContain("frame-ancestors 'none'");
});

test('no page raises a CSP violation while loading', async ({ page }) => {
  const violations = await watch(page);
  for (const path of [...pages, '/404.html']) await page.goto(path, { waitUntil: 'load' });
  expect(violations).toEqual([]);
});

test('search, its filters and opening a result raise no CSP violation', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('on call rotaton');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await page.getByText('Filters').click();
  await page.getByLabel('Topic').selectOption('Differences');
  await expect(results.first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=/);
  await expect(page.locator('mark').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('theme, table chooser, row and heading copy links raise no CSP violation', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  const violations = await watch(page);
  await page.goto('/differences/purpose-and-outcomes/');
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const table = page.locator('#purpose-and-outcomes--table');
  await table.getByRole('checkbox', { name: 'SRE', exact: true }).check();
  await expect(page).toHaveURL(/compare=/);
  await page
    .locator('#purpose-and-outcomes--primary-focus')
    .getByRole('link', { name: /Link to this row/ })
    .click();
  await page.getByRole('button', { name: /^Copy URL/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '#purpose-and-outcomes--primary-focus',
  );
  const heading = page.locator('.sl-markdown-content h2[id]').first();
  const id = (await heading.getAttribute('id')) ?? '';
  await page.locator(`a.sl-anchor-link[href="#${id}"]`).click();
  // The rich text copy writes an HTML clipboard item: no inline style or script may be involved.
  await page.getByRole('button', { name: /^Copy rich text link/ }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`#${id}`);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.locator('#starlight__sidebar')).toBeVisible();
  expect(violations).toEqual([]);
});

test('a redirect page forwards with its fragment and raises no CSP violation', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('/faq/#etl-vs-elt');
  await expect(page).toHaveURL(/\/reference\/faq\/#etl-vs-elt$/);
  expect(violations).toEqual([]);
});

test('the skills planner: rating, downloads and reset raise no CSP violation', async ({ page }) => {
  const violations = await watch(page);
  await page.goto('/careers/skills-planner/');
  await page
    .getByRole('group', { name: 'Your level in SQL' })
    .getByRole('radio', { name: 'Some', exact: true })
    .check();
  for (const name of ['Download Markdown', 'Download JSON']) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^skills-plan\.(md|json)$/);
  }
  await page.getByRole('button', { name: 'Reset ratings' }).click();
  await expect(page.locator('[data-skills-plan] [role="status"]')).toHaveText(
    'Ratings cleared. The plan lists every skill again.',
  );
  expect(violations).toEqual([]);
});
