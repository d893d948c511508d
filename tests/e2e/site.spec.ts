import { expect, test } from './lib/test.ts';
import { TOPIC_AREA_LABELS } from '../../src/schemas/taxonomy.ts';
import { builtPages } from '../../scripts/lib/site.ts';
import { glossaryInDepthPageAt } from '../../src/lib/paths.ts';

const pages = builtPages();

test('the home page loads with its hero and paths', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Backend vs Data Engineering/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backend vs Data Engineering');
  await expect(page.getByRole('link', { name: 'See the difference at a glance' })).toBeVisible();
  await expect(page.locator('#start-from-your-question')).toBeVisible();
});

test('the site has every page of the topic set', () => {
  // 29 topic pages plus the home page.
  expect(pages.length).toBeGreaterThanOrEqual(30);
});

for (const [area, label] of Object.entries(TOPIC_AREA_LABELS)) {
  test(`the sidebar reaches the "${label}" group`, async ({ page }) => {
    await page.goto('/start-here/about-this-guide/');
    const sidebar = page.locator('#starlight__sidebar');
    const group = sidebar.locator('details').filter({ has: page.locator('summary', { hasText: label }) });
    await expect(group).toHaveCount(1);
    // The group opens with its landing page, which lists the group's pages.
    await expect(group.locator('a').first()).toHaveAttribute('href', `/${area}/`);
    const link = group.locator(`a[href^="/${area}/"]:not([href="/${area}/"])`).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${area}/[a-z0-9-]+/$`));
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#starlight__sidebar a[aria-current="page"]')).toHaveAttribute(
      'href',
      href ?? '',
    );
  });
}

test('search finds a page and opens it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.getByRole('searchbox', { name: 'Search' });
  await input.fill('change data capture');
  const first = page.locator('.search-result-link').first();
  await expect(first).toBeVisible();
  await expect(
    page.locator('.search-result-link', { hasText: /change data capture/i }).first(),
  ).toBeVisible();
  const target = page.locator('.search-result-link', { hasText: /change data capture/i }).first();
  const href = await target.getAttribute('href');
  await target.click();
  await expect(page).toHaveURL(new RegExp((href ?? '').replace(/[.?]/g, '\\$&')));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/change data capture/i);
});

test('a heading anchor link points at the heading and scrolls to it', async ({ page }) => {
  await page.goto('/differences/testing/');
  const heading = page.locator('.sl-markdown-content h2[id]').nth(1);
  const id = await heading.getAttribute('id');
  const anchor = page.locator(`.sl-markdown-content a.sl-anchor-link[href="#${id}"]`);
  await anchor.click();
  await expect(page).toHaveURL(new RegExp(`/differences/testing/#${id}$`));
  await expect(heading).toBeInViewport();
  // A fresh visit to the link lands on the same heading.
  await page.goto(`/differences/testing/#${id}`);
  await expect(heading).toBeInViewport();
});

test('the chosen theme persists across a reload', async ({ page }) => {
  await page.goto('/');
  const select = page.locator('starlight-theme-select select').first();
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await select.selectOption('light');
  await page.goto('/reference/glossary/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every page shows its title, its content and the navigation', async ({ page }) => {
    const unreadable: string[] = [];
    // Reading paths and their handouts are reached from /paths/, which the sidebar links to; the
    // glossary in depth pages from the glossary's entries.
    const inSidebar = pages.filter((path) => !/^\/paths\/.+/.test(path) && !glossaryInDepthPageAt(path));
    for (const path of pages) {
      await page.goto(path);
      const h1 = await page.getByRole('heading', { level: 1 }).isVisible();
      const text = (await page.locator('main').innerText()).length;
      // The home page and the handouts use the splash layout, which has no sidebar by design.
      const splash = path === '/' || path.endsWith('/handout/');
      const nav = splash ? Infinity : await page.locator('#starlight__sidebar a').count();
      if (!h1 || text < 400 || nav < inSidebar.length - 1)
        unreadable.push(`${path} (h1: ${h1}, text: ${text}, sidebar links: ${nav})`);
    }
    expect(unreadable).toEqual([]);
  });
});
