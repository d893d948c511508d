/**
 * Checks across the decision tools' data that one entry's schema cannot make: every link reaches a
 * section of the guide, every outcome exists once, and the worksheet covers the ownership matrix
 * row for row. Each problem is one line naming the file, the entry and the field, like a schema
 * error (schema-errors.ts); src/lib/data.ts runs these once per build and fails it.
 */
import type { HiringOutcome, HiringQuestion } from '../../schemas/which-role-next';
import type { WorksheetAsset } from '../../schemas/ownership-worksheet';
import {
  HIRING_OUTCOMES_FILE as OUTCOMES_FILE,
  HIRING_QUESTIONS_FILE as QUESTIONS_FILE,
  WORKSHEET_FILE,
} from '../paths';
import { LEANS } from './which-role-next';

const at = (file: string, kind: string, id: string, field: string) =>
  `${file} (${kind} "${id}"): field \`${field}\``;

/** Problems in the hiring tool's questions and outcomes; `sections` holds every link that resolves. */
export function checkHiringData(
  questions: readonly HiringQuestion[],
  outcomes: readonly HiringOutcome[],
  sections: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const question of questions) {
    question.answers.forEach((answer, i) => {
      if (!sections.has(answer.see))
        problems.push(
          `${at(QUESTIONS_FILE, 'question', question.id, `answers[${i}].see`)}: ${answer.see} is not a section of the guide`,
        );
    });
  }
  for (const outcome of outcomes) {
    outcome.readNext.forEach((ref, i) => {
      if (!sections.has(ref))
        problems.push(
          `${at(OUTCOMES_FILE, 'outcome', outcome.id, `readNext[${i}]`)}: ${ref} is not a section of the guide`,
        );
    });
  }
  const ids = new Set(outcomes.map((o) => o.id));
  for (const id of [...LEANS, 'mixed'])
    if (!ids.has(id as HiringOutcome['id'])) problems.push(`${OUTCOMES_FILE}: no entry with id "${id}"`);
  return problems;
}

/** Problems in the worksheet: links, and rows of the matrix with no entry or entries with no row. */
export function checkWorksheet(
  assets: readonly WorksheetAsset[],
  matrixRows: readonly string[],
  matrixFile: string,
  sections: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const rows = new Set(matrixRows);
  const covered = new Set(assets.map((asset) => asset.id));
  for (const asset of assets) {
    if (!rows.has(asset.id))
      problems.push(`${at(WORKSHEET_FILE, 'asset', asset.id, 'id')}: no row "${asset.id}" in ${matrixFile}`);
    if (!sections.has(asset.see))
      problems.push(
        `${at(WORKSHEET_FILE, 'asset', asset.id, 'see')}: ${asset.see} is not a section of the guide`,
      );
  }
  for (const row of matrixRows)
    if (!covered.has(row))
      problems.push(
        `${WORKSHEET_FILE}: no entry for the row "${row}" of ${matrixFile}; add its risk and section`,
      );
  return problems;
}
