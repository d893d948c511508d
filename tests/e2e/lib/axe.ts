import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The rule sets every axe check of the browser tests runs: WCAG 2.2 A and AA, and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The rules of those sets whose outcome depends on colours. Switching the theme changes colours
 * only (the same DOM, the same layout), so a page checked in full in one theme needs only these in
 * the other.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page as it is now, one readable line each; `include` limits the check to
 * one part of the page, `rules` to some rules of AXE_TAGS (COLOUR_RULES).
 *
 * axe-core itself rather than @axe-core/playwright: in the legacy mode these pages need (the
 * default opens a blank page per check to combine frame results, for pages that have no frames)
 * `AxeBuilder.analyze()` evaluates the 1.5 MB `axe.js` twice on every call, about 0.4 s of a
 * one-rule check on /differences/testing/. Here the minified build is injected once per page load
 * and each check is one `axe.run()`, asking for violations only (serialising every passing node
 * doubled the time on long pages).
 */
export async function axeViolations(
  page: Page,
  { include, rules }: { include?: string; rules?: readonly string[] } = {},
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  };
  const { violations } = await page.evaluate(
    ([context, options]) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(
        context ?? window.document,
        options,
      ),
    [include ?? null, options] as const,
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
