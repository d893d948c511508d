import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './lib/test.ts';
import { axeViolations } from './lib/axe.ts';

/**
 * The two decision tools as a reader uses them: keyboard only, a reload, a shared link, the copy
 * and download exports, and axe on the page with a result showing, in both themes.
 */

const HIRING = '/choosing/which-role-next/';
const WORKSHEET = '/boundary/ownership-worksheet/';

/** Answer indexes (0-based) for each of the hiring tool's questions, in order. */
const MVP = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const MARKETPLACE =
  '?stage=growing&latency=normal&sources=many&reporting=must-reconcile&ml=running&customer-data=some&pain=trust&doubted-figures=loading&waiting=analysis&data-requests=growing-share&team=several-teams&data-cover=backend-side&obligations=owed';
const MIXED =
  '?stage=early&latency=critical&sources=a-handful&reporting=weekly&ml=planned&customer-data=some&pain=both&doubted-figures=after-deploys&waiting=product&data-requests=some&team=one-team&data-cover=backend-side&obligations=not-yet';

/** Picks answer `index` in the radio group that has focus: Space on the first, arrows to the others. */
async function choose(page: Page, index: number): Promise<void> {
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
}

/** Presses Tab until a radio of the group `name` has focus (links and fields in between vary). */
async function tabToGroup(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, name))
      return;
  }
  throw new Error(`Tab never reached the "${name}" choices`);
}

