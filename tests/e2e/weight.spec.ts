import { expect, test } from './lib/test.ts';
import { builtPages } from '../../scripts/lib/site.ts';
import { budgetFor, measurePage, type PageWeight } from '../../scripts/lib/weight.ts';

/** Pages measured at once: each waits for its network to go quiet, mostly idle time. */
const AT_ONCE = 4;

test('every page stays within the first-visit weight budget', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const paths = builtPages();
  const weights: PageWeight[] = [];
  for (let i = 0; i < paths.length; i += AT_ONCE)
    weights.push(
      ...(await Promise.all(
        paths.slice(i, i + AT_ONCE).map((path) => measurePage(browser, baseURL ?? '', path)),
      )),
    );
  expect(weights.map((weight) => weight.path)).toEqual(paths);
  const over: string[] = [];
  for (const weight of weights) {
    expect(weight.html, `${weight.path} fetched no HTML`).toBeGreaterThan(0);
    if (weight.total > budgetFor(weight.path))
      over.push(`${weight.path}: ${weight.total} bytes gzip > ${budgetFor(weight.path)}`);
  }
  expect(over).toEqual([]);
});
