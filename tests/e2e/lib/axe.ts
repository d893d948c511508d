import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rule sets every axe check of the browser tests runs: WCAG 2.2 A and AA, and best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page as it is now (or within `include`), one readable line each.
 *
 * Legacy mode runs `axe.run()` in the page itself; the default opens a blank page per check to
 * combine frame results, which doubled the run time for pages that have no frames. Asking for
 * violations only spares serialising every passing node: a full check of a long page took
 * 2.3–3.3 s with all result types and 1.4–1.5 s with violations only (measured on
 * /boundary/data-contracts/, same findings).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode();
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
