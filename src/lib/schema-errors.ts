import type { z } from 'astro/zod';

/** Turns a zod issue path into the dotted field name a writer sees in YAML, e.g. `sources[0].date`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** One line per problem, each naming the file and the field, so a failed build points at the fix. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], context = ''): string {
  const where = context ? `${file} (${context})` : file;
  return issues
    .map((issue) => {
      const keys = issue.code === 'unrecognized_keys' ? ` (unknown key: ${issue.keys.join(', ')})` : '';
      return `${where}: field \`${fieldPath(issue.path)}\`: ${issue.message}${keys}`;
    })
    .join('\n');
}

/** Parses `data` with `schema` or throws an error whose message names the file and every bad field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  context = '',
): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(file, result.error.issues, context));
  return result.data;
}
