import { expect, test } from '@playwright/test';
import { axeViolations } from './lib/axe.ts';
import { builtPages } from '../../scripts/lib/site.ts';

/**
 * Every page in both themes, in one visit: axe in the light theme, then the reader's own theme
 * switch to dark and axe again. Only colours differ between the themes (no style of the guide or
 * of Starlight reads the system preference), so one load serves both checks; the test before
 * this one loaded each page once per theme, for twice the time.
 */
for (const path of builtPages()) {
  test(`${path} has no violations in the light or the dark theme`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('starlight-theme', 'light'));
    await page.goto(path);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page), 'light theme').toEqual([]);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await axeViolations(page), 'dark theme').toEqual([]);
  });
}

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
