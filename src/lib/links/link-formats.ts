/**
 * A link to a section or a table row in the three forms the copy controls offer: the bare URL, a
 * Markdown link and an HTML link (pasted as a titled link by Google Docs, Notion or Confluence),
 * each labeled "<section> — <page>". Pure, so the browser islands and the tests share it.
 */

/** What a copied link points at and what it is called. */
export interface LinkTarget {
  /** The absolute URL, with its `#fragment`. */
  url: string;
  /** The section heading or table row, or the page title for a whole page. */
  title: string;
  /** The title of the page it is on. */
  page: string;
}

/** "Section — Page", or just the page's title when the link is to the whole page. */
export function linkLabel({ title, page }: Pick<LinkTarget, 'title' | 'page'>): string {
  return title.trim() === page.trim() ? page.trim() : `${title.trim()} — ${page.trim()}`;
}

/** Characters that would end or restyle Markdown link text, escaped with a backslash. */
const escapeMarkdownText = (text: string) => text.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`);
/** Spaces and parentheses would end a Markdown link destination; encode them. */
const escapeMarkdownUrl = (url: string) =>
  url.replace(/[ ()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** `[Section — Page](url)`. */
export function markdownLink(target: LinkTarget): string {
  return `[${escapeMarkdownText(linkLabel(target))}](${escapeMarkdownUrl(target.url)})`;
}

/** `<a href="url">Section — Page</a>`: the text/html item of a rich copy. */
export function htmlLink(target: LinkTarget): string {
  return `<a href="${escapeHtml(target.url)}">${escapeHtml(linkLabel(target))}</a>`;
}

/** "Section — Page (url)": the text/plain item of a rich copy, for fields that take only text. */
export function plainLink(target: LinkTarget): string {
  return `${linkLabel(target)} (${target.url})`;
}
