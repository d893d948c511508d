import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './lib/test.ts';
import { axeViolations } from './lib/axe.ts';
import { STORAGE_KEY } from '../../src/lib/decide/skills-plan.ts';

const PAGE = '/careers/skills-planner/';
const SKILLS = 19;

const status = (page: Page) => page.locator('[data-skills-plan] [role="status"]');
const summary = (page: Page) => page.locator('[data-plan] > p');
const radio = (page: Page, skill: string, level: string) =>
  page
    .getByRole('group', { name: `Your level in ${skill}` })
    .getByRole('radio', { name: level, exact: true });
/** The skill names in the plan, in the plan's order. */
const planNames = (page: Page) => page.locator('[data-plan] .sp-phases ul > li > a').allTextContents();

/** Presses Tab until the focused element matches `test`, as a keyboard reader moves through the page. */
async function tabUntil(page: Page, description: string, matches: () => boolean): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

test('a reader rates skills with the keyboard, and the plan keeps what is left, in phase order', async ({
  page,
}) => {
  await page.goto(PAGE);
  await expect(summary(page)).toHaveText(
    `${SKILLS} skills left to learn, in 5 phases. Confident: 0, some: 0, new to me: 0, not rated: ${SKILLS}.`,
  );
  // From the top of the page to the first skill's levels, by Tab alone.
  await tabUntil(page, 'the first level radio', () => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.type === 'radio' && el.name === 'level-databases-and-schemas';
  });
  await expect(radio(page, 'Databases and schemas', 'New to me')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(radio(page, 'Databases and schemas', 'New to me')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(radio(page, 'Databases and schemas', 'Confident')).toBeChecked();
  await expect(status(page)).toHaveText('Databases and schemas: confident. 18 skills left in your plan.');

  await tabUntil(
    page,
    'the next skill',
    () => (document.activeElement as HTMLInputElement | null)?.name === 'level-performance-optimization',
  );
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(radio(page, 'Performance optimization', 'Some')).toBeChecked();
  await expect(status(page)).toHaveText('Performance optimization: some. 18 skills left in your plan.');

  const names = await planNames(page);
  expect(names).toHaveLength(18);
  expect(names).not.toContain('Databases and schemas');
  // Phase 1 first (SQL, then dataframes in the table's order); in phase 3 the skill known
  // somewhat comes after the ones not rated yet.
  expect(names.slice(0, 2)).toEqual(['SQL', 'Dataframes in Python']);
  const phase3 = page.locator('[data-plan] .sp-phases > li').filter({ hasText: 'phase 3' });
  const phase3Names = await phase3.locator('ul > li > a').allTextContents();
  expect(phase3Names.at(-1)).toBe('Performance optimization');
  expect(phase3Names.length).toBeGreaterThan(2);
  await expect(phase3.locator('li', { hasText: 'Performance optimization' })).toContainText('(some)');
  await expect(summary(page)).toContainText('Confident: 1, some: 1, new to me: 0, not rated: 17.');

  // Progress stays in the browser across a reload.
  await page.reload();
  await expect(radio(page, 'Databases and schemas', 'Confident')).toBeChecked();
  await expect(radio(page, 'Performance optimization', 'Some')).toBeChecked();
  expect(await planNames(page)).toEqual(names);
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '')).toEqual({
    version: 1,
    levels: { 'databases-and-schemas': 'confident', 'performance-optimization': 'some' },
  });
});

