import { describe, expect, it } from 'vitest';
import { readState, writeState } from './url-state';
import {
  assess,
  contractKey,
  summarize,
  worksheetFields,
  worksheetMarkdown,
  type WorksheetRow,
} from './ownership';

const row = (id: string, aspect: string): WorksheetRow => ({
  id,
  aspect,
  matrix: `/boundary/where-backend-ends/#ownership-boundary--${id}`,
  risk: `Without an owner, ${aspect.toLowerCase()} drift.`,
  see: '/boundary/data-contracts/#who-owns-it',
  seeTitle: 'Who owns a data contract',
});
const rows = [
  row('domain-events', 'Emitted domain events'),
  row('cdc-connectors', 'CDC connectors'),
  row('backfills', 'Backfills'),
];
const fields = worksheetFields(rows);

describe('assess', () => {
  it('flags nothing and counts every row undecided when empty', () => {
    const result = assess(rows, {});
    expect(result.risks).toEqual([]);
    expect(result.undecided).toBe(3);
    expect(summarize(result)).toBe('No owners chosen yet; 3 assets to go.');
  });

  it('flags nobody as no owner and shared without a contract, but not a single owner', () => {
    const result = assess(rows, {
      'domain-events': 'backend',
      'cdc-connectors': 'nobody',
      backfills: 'shared',
    });
    expect(result.rows.map((a) => a.flag)).toEqual([undefined, 'no-owner', 'no-contract']);
    expect(result.undecided).toBe(0);
    expect(summarize(result)).toBe('2 risks flagged; 0 assets not decided yet.');
  });

  it('accepts a shared row once its contract is named', () => {
    const result = assess(rows, { backfills: 'shared', [contractKey('backfills')]: 'Backfill runbook' });
    expect(result.risks).toEqual([]);
    expect(result.rows[2]?.contract).toBe('Backfill runbook');
    expect(summarize(result)).toBe('No risks flagged; 2 assets not decided yet.');
  });

  it('ignores owners it does not know, from a hand-edited or outdated link', () => {
    const state = readState('?domain-events=marketing&backfills=nobody&retired-row=data', fields);
    const result = assess(rows, state);
    expect(result.rows[0]?.owner).toBeUndefined();
    expect(result.risks.map((a) => a.row.id)).toEqual(['backfills']);
    expect(summarize(result)).toBe('1 risk flagged; 2 assets not decided yet.');
  });

  it('round-trips owners and contract names through the URL', () => {
    const state = {
      'cdc-connectors': 'shared',
      [contractKey('cdc-connectors')]: 'Runbook: slot lag & restarts',
    };
    const search = writeState('', fields, state);
    expect(search).toBe('?cdc-connectors=shared&cdc-connectors.contract=Runbook%3A+slot+lag+%26+restarts');
    expect(readState(search, fields)).toEqual(state);
  });
});

describe('worksheetMarkdown', () => {
  const result = assess(rows, {
    'domain-events': 'backend',
    'cdc-connectors': 'shared',
    [contractKey('domain-events')]: 'Order events | v2 *draft*',
    backfills: 'nobody',
  });
  const md = worksheetMarkdown(result, {
    origin: 'https://guide.example',
    shareUrl: 'https://guide.example/boundary/ownership-worksheet/?backfills=nobody',
    date: '2026-12-02',
  });

  it('has a row per asset with its owner, agreement and flag, links absolute', () => {
    expect(md).toContain('| Asset | Owner | Contract or agreement | Risk |');
    expect(md).toContain(
      '| [Emitted domain events](https://guide.example/boundary/where-backend-ends/#ownership-boundary--domain-events) | Backend | Order events \\| v2 \\*draft\\* |  |',
    );
    expect(md).toContain('| Shared |  | Shared without a named contract |');
    expect(md).toContain('| Nobody |  | No owner |');
  });

  it('lists each risk with the section to read, and the link that reopens the worksheet', () => {
    expect(md).toContain(
      '- **Backfills** (no owner): Without an owner, backfills drift. Read: [Who owns a data contract](https://guide.example/boundary/data-contracts/#who-owns-it)',
    );
    expect(md).toContain(
      'Open or change this worksheet: https://guide.example/boundary/ownership-worksheet/?backfills=nobody',
    );
    expect(md).toContain('Filled in on 2026-12-02');
  });

  it('says so when there are no risks', () => {
    expect(
      worksheetMarkdown(assess(rows, {}), { origin: 'https://x.example', shareUrl: '', date: '' }),
    ).toContain('No risks flagged.');
  });
});
