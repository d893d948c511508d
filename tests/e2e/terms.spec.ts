/**
 * Glossary terms in prose, checked on the built site: the first prose mention of every term on every
 * page is marked, no page names a tool that has no entry, and the previews behave on hover, on
 * keyboard focus and without JavaScript, with no layout shift and nothing for axe to find.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './lib/test.ts';
import { axeViolations } from './lib/axe.ts';
import { parseHTML } from 'linkedom';
import { builtHtml, builtPages } from '../../scripts/lib/site.ts';
import { readGlossary, readNotTools, readRoles, readTools } from '../../src/lib/data-files.ts';
import { GLOSSARY_IN_DEPTH_PAGES, GLOSSARY_PATH, TOOLS_PATH, definesTerms } from '../../src/lib/paths.ts';
import { createMatcher } from '../../src/lib/terms/match.ts';
import { glossaryOutline, toolsOutline } from '../../src/lib/terms/reference-pages.ts';
import { NOT_PROSE_SELECTOR } from '../../src/lib/terms/prose.ts';
import { textBlocks, unknownNames } from '../../src/lib/terms/product-names.ts';

const terms = readGlossary();
const tools = readTools();
const matcher = createMatcher(terms.map((term) => ({ id: term.id, names: [term.term, ...term.aliases] })));
const shortOf = new Map(terms.map((term) => [term.id, term.short]));
const pages = builtPages();
const content = (path: string) =>
  parseHTML(builtHtml(path)).document.querySelector('.sl-markdown-content') as Element;

/** Every text node under `root`, in document order. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) found.push(child as Text);
      else if (child.nodeType === 1 && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes((child as Element).tagName))
        walk(child);
    }
  };
  walk(root);
  return found;
}

/**
 * The problems with a page's marks: in document order, the first occurrence of each term, in prose
 * or marked, must be its one mark, and a mark's text must be a mention of the term it names.
 */
function markProblems(root: Element): { problems: string[]; marks: number } {
  const problems: string[] = [];
  const firstSeen = new Map<string, 'mark' | 'prose'>();
  let marks = 0;
  for (const node of textNodes(root)) {
    const mark = node.parentElement?.closest('a[data-term]');
    if (mark) {
      const id = mark.getAttribute('data-term') ?? '';
      marks += 1;
      if (
        matcher
          .find(node.data)
          .map((m) => m.id)
          .join() !== id
      )
        problems.push(`mark "${node.data}" is not a mention of "${id}"`);
      if (firstSeen.has(id)) problems.push(`"${id}" is marked, but not at its first mention`);
      else firstSeen.set(id, 'mark');
      continue;
    }
    if (node.parentElement?.closest(NOT_PROSE_SELECTOR)) continue;
    for (const mention of matcher.find(node.data)) {
      if (!firstSeen.has(mention.id)) {
        firstSeen.set(mention.id, 'prose');
        problems.push(
          `first mention of "${mention.id}" is not marked: "${node.data.slice(mention.start, mention.end)}"`,
        );
      }
    }
  }
  return { problems, marks };
}

