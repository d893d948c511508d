import type { z } from 'astro/zod';
import { fieldPath } from './schema-errors';

type Raw = { id?: unknown; rows?: Array<{ id?: unknown } | undefined> } | undefined;

/**
 * Formats a comparison table's validation issues so each line names the file, the table id, the row
 * id (when the problem is inside a row) and the field: enough to find and fix it without a debugger.
 */
export function formatTableIssues(file: string, raw: unknown, issues: readonly z.core.$ZodIssue[]): string {
  const data = (typeof raw === 'object' && raw !== null ? raw : undefined) as Raw;
  const tableId = typeof data?.id === 'string' ? data.id : '(no id)';
  return issues
    .map((issue) => {
      const [first, index, ...rest] = issue.path;
      let where = `table "${tableId}"`;
      let field = fieldPath(issue.path);
      if (first === 'rows' && typeof index === 'number') {
        const rowId = data?.rows?.[index]?.id;
        where += `, row "${typeof rowId === 'string' ? rowId : `#${index + 1}`}"`;
        field = rest.length > 0 ? fieldPath(rest) : '(the row)';
      }
      const keys = issue.code === 'unrecognized_keys' ? ` (unknown key: ${issue.keys.join(', ')})` : '';
      return `${file}: ${where}, field \`${field}\`: ${issue.message}${keys}`;
    })
    .join('\n');
}
