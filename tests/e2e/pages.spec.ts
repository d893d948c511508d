import { expect, test } from './lib/test.ts';
import { axeViolations, COLOUR_RULES } from './lib/axe.ts';
import { builtPages } from '../../scripts/lib/site.ts';
import { budgetFor, watchWeight } from '../../scripts/lib/weight.ts';

/**
 * Every page, in one visit: what must hold on each of them, checked on one load instead of one
 * load per check (six sweeps of every page took about five minutes of browser time together).
 * The visit is a first visit (each test has a fresh context), so it is also weighed against the
 * page's budget (scripts/lib/weight.ts; `npm run bench:weight` prints the table).
 * The page is served under the build's Content-Security-Policy and any violation fails the test
 * (./lib/test.ts). Only colours differ between the themes (no style of the guide or of Starlight
 * reads the system preference), so after a full axe check in the light theme the reader's own
 * theme switch turns the page dark and only the rules that depend on colours run again.
 */
for (const path of builtPages()) {
  test(`${path}: axe in both themes, unique ids, sources shown, weight, no sideways scroll`, async ({
    page,
  }) => {
    const weight = watchWeight(page, path);
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    await page.goto(path);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');

    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => el.id));
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'ids used more than once',
    ).toEqual([]);

    const evidence = page.getByRole('region', { name: 'Sources and review' });
    await expect(evidence, 'sources and review').toBeVisible();
    await expect(evidence).toContainText(/Last reviewed \w+ \d{1,2}, \d{4}\./);
    expect(await evidence.locator('li').count(), 'sources listed').toBeGreaterThan(0);

    expect(await axeViolations(page), 'light theme').toEqual([]);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page, { rules: COLOUR_RULES }), 'dark theme').toEqual([]);

    // Everything the first visit loads has arrived (nothing after this may fetch more for the page).
    await page.waitForLoadState('networkidle');
    const { html: htmlBytes, total } = await weight.done();
    expect(htmlBytes, 'HTML fetched').toBeGreaterThan(0);
    expect(total, 'first-visit bytes, HTML + CSS + JS gzip').toBeLessThanOrEqual(budgetFor(path));

    await page.setViewportSize({ width: 360, height: 740 });
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, 'page width at 360 px (sideways scrolling)').toBeLessThanOrEqual(clientWidth);
  });
}

test('the 404 page loads under the policy and has no axe violations', async ({ page }) => {
  const response = await page.goto('/404.html');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the search dialog, open with results, has no violations in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('joint postmortem');
    await expect(page.locator('.search-result-excerpt mark').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
