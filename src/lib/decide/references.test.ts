import { describe, expect, it } from 'vitest';
import { readComparison, readHiringOutcomes, readHiringQuestions, readWorksheet } from '../data-files';
import { OWNERSHIP_TABLE, comparisonFile } from '../paths';
import { checkHiringData, checkWorksheet } from './references';

const questions = readHiringQuestions();
const outcomes = readHiringOutcomes();
const assets = readWorksheet();
const matrix = readComparison(comparisonFile(OWNERSHIP_TABLE));

/** Every reference the data makes, as if the guide had all of them. */
const allRefs = new Set([
  ...questions.flatMap((q) => q.answers.map((a) => a.see)),
  ...outcomes.flatMap((o) => o.readNext),
  ...assets.map((a) => a.see),
]);

describe('checkHiringData', () => {
  it('accepts the real data when every link resolves', () => {
    expect(checkHiringData(questions, outcomes, allRefs)).toEqual([]);
  });

  it('names the file, the entry and the field of a link that does not resolve', () => {
    const missing = new Set(allRefs);
    missing.delete('/choosing/questions-to-ask/#mixed-answers');
    const problems = checkHiringData(questions, outcomes, missing);
    expect(problems).toContain(
      'src/data/which-role-next/questions.yaml (question "pain"): field `answers[2].see`: /choosing/questions-to-ask/#mixed-answers is not a section of the guide',
    );
    expect(problems).toContain(
      'src/data/which-role-next/outcomes.yaml (outcome "mixed"): field `readNext[0]`: /choosing/questions-to-ask/#mixed-answers is not a section of the guide',
    );
  });

  it('requires every outcome', () => {
    expect(
      checkHiringData(
        questions,
        outcomes.filter((o) => o.id !== 'bridge'),
        allRefs,
      ),
    ).toEqual(['src/data/which-role-next/outcomes.yaml: no entry with id "bridge"']);
  });
});

describe('checkWorksheet', () => {
  const rows = matrix.rows.map((row) => row.id);

  it('covers every row of the ownership matrix, the rows issue 14 added included', () => {
    expect(checkWorksheet(assets, rows, 'matrix.yaml', allRefs)).toEqual([]);
    for (const id of [
      'tracking-events',
      'reverse-etl-syncs',
      'bi-dashboards',
      'semantic-layer',
      'feature-store',
      'warehouse-cost',
      'access-grants',
      'backups-and-retention',
    ])
      expect(rows).toContain(id);
  });

  it('names a matrix row with no entry and an entry with no row', () => {
    const problems = checkWorksheet(
      [...assets.filter((a) => a.id !== 'backfills'), { id: 'gone-row', risk: 'x'.repeat(20), see: '/' }],
      rows,
      'matrix.yaml',
      new Set([...allRefs, '/']),
    );
    expect(problems).toEqual([
      'src/data/ownership-worksheet.yaml (asset "gone-row"): field `id`: no row "gone-row" in matrix.yaml',
      'src/data/ownership-worksheet.yaml: no entry for the row "backfills" of matrix.yaml; add its risk and section',
    ]);
  });

  it('names an asset whose section does not exist', () => {
    const problems = checkWorksheet(assets, rows, 'matrix.yaml', new Set());
    expect(problems[0]).toMatch(
      /^src\/data\/ownership-worksheet\.yaml \(asset "application-schema"\): field `see`: .* is not a section of the guide$/,
    );
  });
});
