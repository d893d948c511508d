/**
 * The `?compare=role-id,role-id` contract, shared by the server render, the browser island and tests.
 * Kept free of DOM and Astro imports so it runs anywhere.
 */

export const COMPARE_PARAM = 'compare';
export const MIN_ROLES = 2;

/**
 * Roles to show for one table: the roles named in `param` that the table has, in the table's order;
 * the table's defaults when fewer than two of them apply (so a link made on another table, or a
 * hand-edited one, never leaves a table with a single column).
 */
export function resolveShownRoles(
  param: string | null | undefined,
  available: readonly string[],
  defaults: readonly string[],
): string[] {
  if (!param) return [...defaults];
  const wanted = new Set(param.split(',').map((part) => part.trim()));
  const shown = available.filter((role) => wanted.has(role));
  return shown.length >= MIN_ROLES ? shown : [...defaults];
}

/** The query value for a choice, or `null` when it equals the defaults (the URL then stays clean). */
export function compareParamFor(shown: readonly string[], defaults: readonly string[]): string | null {
  const same = shown.length === defaults.length && shown.every((role) => defaults.includes(role));
  return same ? null : shown.join(',');
}

/** The absolute, shareable URL of a row: the page, the current role choice, and the row anchor. */
export function rowUrl(
  location: { origin: string; pathname: string; search: string },
  anchor: string,
): string {
  const params = new URLSearchParams(location.search);
  const compare = params.get(COMPARE_PARAM);
  const query = compare ? `?${COMPARE_PARAM}=${compare}` : '';
  return `${location.origin}${location.pathname}${query}#${anchor}`;
}

/**
 * `search` with the compare parameter set to `value` (or removed when `value` is null), other
 * parameters kept. Commas stay literal so shared links read `?compare=backend-engineer,sre`.
 */
export function withCompareParam(search: string, value: string | null): string {
  const others = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith(`${COMPARE_PARAM}=`));
  if (value !== null) others.push(`${COMPARE_PARAM}=${value.split(',').map(encodeURIComponent).join(',')}`);
  return others.length > 0 ? `?${others.join('&')}` : '';
}
