import { expect, test } from './lib/test.ts';
import { headersFor, readHeadersFile } from '../../scripts/lib/host-headers.ts';

/**
 * The build is served with the Content-Security-Policy of its own `_headers` file as an HTTP header
 * (scripts/lib/preview.ts), and every test of every spec fails on a violation (./lib/test.ts): every
 * page is loaded that way by pages.spec.ts. The tests here walk the interactions that run scripts,
 * write styles or fetch, one after another, so that each is known to be covered.
 */

test('the policy is strict and served as a header', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response?.headers()['content-security-policy'] ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  expect(policy).toContain("frame-ancestors 'none'");
  // Exactly the policy the build ships for every path.
  expect(policy).toBe(headersFor(readHeadersFile(), '/')['content-security-policy']);
});

test('the watch every test runs under catches what the policy blocks', async ({ page, cspViolations }) => {
  await page.goto('/differences/testing/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ranInline = 1';
    document.body.append(script);
    // A style element (style attributes are allowed: src/lib/csp.ts says why).
    document.body.insertAdjacentHTML('beforeend', '<style>p { color: red }</style>');
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(
    await page.evaluate(() => (window as unknown as { __ranInline?: number }).__ranInline),
  ).toBeUndefined();
  expect(cspViolations.join('\n')).toMatch(/script-src/);
  expect(cspViolations.join('\n')).toMatch(/style-src/);
  // Seen and expected here; any other test fails on them.
  cspViolations.length = 0;
});

test('search, its filters and opening a result raise no CSP violation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('on call rotaton');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await page.getByText('Filters').click();
  await page.getByLabel('Topic').selectOption('Differences');
  await expect(page.locator('a.search-result-link').first()).toHaveAttribute('href', /^\/differences\//);
  await page.getByRole('searchbox', { name: 'Search' }).press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/highlight=/);
  await expect(page.locator('mark').first()).toBeVisible();
});

test('theme, table chooser, row and heading copy links raise no CSP violation', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
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
});

test('a redirect page forwards with its fragment and raises no CSP violation', async ({ page }) => {
  await page.goto('/faq/#etl-vs-elt');
  await expect(page).toHaveURL(/\/reference\/faq\/#etl-vs-elt$/);
});

test('the skills planner: rating, downloads and reset raise no CSP violation', async ({ page }) => {
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
});
