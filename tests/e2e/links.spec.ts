import { expect, test } from './lib/test.ts';

test('a redirect keeps the fragment and lands on the section', async ({ page }) => {
  await page.goto('/faq/#etl-vs-elt');
  await expect(page).toHaveURL(/\/reference\/faq\/#etl-vs-elt$/);
  await expect(page.locator('#etl-vs-elt')).toBeInViewport();
});

test('a redirect page works without JavaScript, landing on the page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('/start-here/comparison-at-a-glance/');
  await expect(page).toHaveURL(/\/start-here\/at-a-glance\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('at a glance');
  await context.close();
});

test('a heading link offers to copy the section URL and says what it copied', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto('/boundary/data-contracts/');
  const heading = page.locator('.sl-markdown-content h2[id]').first();
  const id = (await heading.getAttribute('id')) ?? '';
  const link = page.locator(`a.sl-anchor-link[href="#${id}"]`);
  await expect(link).toHaveAccessibleName(/^Link to section: /);
  await link.focus();
  await page.keyboard.press('Enter');
  // The copy menu opens on its first choice, the bare URL.
  await expect(page.getByRole('button', { name: /^Copy URL/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const expected = `${baseURL}/boundary/data-contracts/#${id}`;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(page.locator('[data-section-link-status]')).toContainText(`Copied link to “`);
  await expect(page.locator('[data-section-link-status]')).toContainText(expected);
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test('the onboarding page lists stable links that resolve', async ({ page }) => {
  await page.goto('/start-here/linking-to-this-guide/');
  const links = page.locator('.stable-links a[href*="#"]');
  expect(await links.count()).toBeGreaterThan(500);
  const sample = await links.evaluateAll((as) =>
    as.filter((_, i) => i % 97 === 0).map((a) => a.getAttribute('href') ?? ''),
  );
  for (const href of sample) {
    await page.goto(href);
    const id = decodeURIComponent(href.split('#')[1] ?? '');
    await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
});
