/**
 * Answers kept in the page's query string, so a result can be shared as a link. One parameter per
 * field (`?stage=mvp&latency=high`): readable, stable when fields are added, and tolerant of links
 * made by an older or newer version of a tool. Pure string work, shared by the islands and tests.
 */

/** A field whose value is one of a fixed set of ids (a question's answers, an asset's owners). */
export interface ChoiceField {
  key: string;
  options: readonly string[];
}

/** A field holding a short text the reader typed (a contract's name, say). */
export interface TextField {
  key: string;
  maxLength: number;
}

export type Field = ChoiceField | TextField;

/** Field key → value; a missing key means "not answered". */
export type State = Record<string, string>;

const isChoice = (field: Field): field is ChoiceField => 'options' in field;

/** A value as the field accepts it, or undefined: unknown choices and empty text are dropped. */
function accept(field: Field, raw: string | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (isChoice(field)) return field.options.includes(raw) ? raw : undefined;
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, field.maxLength);
  return text === '' ? undefined : text;
}

/**
 * The state a query string describes, for these fields only. Unknown keys, unknown choices and
 * repeated keys beyond the first are ignored, so an edited or outdated link still opens.
 */
export function readState(search: string, fields: readonly Field[]): State {
  const params = new URLSearchParams(search);
  const state: State = {};
  for (const field of fields) {
    const value = accept(field, params.get(field.key));
    if (value !== undefined) state[field.key] = value;
  }
  return state;
}

/**
 * `search` with these fields set from `state`, in the fields' order, unanswered ones removed and
 * every other parameter kept as it was. Returns `''` when nothing is left, or `?…` otherwise.
 */
export function writeState(search: string, fields: readonly Field[], state: State): string {
  const params = new URLSearchParams(search);
  for (const field of fields) params.delete(field.key);
  const others = [...params];
  const ours: [string, string][] = [];
  for (const field of fields) {
    const value = accept(field, state[field.key]);
    if (value !== undefined) ours.push([field.key, value]);
  }
  const query = new URLSearchParams([...ours, ...others]).toString();
  return query === '' ? '' : `?${query}`;
}
