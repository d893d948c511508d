/**
 * The build wiring of reading paths: the `paths` collection's steps resolved against the `docs`
 * collection, measured from the rendered sections, and a step that no longer resolves failing the
 * load (and so the build) with the path file and the step named. The collections are replaced by
 * fixtures; the functions under test are the ones the routes call.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const FIXTURE = 'src/lib/reading-paths/fixtures/broken-step.yaml';
const fixtures = vi.hoisted(() => ({ paths: [] as unknown[], docs: [] as unknown[] }));

vi.mock('astro:content', () => ({
  getCollection: async (name: 'paths' | 'docs') => fixtures[name],
  render: async (entry: { headings: unknown[] }) => ({ headings: entry.headings }),
}));
vi.mock('./rendered', () => ({
  renderedContent: async () => readFileSync('src/lib/reading-paths/fixtures/rendered-page.html', 'utf8'),
}));

const { readReadingPath } = await import('./files');

/** A fresh copy of the data module, so its per-build cache starts empty. */
async function freshData() {
  vi.resetModules();
  return import('./data');
}

function setFixtures(steps?: { read: string; why: string }[]) {
  const { id, ...data } = readReadingPath(FIXTURE);
  fixtures.paths = [{ id, filePath: FIXTURE, data: steps ? { ...data, steps } : data }];
  fixtures.docs = [
    {
      id: 'boundary/data-contracts',
      data: { title: 'Data contracts', anchorAliases: { 'old-ownership': 'who-owns-it' } },
      headings: [
        { depth: 2, slug: 'first', text: 'First section' },
        { depth: 3, slug: 'inner', text: 'Inner part' },
        { depth: 2, slug: 'who-owns-it', text: 'Who owns it' },
      ],
    },
  ];
}

describe('loadReadingPaths', () => {
  beforeEach(() => setFixtures());

  it('fails when a step no longer resolves, naming the path file and every broken step', async () => {
    const { loadReadingPaths } = await freshData();
    await expect(loadReadingPaths()).rejects.toThrow(
      [
        'Reading path steps that no longer resolve:',
        `  - ${FIXTURE}: field \`steps[2].read\`: step 3 "/boundary/data-contracts/#who-owns-the-contract": /boundary/data-contracts/ has no section with id "who-owns-the-contract"`,
        `  - ${FIXTURE}: field \`steps[3].read\`: step 4 "/boundary/gone/#anything": no page at /boundary/gone/`,
      ].join('\n'),
    );
  });

  it('fails for a heading that is not at the top of the content, whose text cannot be read', async () => {
    setFixtures([
      { read: '/boundary/data-contracts/#who-owns-it', why: 'A heading the rendered content does not hold.' },
    ]);
    const { loadReadingPaths } = await freshData();
    await expect(loadReadingPaths()).rejects.toThrow(
      `${FIXTURE}: field \`steps[0].read\`: step 1 "/boundary/data-contracts/#who-owns-it": the section's heading is not at the top level`,
    );
  });

  it('measures resolved steps from their rendered sections', async () => {
    setFixtures([
      { read: '/boundary/data-contracts/#first', why: 'The first section, with its inner part.' },
      { read: '/boundary/data-contracts/', why: 'The whole page.' },
    ]);
    const { loadReadingPaths, getReadingPath } = await freshData();
    const [path] = await loadReadingPaths();
    expect(path?.steps.map((s) => [s.number, s.href, s.title, s.words, s.minutes, s.depth])).toEqual([
      [1, '/boundary/data-contracts/#first', 'First section', 21, 1, 2],
      [2, '/boundary/data-contracts/', 'Data contracts', expect.any(Number), 1, 1],
    ]);
    expect(path?.steps[0]?.excerpt).toBe('One two three four five.');
    expect(path?.minutes).toBe(2);
    await expect(getReadingPath('nope')).rejects.toThrow('No reading path "nope". Known: broken-step');
  });
});