test('the plan exports as Markdown and JSON, by download and to the clipboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
    [
      STORAGE_KEY,
      JSON.stringify({ version: 1, levels: { sql: 'confident', spark: 'new', testing: 'some' } }),
    ],
  );
  await page.goto(PAGE);
  await expect(radio(page, 'SQL', 'Confident')).toBeChecked();

  const [markdownFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).press('Enter'),
  ]);
  expect(markdownFile.suggestedFilename()).toBe('skills-plan.md');
  const markdown = readFileSync((await markdownFile.path()) ?? '', 'utf8');
  expect(markdown).toMatch(/^# My backend-to-data skills plan\n/);
  expect(markdown).toContain(`${baseURL}${PAGE}`);
  expect(markdown).toContain('Confident: 1 · some: 1 · new to me: 1 · not rated: 16');
  expect(markdown).toContain('- [ ] **Distributed processing with Spark** (new to me)');
  expect(markdown).toContain('- [ ] **Testing** (some)');
  expect(markdown).toContain('## Already confident\n\n- [x] SQL');
  expect(markdown).not.toContain('- [ ] **SQL**');
  expect(markdown).toContain(
    `## Learning plan phase 4: add quality checks, lineage, and an incident drill\n\nPlan step: ${baseURL}/careers/backend-to-data-engineering/#phase-quality-and-incidents`,
  );
  await expect(status(page)).toHaveText('Plan downloaded as skills-plan.md.');

  const [jsonFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).press('Enter'),
  ]);
  expect(jsonFile.suggestedFilename()).toBe('skills-plan.json');
  const json = JSON.parse(readFileSync((await jsonFile.path()) ?? '', 'utf8'));
  expect(json.source).toBe(`${baseURL}${PAGE}`);
  expect(json.levels).toEqual({ sql: 'confident', spark: 'new', testing: 'some' });
  expect(json.plan).toHaveLength(SKILLS - 1);
  expect(json.plan[0]).toMatchObject({ skill: 'dataframes-in-python', level: null });
  expect(json.plan[0].phase).toMatch(/^Learning plan phase 1/);

  await page.getByRole('button', { name: 'Copy Markdown' }).press('Enter');
  await expect(status(page)).toHaveText('Plan copied to the clipboard as Markdown.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.replace(/\d{4}-\d{2}-\d{2}/, 'DATE')).toBe(markdown.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'));
});

test('reset clears the ratings, the storage and the plan', async ({ page }) => {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key ?? '', value ?? '');
      sessionStorage.setItem('seeded', '1');
    },
    [STORAGE_KEY, JSON.stringify({ version: 1, levels: { sql: 'confident', orchestration: 'some' } })],
  );
  await page.goto(PAGE);
  await expect(summary(page)).toContainText(`${SKILLS - 1} skills left`);
  await page.getByRole('button', { name: 'Reset ratings' }).focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Ratings cleared. The plan lists every skill again.');
  await expect(page.locator('.sp-level input:checked')).toHaveCount(0);
  await expect(summary(page)).toContainText(`${SKILLS} skills left`);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await page.reload();
  await expect(page.locator('.sp-level input:checked')).toHaveCount(0);
});

test('every skill rated confident leaves an empty plan that says so', async ({ page }) => {
  await page.goto(PAGE);
  const groups = page.locator('.sp-level');
  await expect(groups).toHaveCount(SKILLS);
  for (const group of await groups.all()) await group.getByRole('radio', { name: 'Confident' }).check();
  await expect(summary(page)).toHaveText('Every skill is rated confident: nothing is left in the plan.');
  await expect(page.locator('[data-plan] .sp-phases')).toHaveCount(0);
});

test('corrupt saved data is dropped and announced, not trusted', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"version":1,"levels":'), STORAGE_KEY);
  await page.goto(PAGE);
  await expect(status(page)).toHaveText('Saved ratings could not be read, so the planner starts fresh.');
  await expect(summary(page)).toContainText(`${SKILLS} skills left`);
});

test('print shows the plan without any control', async ({ page }) => {
  await page.goto(PAGE);
  await radio(page, 'SQL', 'Confident').check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-plan] .sp-phases')).toBeVisible();
  await expect(summary(page)).toBeVisible();
  await expect(page.locator('[data-plan]')).not.toContainText('SQL (');
  await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeHidden();
  const radios = page.locator('input[type="radio"]');
  await expect(radios).toHaveCount(SKILLS * 3);
  for (const input of await radios.all()) await expect(input).toBeHidden();
  await expect(page.locator('skills-planner')).toBeHidden();
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing once skills are rated, in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(PAGE);
    await radio(page, 'SQL', 'Some').check();
    await radio(page, 'Testing', 'Confident').check();
    await expect(status(page)).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the skills, what the levels mean and the whole plan read as static content', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('#levels')).toBeVisible();
    await expect(page.locator('.sp-skill')).toHaveCount(SKILLS);
    await expect(page.locator('.sp-skill').first()).toContainText('Good enough:');
    await expect(page.locator('[data-plan] .sp-phases ul > li')).toHaveCount(SKILLS);
    await expect(page.locator('[data-plan] .sp-phases > li')).toHaveCount(6);
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Download Markdown' })).toHaveCount(0);
  });
});
