/**
 * One section's part of a page's rendered Markdown: its HTML, its readable text and its opening
 * words. A section runs from its heading to the next heading of the same or a higher level, so an
 * h2 section includes its h3 sections; without an id, the whole page is meant. Pure string work on
 * the HTML a page's content renders to (Starlight wraps each heading in a `div` with its link), so
 * the path pages, their handouts and the tests all read sections the same way.
 */
import { parseHTML } from 'linkedom';

/** Elements that are not part of what a reader reads: code for the browser, icons, heading link icons. */
const NOT_READ = 'script, style, template, svg, .sl-anchor-link, .anchor-alias';

/** Parses an HTML fragment into a body element whose child nodes are the fragment's top level. */
export function parseFragment(html: string): HTMLElement {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body as unknown as HTMLElement;
}

/** The level (2 or 3) of a top-level node that is a heading or starts with one, else undefined. */
export function headingLevel(node: Node): number | undefined {
  if (node.nodeType !== 1) return undefined;
  const element = node as Element;
  const heading = /^H[23]$/.test(element.tagName) ? element : element.firstElementChild;
  return heading && /^H[23]$/.test(heading.tagName) ? Number(heading.tagName[1]) : undefined;
}

/**
 * The HTML of the section whose heading has `id`, heading included, or of the whole fragment when
 * `id` is undefined; undefined when no h2 or h3 at the top level has that id.
 */
export function sliceSection(html: string, id: string | undefined): string | undefined {
  const body = parseFragment(html);
  const nodes = [...body.childNodes];
  if (id === undefined) return html;
  const start = nodes.findIndex((node) => {
    const level = headingLevel(node);
    if (level === undefined) return false;
    const element = node as Element;
    return element.id === id || element.firstElementChild?.id === id;
  });
  if (start === -1) return undefined;
  const level = headingLevel(nodes[start] as Node) ?? 2;
  const end = nodes.findIndex((node, i) => i > start && (headingLevel(node) ?? 99) <= level);
  return nodes
    .slice(start, end === -1 ? undefined : end)
    .map((node) => (node.nodeType === 1 ? (node as Element).outerHTML : (node.textContent ?? '')))
    .join('');
}

/** Every text node's words in document order, one space between blocks, without `NOT_READ` parts. */
function textOfElement(root: Element): string {
  for (const element of root.querySelectorAll(NOT_READ)) element.remove();
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** What a reader reads in this HTML, as plain text. */
export function readableText(html: string): string {
  return textOfElement(parseFragment(html));
}

/** Words in a text: runs of non-space characters that hold a letter or a digit (a dash is not a word). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Longest excerpt, in characters. */
export const EXCERPT_MAX = 220;

/**
 * The opening of a section: its first paragraph (or, when it opens with a list or table, its
 * first list item or cell), cut after the last whole sentence that fits in `EXCERPT_MAX`
 * characters, or at a word with an ellipsis when even the first sentence is longer.
 */
export function excerptOf(html: string, max = EXCERPT_MAX): string {
  const body = parseFragment(html);
  // The "Illustrative:" label of a block with made-up numbers says what the block is, not what it says.
  const candidates = [...body.querySelectorAll('p, li, td')].filter(
    (element) => !element.closest(NOT_READ) && !element.matches('.illustrative__label'),
  );
  const first = candidates.map((element) => textOfElement(element)).find((text) => text.length > 0) ?? '';
  if (first.length <= max) return first;
  const sentences = first.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [];
  let excerpt = '';
  for (const sentence of sentences) {
    if ((excerpt + sentence).trim().length > max) break;
    excerpt += sentence;
  }
  if (excerpt.trim()) return excerpt.trim();
  const cut = first.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
