import type { Page } from '@playwright/test';
import { expect, test } from './lib/test.ts';
import { axeViolations } from './lib/axe.ts';
import { readReadingPath } from '../../src/lib/reading-paths/files.ts';
import { pdfPages } from './lib/pdf.ts';

/**
 * A reading path page: progress kept in this browser across reloads, a shared ?done= link that
 * shows someone's progress without overwriting the reader's own, the share link and the Markdown
 * checklist read back from the clipboard, reset, reading without JavaScript; and the printable
 * handout rendered to PDF by Chromium and read back page by page.
 */
const ID = 'new-data-engineer';
const PATH = `/paths/${ID}/`;
const data = readReadingPath(`src/data/paths/${ID}.yaml`);
const STEPS = data.steps.length;
const KEY = `field-guide:reading-path:${ID}`;

const done = (page: Page, n: number) => page.getByRole('checkbox', { name: new RegExp(`^Done: step ${n},`) });
const progress = (page: Page) => page.locator('[data-progress]');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const checked = (page: Page) =>
  page
    .getByRole('checkbox')
    .evaluateAll((boxes) => boxes.flatMap((box, i) => ((box as HTMLInputElement).checked ? [i + 1] : [])));

test('progress survives a reload and can be reset', async ({ page }) => {
  await page.goto(PATH);
  await expect(page.getByRole('checkbox')).toHaveCount(STEPS);
  await done(page, 1).check();
  await done(page, 3).check();
  await expect(progress(page)).toHaveText(
    new RegExp(`^Your progress: 2 of ${STEPS} steps done, about \\d+ min`),
  );
  await page.reload();
  expect(await checked(page)).toEqual([1, 3]);
  await expect(page.locator('#step-3')).toHaveClass(/is-done/);
  await page.getByRole('button', { name: 'Reset my progress' }).click();
  expect(await checked(page)).toEqual([]);
  expect(await stored(page)).toBeNull();
  await expect(page.getByRole('status').filter({ hasText: 'reset' })).toBeVisible();
});

test("a shared ?done= link shows that progress and leaves the reader's own alone until they save it", async ({
  page,
}) => {
  await page.goto(PATH);
  await done(page, 2).check();
  const own = await stored(page);

  await page.goto(`${PATH}?done=1,3,4`);
  expect(await checked(page)).toEqual([1, 3, 4]);
  await expect(done(page, 1)).toBeDisabled();
  await expect(page.getByText('You are looking at progress from a shared link')).toBeVisible();
  await expect(progress(page)).toContainText(`Shared progress: 3 of ${STEPS} steps done`);
  expect(await stored(page)).toBe(own);

  await page.getByRole('button', { name: 'Show my own progress' }).click();
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  expect(await checked(page)).toEqual([2]);
  await expect(done(page, 1)).toBeEnabled();

  await page.goto(`${PATH}?done=1,3,4`);
  await page.getByRole('button', { name: 'Save as my progress' }).click();
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  await page.goto(PATH);
  expect(await checked(page)).toEqual([1, 3, 4]);
});

test('the share link and the Markdown checklist are read back from the clipboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.goto(PATH);
  await done(page, 2).check();
  await done(page, 5).check();
  await page.getByRole('button', { name: 'Copy link to my progress' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${baseURL}${PATH}?done=2,5`);
  await expect(page.locator('[data-status]')).toContainText(link);

  // The link opened elsewhere (a mentor's browser: a fresh context) shows the same two steps.
  const mentor = await page.context().browser()?.newPage();
  await mentor?.goto(link);
  if (mentor) expect(await checked(mentor)).toEqual([2, 5]);
  await mentor?.close();

  await page.getByRole('button', { name: 'Copy as Markdown checklist' }).click();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const lines = markdown.split('\n');
  expect(lines[0]).toBe(`## ${data.title}`);
  // The checklist goes into documents, so it links to the guide's public address, not this server.
  const origin = 'https://backend-vs-data.example'; // `npm run build:test` builds for this origin
  expect(lines[2]).toMatch(new RegExp(`^Reading path: ${origin}${PATH} \\(${STEPS} steps, \\d+ min\\)$`));
  const items = lines.filter((line) => line.startsWith('- [ ] '));
  expect(items).toHaveLength(STEPS);
  data.steps.forEach((step, i) =>
    expect(items[i]).toMatch(
      new RegExp(
        `^- \\[ \\] \\[.+ — .+\\]\\(${origin}${step.read.replace(/[.?]/g, '\\$&')}\\) \\(\\d+ min\\)$`,
      ),
    ),
  );
});

test('without JavaScript a path is an ordered list of links, with no controls', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto(PATH);
  const links = page.locator('ol.rp-steps > li h2 a');
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    data.steps.map((step) => step.read),
  );
  await expect(page.locator('main').getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`a shared progress view has no axe violations in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(`${PATH}?done=1,2`);
    await expect(done(page, 1)).toBeDisabled();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the handout prints to PDF: a cover, then each section on its own page with its URL, no controls', async ({
  page,
}) => {
  await page.goto(`${PATH}handout/`);
  const origin = 'https://backend-vs-data.example'; // `npm run build:test` builds for this origin
  const urls = data.steps.map((step) => `${origin}${step.read}`);

  // As printed: no button, field or menu is visible.
  await page.emulateMedia({ media: 'print' });
  const controls = await page
    .locator('button, input, select, textarea, [role="button"], [role="tab"]')
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
  expect(controls).toBe(0);

  const headings = (await page.locator('.handout-step h2').allTextContents()).map((h) =>
    h.replace(/\s+/g, ''),
  );
  expect(headings).toHaveLength(STEPS);
  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const flat = pages.map((text) => text.replace(/\s+/g, ''));
  // Page count read from the PDF: the cover, then at least one page per section.
  expect(pages.length).toBeGreaterThanOrEqual(STEPS + 1);
  expect(flat[0]).toContain(data.title.replace(/\s+/g, ''));
  // Each section starts a new page and prints its URL there, in reading order.
  const starts = urls.map((url, i) =>
    flat.findIndex(
      (text) =>
        /^(From|Thewholepage)/.test(text.slice(headings[i]?.length)) &&
        text.startsWith(headings[i] ?? '-') &&
        text.includes(url),
    ),
  );
  expect(
    starts.every((n) => n > 0),
    `section pages: ${starts.join(', ')}`,
  ).toBe(true);
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  expect(new Set(starts).size).toBe(STEPS);
  // The cover, on the pages before the first section, lists every URL too.
  const cover = flat.slice(0, starts[0]).join('');
  for (const url of urls) expect(cover).toContain(url);
  // Nothing a reader could click or type is printed.
  const all = pages.join('\n');
  for (const label of [
    'Skip to content',
    'Select theme',
    'Copy link',
    'Copy URL',
    'Link to this row',
    'Roles to compare',
    'Reset my progress',
    'Done:',
    'Link to section',
  ])
    expect(all, `"${label}" printed`).not.toContain(label);
});
