import type { Page } from '@playwright/test';
import { expect, test } from './lib/test.ts';
import { axeViolations } from './lib/axe.ts';

const PAGE = '/differences/purpose-and-outcomes/';
const TABLE = '#purpose-and-outcomes--table';
const column = (page: Page, role: string) => page.locator(`${TABLE} thead th[data-role="${role}"]`);
const box = (page: Page, name: string) => page.locator(TABLE).getByRole('checkbox', { name, exact: true });

test('the default view compares backend and data engineering', async ({ page }) => {
  await page.goto(PAGE);
  await expect(column(page, 'backend-engineer')).toBeVisible();
  await expect(column(page, 'data-engineer')).toBeVisible();
  await expect(column(page, 'sre')).toBeHidden();
  await expect(page.locator(TABLE).getByRole('group', { name: 'Roles to compare' })).toBeVisible();
});

test('the role chooser changes the columns and the URL', async ({ page }) => {
  await page.goto(PAGE);
  await box(page, 'SRE').check();
  await expect(column(page, 'sre')).toBeVisible();
  await expect(page).toHaveURL(/\?compare=backend-engineer,data-engineer,sre$/);
  await box(page, 'Backend').uncheck();
  await expect(column(page, 'backend-engineer')).toBeHidden();
  await expect(page.locator(`${TABLE} tbody td[data-role="backend-engineer"]:visible`)).toHaveCount(0);
  await expect(page).toHaveURL(/\?compare=data-engineer,sre$/);
  // Two roles is the minimum: the last-but-one box refuses to clear and says why.
  await box(page, 'Data').click();
  await expect(box(page, 'Data')).toBeChecked();
  await expect(page.locator(`${TABLE} [role="status"]`)).toHaveText('Choose at least two roles to compare.');
  // Back to the defaults: the URL is clean again.
  await box(page, 'Backend').check();
  await box(page, 'SRE').uncheck();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
});

test('a shared ?compare= link reproduces the view', async ({ page }) => {
  await page.goto(`${PAGE}?compare=ml-engineer,sre`);
  await expect(column(page, 'ml-engineer')).toBeVisible();
  await expect(column(page, 'sre')).toBeVisible();
  await expect(column(page, 'backend-engineer')).toBeHidden();
  await expect(box(page, 'ML')).toBeChecked();
  await expect(box(page, 'Backend')).not.toBeChecked();
});

test('a row link lands on the highlighted row', async ({ page }) => {
  const anchor = 'purpose-and-outcomes--main-consumers';
  await page.goto(`${PAGE}#${anchor}`);
  const row = page.locator(`#${anchor}`);
  await expect(row).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
  const highlighted = await row.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(highlighted).toBe('solid');
});

test('the copy control puts the row URL on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto(`${PAGE}?compare=backend-engineer,sre`);
  await page
    .locator('#purpose-and-outcomes--primary-focus')
    .getByRole('link', { name: 'Link to this row: Primary focus' })
    .click();
  await page.getByRole('button', { name: /^Copy URL/ }).click();
  const expected = `${baseURL}${PAGE}?compare=backend-engineer,sre#purpose-and-outcomes--primary-focus`;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(page.locator(`${TABLE} [role="status"]`)).toHaveText(
    `Copied link to “Purpose and outcomes of each role: Primary focus — What is each role for, and how is success measured?”: ${expected}`,
  );
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(
    'purpose-and-outcomes--primary-focus',
  );
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('rows become stacked cards with role labels and no sideways scroll', async ({ page }) => {
    await page.goto(`${PAGE}?compare=backend-engineer,data-engineer,analytics-engineer`);
    const row = page.locator('#purpose-and-outcomes--primary-focus');
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const labels = await row
      .locator('td:visible')
      .evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"Backend engineer"', '"Data engineer"', '"Analytics engineer"']);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const scroller = page.locator(`${TABLE} .cmp-scroll`);
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the default columns show and the controls stay out of the way', async ({ page }) => {
    await page.goto(`${PAGE}?compare=sre,ml-engineer`);
    await expect(column(page, 'backend-engineer')).toBeVisible();
    await expect(column(page, 'sre')).toBeHidden();
    await expect(page.locator(`${TABLE} [data-controls]`)).toBeHidden();
    await expect(page.locator('#purpose-and-outcomes--primary-focus a[data-row-link]')).toHaveAttribute(
      'href',
      '#purpose-and-outcomes--primary-focus',
    );
  });
});

test('printing shows the chosen columns without controls', async ({ page }) => {
  await page.goto(`${PAGE}?compare=backend-engineer,sre`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator(`${TABLE} [data-controls]`)).toBeHidden();
  await expect(page.locator(`${TABLE} a[data-row-link]`).first()).toBeHidden();
  await expect(column(page, 'sre')).toBeVisible();
  await expect(column(page, 'data-engineer')).toBeHidden();
});

test('search lands on a table row', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('main consumers');
  const sub = page.locator('a.search-result-link[href*="#purpose-and-outcomes--main-consumers"]').first();
  await expect(sub).toBeVisible();
  await sub.click();
  await expect(page.locator('#purpose-and-outcomes--main-consumers')).toBeInViewport();
});

test('the published JSON matches the rendered tables', async ({ page, request }) => {
  const data = await (await request.get('/data/comparisons.json')).json();
  const roles = await (await request.get('/data/roles.json')).json();
  expect(roles.roles).toHaveLength(7);
  expect(data.tables.length).toBeGreaterThanOrEqual(10);
  for (const table of data.tables) {
    await page.goto(table.page);
    for (const row of table.rows) await expect(page.locator(`[id="${row.anchor}"]`)).toHaveCount(1);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`with every role shown, a table page has no axe violations (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(
      `/the-roles/adjacent-roles/?compare=backend-engineer,data-engineer,analytics-engineer,ml-engineer,platform-engineer,data-scientist,sre`,
    );
    expect(await axeViolations(page)).toEqual([]);
  });
}