test.describe('term marks on the built pages', () => {
  test('the first prose mention of each glossary term on every page is marked, and only that one', () => {
    let total = 0;
    const problems: string[] = [];
    for (const path of pages) {
      const root = content(path);
      if (definesTerms(path)) {
        expect(root.querySelectorAll('a[data-term]'), `${path} defines terms, it marks none`).toHaveLength(0);
        continue;
      }
      const result = markProblems(root);
      total += result.marks;
      problems.push(...result.problems.map((problem) => `${path}: ${problem}`));
    }
    expect(problems).toEqual([]);
    // The rule holds trivially if nothing is marked: the guide mentions dozens of terms per page.
    expect(total).toBeGreaterThan(pages.length * 10);
    console.log(`${total} marked mentions on ${pages.filter((path) => !definesTerms(path)).length} pages`);
  });

  test('the check finds an unmarked first mention', () => {
    const { document } = parseHTML(
      '<div><h2>Change data capture</h2><p>We use <a href="/x/">CDC</a>, change data capture and <a data-term="cdc">CDC</a>.</p></div>',
    );
    expect(markProblems(document.querySelector('div') as Element).problems).toEqual([
      'first mention of "cdc" is not marked: "change data capture"',
      '"cdc" is marked, but not at its first mention',
    ]);
  });

  test('no page names a tool that has no entry in src/data/tools.yaml', () => {
    const known = [
      ...tools.flatMap((tool) => [tool.name, ...tool.aliases]),
      ...terms.flatMap((term) => [term.term, ...term.aliases]),
      ...readRoles().flatMap((role) => [role.name, role.shortName]),
      ...readNotTools(),
    ];
    const unknown = pages.flatMap((path) =>
      unknownNames(textBlocks(content(path)), known).map((name) => `${path}: "${name}"`),
    );
    expect(
      unknown,
      'Add each name to src/data/tools.yaml if it is a tool, or to src/data/not-tools.yaml if it is not',
    ).toEqual([]);
  });
});

const PAGE = '/differences/testing/';

/** The page's first marked term, its id and its definition. */
async function firstMark(page: Page): Promise<{ link: Locator; short: string }> {
  const link = page.locator('.sl-markdown-content a[data-term]').first();
  const id = (await link.getAttribute('data-term')) ?? '';
  return { link, short: shortOf.get(id) ?? `(no definition for "${id}")` };
}

/** The position and size of every block of the page's content, to compare before and after. */
const layout = (page: Page) =>
  page
    .locator('.sl-markdown-content > *')
    .evaluateAll((elements) => elements.map((el) => JSON.stringify(el.getBoundingClientRect())));

test.describe('term previews', () => {
  test('a marked term shows its definition on hover, stays while hovered, and goes when left', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const { link, short } = await firstMark(page);
    const preview = page.locator('.term-preview');
    await expect(preview).toBeHidden();
    const before = await layout(page);
    await link.hover();
    await expect(preview).toBeVisible();
    await expect(preview).toContainText(short);
    // No layout shift: the preview floats over the page.
    expect(await layout(page)).toEqual(before);
    // Hoverable: the pointer can move onto the preview to read it.
    await preview.hover();
    await page.waitForTimeout(400);
    await expect(preview).toBeVisible();
    await page.mouse.move(5, 5);
    await expect(preview).toBeHidden();
  });

  test('keyboard focus shows the definition, screen readers get it as the description, Escape closes it', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const { link, short } = await firstMark(page);
    const preview = page.locator('.term-preview');
    await link.focus();
    await expect(link).toBeFocused();
    await expect(preview).toBeVisible();
    await expect(preview).toContainText(short);
    await expect(link).toHaveAccessibleDescription(short);
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await expect(link).toBeFocused();
    // Escape also closes a preview opened by the pointer.
    await link.hover();
    await expect(preview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    // Tab moves on: the next link's preview replaces it, or none shows.
    await link.focus();
    await page.keyboard.press('Tab');
    await expect(link).not.toBeFocused();
  });

  test('the preview stays inside the viewport on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(PAGE);
    const { link } = await firstMark(page);
    await link.focus();
    const box = await page.locator('.term-preview').boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
  });

  test('loads only on pages with marked terms', async ({ page }) => {
    await page.goto(PAGE);
    expect(await page.evaluate(() => customElements.get('term-previews') !== undefined)).toBe(true);
    await page.goto(GLOSSARY_PATH);
    await expect(page.locator('term-previews')).toHaveCount(0);
    expect(await page.evaluate(() => customElements.get('term-previews') !== undefined)).toBe(false);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`an open preview has no axe violations in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(PAGE);
      const { link } = await firstMark(page);
      await link.hover();
      await expect(page.locator('.term-preview')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a marked term is a plain link to its definition, and no definition is printed beside it', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const { link, short } = await firstMark(page);
    const id = await link.getAttribute('data-term');
    expect(await page.locator('body').innerText()).not.toContain(short);
    await expect(page.locator('.term-preview')).toHaveCount(0);
    await link.click();
    await expect(page).toHaveURL(`${GLOSSARY_PATH}#${id}`);
    await expect(page.locator(`h3#${id}`)).toBeInViewport();
  });
});

