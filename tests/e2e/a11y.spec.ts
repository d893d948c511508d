import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../../scripts/lib/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page as it is now, one readable line each. Legacy mode runs `axe.run()`
 * in the page itself; the default opens a blank page per check to combine frame results, which
 * doubled this file's run time (86 s → 175 s measured) for pages that have no frames.
 */
async function axe(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode().analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of builtPages()) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await axe(page)).toEqual([]);
      });
    }
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the search dialog, open with results, has no violations in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('joint postmortem');
    await expect(page.locator('.search-result-excerpt mark').first()).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
}
