import { parseHTML } from 'linkedom';

/** What one built page offers to links: every id, and the subset the guide publishes as stable. */
export interface BuiltPage {
  /** Every element id on the page: a link to any of them lands. */
  ids: Set<string>;
  /** Published anchors: section headings, comparison tables and rows, diagram figures, and declared aliases. */
  anchors: string[];
  /** Internal links on the page: root-relative href values. */
  links: string[];
  /** When the page is a redirect page: the path it forwards to. */
  redirectsTo?: string | undefined;
}

/** Reads the parts of a built HTML page that the link contract cares about. */
export function readBuiltPage(html: string): BuiltPage {
  const { document } = parseHTML(html);
  const redirect =
    document.querySelector('meta[name="field-guide-redirect"]')?.getAttribute('content') ?? undefined;
  const ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
  const anchors = [
    ...document.querySelectorAll(
      '.sl-markdown-content h2[id], .sl-markdown-content h3[id], comparison-table[id], comparison-table tr[id], figure.diagram[id], [data-anchor-alias][id]',
    ),
  ].map((el) => el.id);
  const links = [...document.querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/') && !href.startsWith('//'));
  return { ids, anchors: [...new Set(anchors)], links, redirectsTo: redirect };
}
