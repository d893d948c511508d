/**
 * The ownership worksheet: which assets between the application and the dashboard a team has
 * given an owner, and which are risks. Shared by the page, the island and the unit tests. Pure: the
 * assets come from the ownership matrix's rows, the choices from the URL.
 */
import { escapeMarkdown, markdownDocument, markdownLink, markdownTable } from './markdown';
import type { Field, State } from './url-state';

export const OWNERS = ['backend', 'data', 'shared', 'nobody'] as const;
export type Owner = (typeof OWNERS)[number];
export const OWNER_LABELS: Record<Owner, string> = {
  backend: 'Backend',
  data: 'Data',
  shared: 'Shared',
  nobody: 'Nobody',
};

/** Longest contract name kept in a link; enough for a document title or a wiki path. */
export const CONTRACT_MAX = 80;

/** One asset as the worksheet shows it: a matrix row with the worksheet's risk and section. */
export interface WorksheetRow {
  id: string;
  aspect: string;
  /** Link to the row in the ownership matrix. */
  matrix: string;
  risk: string;
  see: string;
  seeTitle: string;
}

/** Why a row is a risk: no owner at all, or shared with no named agreement between the owners. */
export type Flag = 'no-owner' | 'no-contract';

export interface Assessed {
  row: WorksheetRow;
  owner: Owner | undefined;
  contract: string | undefined;
  flag: Flag | undefined;
}

export interface Assessment {
  rows: Assessed[];
  risks: Assessed[];
  undecided: number;
}

/** The URL key of a row's contract name (the owner's key is the row id itself). */
export const contractKey = (id: string) => `${id}.contract`;

/** Two URL fields per asset: its owner and the name of the contract behind a shared owner. */
export function worksheetFields(rows: readonly WorksheetRow[]): Field[] {
  return rows.flatMap((row) => [
    { key: row.id, options: OWNERS },
    { key: contractKey(row.id), maxLength: CONTRACT_MAX },
  ]);
}

export function assess(rows: readonly WorksheetRow[], state: State): Assessment {
  const assessed = rows.map((row): Assessed => {
    const owner = OWNERS.find((o) => o === state[row.id]);
    const contract = state[contractKey(row.id)];
    const flag =
      owner === 'nobody' ? 'no-owner' : owner === 'shared' && !contract ? 'no-contract' : undefined;
    return { row, owner, contract, flag };
  });
  return {
    rows: assessed,
    risks: assessed.filter((a) => a.flag),
    undecided: assessed.filter((a) => !a.owner).length,
  };
}

export const FLAG_LABELS: Record<Flag, string> = {
  'no-owner': 'No owner',
  'no-contract': 'Shared without a named contract',
};

/** One sentence for a screen reader and the summary line: how many risks and open rows. */
export function summarize(assessment: Assessment): string {
  const { risks, undecided, rows } = assessment;
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (undecided === rows.length) return `No owners chosen yet; ${n(rows.length, 'asset', 'assets')} to go.`;
  const flagged = risks.length === 0 ? 'No risks flagged' : `${n(risks.length, 'risk', 'risks')} flagged`;
  return `${flagged}; ${n(undecided, 'asset', 'assets')} not decided yet.`;
}

/** The worksheet as Markdown for a team's wiki: the table, the risks with their reading, the link back. */
export function worksheetMarkdown(
  assessment: Assessment,
  options: { origin: string; shareUrl: string; date: string },
): string {
  const link = (text: string, href: string) => markdownLink(text, href, options.origin);
  const table = markdownTable(
    ['Asset', 'Owner', 'Contract or agreement', 'Risk'],
    assessment.rows.map((a) => [
      link(a.row.aspect, a.row.matrix),
      a.owner ? OWNER_LABELS[a.owner] : 'Not decided',
      a.contract ? escapeMarkdown(a.contract) : '',
      a.flag ? FLAG_LABELS[a.flag] : '',
    ]),
  );
  const risks =
    assessment.risks.length === 0
      ? 'No risks flagged.'
      : assessment.risks
          .map(
            (a) =>
              `- **${escapeMarkdown(a.row.aspect)}** (${FLAG_LABELS[a.flag ?? 'no-owner'].toLowerCase()}): ${escapeMarkdown(a.row.risk)} Read: ${link(a.row.seeTitle, a.row.see)}`,
          )
          .join('\n');
  return markdownDocument([
    '# Who owns each data asset',
    `Filled in on ${options.date} with the ownership worksheet of the Backend vs Data Engineering field guide. ${summarize(assessment)}`,
    `Open or change this worksheet: ${options.shareUrl}`,
    table,
    '## Risks',
    risks,
  ]);
}
