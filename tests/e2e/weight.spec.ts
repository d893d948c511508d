import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/lib/site.ts';
import { budgetFor, measurePage } from '../../scripts/lib/weight.ts';

test('every page stays within the first-visit weight budget', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const over: string[] = [];
  for (const path of builtPages()) {
    const weight = await measurePage(browser, baseURL ?? '', path);
    expect(weight.html, `${path} fetched no HTML`).toBeGreaterThan(0);
    if (weight.total > budgetFor(path)) over.push(`${path}: ${weight.total} bytes gzip > ${budgetFor(path)}`);
  }
  expect(over).toEqual([]);
});