test.describe('which role should we hire next', () => {
  test('a reader answers every question with the keyboard, reloads, and copies the link', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto(HIRING);
    const tool = page.locator('which-role-next');
    const status = tool.getByRole('status');
    await expect(status).toHaveText(/No answers yet; 13 questions/);
    await tool.locator('input[type="radio"]').first().focus();
    for (const [i, answer] of MVP.entries()) {
      await choose(page, answer);
      if (i < MVP.length - 1) await page.keyboard.press('Tab');
    }
    await expect(status).toHaveText(/Result after 13 of 13 answers: A backend engineer\./);
    await expect(page).toHaveURL(/\?stage=first-version&latency=critical&sources=one&/);
    const result = tool.getByRole('region', { name: 'Result' });
    await expect(result.getByRole('heading', { level: 3 })).toHaveText('Result: A backend engineer');
    await expect(result.locator('ol').first().locator('li')).toHaveCount(13);
    await expect(result.locator('ol').first().locator('li a')).toHaveCount(13);
    await expect(result.locator('ol').nth(1).locator('a')).toHaveCount(3);

    await page.reload();
    await expect(status).toHaveText(/A backend engineer/);
    await expect(tool.locator('input[name="stage"][value="first-version"]')).toBeChecked();

    await tool.getByRole('button', { name: 'Copy a link to these answers' }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Link to these answers copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    await tool.getByRole('button', { name: 'Clear all answers' }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(/No answers yet/);
    await expect(page).toHaveURL(new RegExp(`${HIRING}$`));
    await expect(result).toBeHidden();
  });

  test('a shared link opens on the same answers and result', async ({ page }) => {
    await page.goto(`${HIRING}${MARKETPLACE}`);
    const tool = page.locator('which-role-next');
    await expect(tool.getByRole('status')).toHaveText(/13 of 13 answers: A data engineer\./);
    await expect(tool.locator('input[name="ml"][value="running"]')).toBeChecked();
    await page.goto(`${HIRING}${MIXED}`);
    await expect(tool.getByRole('status')).toHaveText(/No single hire stands out/);
    await expect(tool.getByRole('region', { name: 'Result' })).toContainText('so the tool does not pick one');
  });

  test('a link with unknown questions and answers opens with only what it knows', async ({ page }) => {
    await page.goto(`${HIRING}?stage=unicorn&colour=blue&latency=critical`);
    const tool = page.locator('which-role-next');
    await expect(tool.getByRole('status')).toHaveText(/Result after 1 of 13 answers: A backend engineer/);
    await expect(tool.locator('input[name="stage"]:checked')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`with a result showing, axe finds nothing in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(`${HIRING}${MIXED}`);
      await expect(page.locator('which-role-next [data-result] h3')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('ownership worksheet', () => {
  test('a team fills it in with the keyboard, sees risks, reloads, and exports Markdown', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto(WORKSHEET);
    const tool = page.locator('ownership-worksheet');
    const status = tool.getByRole('status');
    const rows = await tool.locator('fieldset').count();
    expect(rows).toBeGreaterThanOrEqual(22);
    await expect(status).toHaveText(`No owners chosen yet; ${rows} assets to go.`);

    // First asset: Nobody (fourth option). Then Tab past its contract field and its links.
    await tool.locator('input[type="radio"]').first().focus();
    await choose(page, 3);
    await expect(status).toHaveText(`1 risk flagged; ${rows - 1} assets not decided yet.`);
    await tabToGroup(page, 'schema-migrations');
    // Second asset: Shared, which is a risk until its contract is named in the next field.
    await choose(page, 2);
    await expect(status).toHaveText(`2 risks flagged; ${rows - 2} assets not decided yet.`);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Migration review rule');
    await expect(status).toHaveText(`1 risk flagged; ${rows - 2} assets not decided yet.`);
    await tabToGroup(page, 'data-contracts');
    // Third asset: Backend.
    await choose(page, 0);
    await expect(status).toHaveText(`1 risk flagged; ${rows - 3} assets not decided yet.`);
    await expect(page).toHaveURL(
      /\?application-schema=nobody&schema-migrations=shared&schema-migrations\.contract=Migration\+review\+rule&data-contracts=backend$/,
    );
    const risks = tool.getByRole('region', { name: 'Risks' });
    await expect(risks.locator('li')).toHaveCount(1);
    await expect(risks.locator('li')).toContainText('Application database schema: no owner.');
    await expect(tool.locator('fieldset').first().locator('[data-flag]')).toHaveText('Risk: no owner.');

    await page.reload();
    await expect(status).toHaveText(`1 risk flagged; ${rows - 3} assets not decided yet.`);
    await expect(tool.locator('input[name="schema-migrations.contract"]')).toHaveValue(
      'Migration review rule',
    );

    await tool.getByRole('button', { name: 'Copy as Markdown' }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Worksheet copied as Markdown.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('# Who owns each data asset');
    expect(copied).toContain('| Asset | Owner | Contract or agreement | Risk |');
    expect(copied).toMatch(
      /\| \[Schema migrations\]\(http[^)]+#ownership-boundary--schema-migrations\) \| Shared \| Migration review rule \|/,
    );
    expect(copied).toContain('- **Application database schema** (no owner)');
    expect(copied).toContain(`Open or change this worksheet: ${page.url()}`);

    await tool.getByRole('button', { name: 'Download Markdown' }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('ownership-worksheet.md');
    const saved = readFileSync((await download.path()) ?? '', 'utf8');
    expect(saved.replace(/Filled in on \S+/, '')).toBe(copied.replace(/Filled in on \S+/, ''));

    await tool.getByRole('button', { name: 'Copy a link to this worksheet' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('a shared link opens the same worksheet in a fresh browser', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL ?? '' });
    const page = await context.newPage();
    await page.goto(`${WORKSHEET}?cdc-connectors=shared&backfills=nobody&warehouse-cost=gremlins`);
    const tool = page.locator('ownership-worksheet');
    await expect(tool.locator('input[name="cdc-connectors"][value="shared"]')).toBeChecked();
    await expect(tool.locator('input[name="warehouse-cost"]:checked')).toHaveCount(0);
    await expect(tool.getByRole('region', { name: 'Risks' }).locator('li')).toHaveCount(2);
    await context.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`with risks showing, axe finds nothing in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(`${WORKSHEET}?cdc-connectors=shared&backfills=nobody&domain-events=backend`);
      await expect(page.locator('ownership-worksheet [data-result] li')).toHaveCount(2);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the hiring tool shows every question and a table to score by hand', async ({ page }) => {
    await page.goto(HIRING);
    await expect(page.locator('which-role-next fieldset')).toHaveCount(13);
    await expect(page.getByText('add up their points in the table')).toBeVisible();
    const table = page.getByRole('table', { name: /Points each answer gives/ });
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(
      await page.locator('which-role-next input[type="radio"]').count(),
    );
    await expect(table.getByRole('row', { name: /Many, including ad platforms/ })).toContainText('+3 data');
    await expect(page.locator('which-role-next [data-result]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy a link to these answers' })).toBeHidden();
  });

  test('the worksheet reads as a printable list with why each asset matters', async ({ page }) => {
    await page.goto(WORKSHEET);
    const first = page.locator('ownership-worksheet fieldset').first();
    await expect(first.locator('legend')).toHaveText('Application database schema');
    await expect(first.getByRole('link', { name: "The guide's usual split" })).toHaveAttribute(
      'href',
      '/boundary/where-backend-ends/#ownership-boundary--application-schema',
    );
    await expect(page.getByText('print this page and fill it in by hand')).toBeVisible();
  });
});
