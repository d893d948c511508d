import { describe, expect, it } from 'vitest';
import { resolveSteps, splitRead, type PageOutline } from './steps';
import { readReadingPath } from './files';

const FIXTURE = 'src/lib/reading-paths/fixtures/broken-step.yaml';
const contracts: PageOutline = {
  path: '/boundary/data-contracts/',
  title: 'What is a data contract, and who owns it?',
  sections: [
    { id: 'what-it-is', text: 'What a data contract is, and what it is not', depth: 2 },
    { id: 'who-owns-it', text: 'Who owns a data contract', depth: 2 },
  ],
  aliases: { 'old-ownership': 'who-owns-it' },
};
const pages = new Map([[contracts.path, contracts]]);

describe('splitRead', () => {
  it('splits a step into page and section id', () => {
    expect(splitRead('/a/b/#c')).toEqual({ page: '/a/b/', id: 'c' });
    expect(splitRead('/a/b/')).toEqual({ page: '/a/b/', id: undefined });
  });
});

describe('resolveSteps', () => {
  const path = readReadingPath(FIXTURE);
  const { steps, problems } = resolveSteps(FIXTURE, path.steps, pages);

  it('fails a step whose section or page no longer resolves, naming the file, the step and why', () => {
    expect(problems).toEqual([
      `${FIXTURE}: field \`steps[2].read\`: step 3 "/boundary/data-contracts/#who-owns-the-contract": /boundary/data-contracts/ has no section with id "who-owns-the-contract"`,
      `${FIXTURE}: field \`steps[3].read\`: step 4 "/boundary/gone/#anything": no page at /boundary/gone/`,
    ]);
  });

  it('resolves pages, sections and former ids, keeping each step its number in the path', () => {
    expect(steps.map((s) => [s.number, s.href, s.section?.text])).toEqual([
      [1, '/boundary/data-contracts/', undefined],
      [2, '/boundary/data-contracts/#who-owns-it', 'Who owns a data contract'],
      [5, '/boundary/data-contracts/#who-owns-it', 'Who owns a data contract'],
    ]);
  });
});