test('the glossary and tools tables of contents list letters and categories, not each entry', async ({
  page,
}) => {
  for (const [path, outline] of [
    [GLOSSARY_PATH, glossaryOutline(terms)],
    ...GLOSSARY_IN_DEPTH_PAGES.map(({ path }) => [path, glossaryOutline(terms, path)] as const),
    [TOOLS_PATH, toolsOutline(tools)],
  ] as const) {
    await page.goto(path);
    const toc = page.locator('starlight-toc nav');
    const sections = outline.filter((heading) => heading.depth === 2);
    const entries = outline.filter((heading) => heading.depth === 3);
    expect(sections.length, path).toBeGreaterThanOrEqual(3);
    for (const heading of sections)
      await expect(toc.locator(`a[href="#${heading.slug}"]`)).toHaveText(heading.text);
    await expect(toc.locator(`a[href="#${entries[0]?.slug}"]`)).toHaveCount(0);
    // The entries are still headings of the page, reached from their section.
    await expect(page.locator(`h3#${entries[0]?.slug}`)).toHaveText(entries[0]?.text ?? '');
  }
});

for (const javaScriptEnabled of [true, false]) {
  test(`a link to an entry deep in the glossary or the tools page lands on it and stays there (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    // Skipping the layout of off-screen entries (content-visibility) once broke this: entries above
    // the target took their real height after the jump and pushed it out of view.
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    // Every 40th term and every 20th tool, and the last of each.
    const sample = (ids: string[], step: number) => [
      ...ids.filter((_, i) => i % step === step - 1),
      ids.at(-1),
    ];
    for (const [path, ids] of [
      [
        GLOSSARY_PATH,
        sample(
          terms.map((term) => term.id),
          40,
        ),
      ],
      [
        TOOLS_PATH,
        sample(
          tools.map((tool) => tool.id),
          20,
        ),
      ],
    ] as const) {
      for (const id of ids) {
        await page.goto(`${path}#${id}`);
        await expect(page.locator(`h3#${id}`), `${path}#${id}`).toBeInViewport();
        await page.waitForTimeout(300);
        await expect(page.locator(`h3#${id}`), `${path}#${id} after the page settled`).toBeInViewport();
      }
    }
    await context.close();
  });
}

test('every glossary term is on the glossary in one sentence and whole on exactly one in-depth page, under the same anchor', async ({
  page,
}) => {
  const onPage = (path: string) =>
    new Set([...parseHTML(builtHtml(path)).document.querySelectorAll('h3[id]')].map((h) => h.id));
  const glossary = onPage(GLOSSARY_PATH);
  const inDepth = GLOSSARY_IN_DEPTH_PAGES.map(({ path }) => onPage(path));
  for (const term of terms) {
    expect(glossary.has(term.id), term.id).toBe(true);
    expect(
      inDepth.filter((ids) => ids.has(term.id)),
      term.id,
    ).toHaveLength(1);
  }
  // The glossary's link leads to the entry, which shows the explanation's opening.
  const cdc = terms.find((term) => term.id === 'cdc');
  await page.goto(`${GLOSSARY_PATH}#cdc`);
  await page
    .locator('h3#cdc')
    .locator('xpath=../following-sibling::p[@class="glossary-more"][1]')
    .getByRole('link')
    .click();
  await expect(page.locator('h3#cdc')).toBeInViewport();
  const opening = cdc?.explanation.split(/\s+/).slice(0, 6).join(' ') ?? '';
  await expect(page.locator('.sl-markdown-content')).toContainText(opening);
});
