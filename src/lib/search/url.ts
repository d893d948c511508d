/** URL parameters of site search: `?q=` opens search with a query; `?highlight=` marks terms on a page. */
export const QUERY_PARAM = 'q';
export const HIGHLIGHT_PARAM = 'highlight';

/** The current path with `?q=` set to `query` (or removed), other parameters and the hash kept. */
export function withQueryParam(
  location: { pathname: string; search: string; hash: string },
  query: string | null,
): string {
  const params = new URLSearchParams(location.search);
  if (query === null) params.delete(QUERY_PARAM);
  else params.set(QUERY_PARAM, query.slice(0, 200));
  const search = params.toString().replace(/%2C/g, ',');
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}
