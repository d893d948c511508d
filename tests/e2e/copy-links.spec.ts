import type { Page } from '@playwright/test';
import { expect, test } from './lib/test.ts';
import { axeViolations } from './lib/axe.ts';

/**
 * Every heading's and table row's copy control offers three formats, each read back from the
 * clipboard: the URL, a Markdown link, and rich text (text/html with a text/plain twin).
 */
test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
});

/** Every item type on the clipboard with its text, as a pasting application sees it. */
async function clipboardItems(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return {};
    const types = await Promise.all(
      item.types.map(async (type) => [type, await (await item.getType(type)).text()]),
    );
    return Object.fromEntries(types) as Record<string, string>;
  });
}

const PAGE = '/boundary/data-contracts/';
const SECTION = 'Who owns a data contract';
const PAGE_TITLE = 'What is a data contract, and who owns it?';

test('a heading link copies the URL, a Markdown link and a rich text link', async ({ page, baseURL }) => {
  await page.goto(PAGE);
  const url = `${baseURL}${PAGE}#who-owns-it`;
  const link = page.locator('a.sl-anchor-link[href="#who-owns-it"]');
  const status = page.locator('[data-section-link-status]');
  const choose = async (name: RegExp) => {
    await link.click();
    await page.getByRole('button', { name }).click();
  };

  await choose(/^Copy URL/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(status).toHaveText(`Copied link to “${SECTION} — ${PAGE_TITLE}”: ${url}`);

  await choose(/^Copy Markdown link/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `[${SECTION} — ${PAGE_TITLE}](${url})`,
  );
  await expect(status).toHaveText(`Copied Markdown link to “${SECTION} — ${PAGE_TITLE}”.`);

  await choose(/^Copy rich text link/);
  // The rich copy writes a ClipboardItem, which settles after the click returns.
  await expect
    .poll(async () => (await clipboardItems(page))['text/html'])
    .toContain(`<a href="${url}">${SECTION} — ${PAGE_TITLE}</a>`);
  const items = await clipboardItems(page);
  expect(items['text/plain']).toBe(`${SECTION} — ${PAGE_TITLE} (${url})`);
  await expect(status).toContainText('Copied rich text link');
});

test('a table row link offers the same three formats, labeled with the table and row', async ({
  page,
  baseURL,
}) => {
  const path = '/differences/purpose-and-outcomes/';
  await page.goto(path);
  const row = page.locator('#purpose-and-outcomes--primary-focus');
  const url = `${baseURL}${path}#purpose-and-outcomes--primary-focus`;
  const label =
    'Purpose and outcomes of each role: Primary focus — What is each role for, and how is success measured?';
  await row.getByRole('link', { name: /Link to this row/ }).click();
  await page.getByRole('button', { name: /^Copy Markdown link/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[${label}](${url})`);
  await row.getByRole('link', { name: /Link to this row/ }).click();
  await page.getByRole('button', { name: /^Copy rich text link/ }).click();
  await expect
    .poll(async () => (await clipboardItems(page))['text/html'])
    .toContain(`<a href="${url}">${label}</a>`);
  await expect(page.locator('#purpose-and-outcomes--table [role="status"]')).toContainText(
    'Copied rich text link',
  );
});

test('the copy menu works from the keyboard and says what it is', async ({ page }) => {
  await page.goto(PAGE);
  const link = page.locator('a.sl-anchor-link[href="#who-owns-it"]');
  await expect(link).toHaveAttribute('aria-expanded', 'false');
  await link.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('group', { name: `Copy link to “${SECTION} — ${PAGE_TITLE}”` });
  await expect(menu).toBeVisible();
  await expect(link).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('button', { name: /^Copy URL/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('button', { name: /^Copy Markdown link/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('button', { name: /^Copy rich text link/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('aria-expanded', 'false');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the open copy menu has no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/differences/purpose-and-outcomes/');
    await page.getByRole('link', { name: 'Link to this row: Primary focus' }).click();
    await expect(page.getByRole('button', { name: /^Copy URL/ })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a template copies exactly its text, and says so', async ({ page }) => {
  await page.goto('/reference/templates/');
  const block = page.locator('copy-block').filter({ hasText: '# Backfill request:' });
  await block.getByRole('button', { name: 'Copy backfill request' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('# Backfill request: <table or model>')).toBe(true);
  expect(copied.trimEnd()).toBe(((await block.locator('pre').textContent()) ?? '').trimEnd());
  await expect(block.getByRole('status')).toHaveText('Copied the backfill request.');
});
