/**
 * A page's rendered Markdown content read with a real HTML parser (parse5, the WHATWG algorithm),
 * as one pass over its text in document order: every text node with its offsets in the source
 * string and whether it is prose, and every heading as it opens. Marking terms and checking that a
 * section mentions a term both read this pass, so they agree on what the page says.
 */
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';

/**
 * What is not prose: a term mention there is left alone. Headings (a link inside a heading would
 * fight the heading's own anchor link), links and controls (a link inside a link or a button is
 * invalid), code and quoted titles, and whatever is hidden or marked `data-not-prose` by a
 * component (labels repeated for phones, table controls, source lists).
 */
export const NOT_PROSE = {
  tags: [
    'a',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'code',
    'pre',
    'kbd',
    'samp',
    'cite',
    'button',
    'label',
    'legend',
    'summary',
    'select',
    'option',
    'textarea',
    'input',
    'script',
    'style',
    'template',
    'noscript',
    'svg',
    'math',
  ],
  attributes: ['hidden', 'data-not-prose'],
  classes: ['sr-only'],
} as const;

/** The same rule as a CSS selector, for tests that check the built pages with a DOM. */
export const NOT_PROSE_SELECTOR = [
  ...NOT_PROSE.tags,
  ...NOT_PROSE.attributes.map((name) => `[${name}]`),
  '[aria-hidden="true"]',
  ...NOT_PROSE.classes.map((name) => `.${name}`),
].join(', ');

/** Elements whose text is not text at all (scripts, styles, templates' inert content). */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);
const HEADING = /^h([1-6])$/;

export type Piece =
  | { kind: 'heading'; level: number; id: string | undefined }
  | {
      kind: 'text';
      /** The decoded text. */
      text: string;
      /** Offsets of the node's raw source (entities and all) in the parsed string. */
      start: number;
      end: number;
      /** Whether a term mention here may be marked (see `NOT_PROSE`). */
      prose: boolean;
    };

const attribute = (element: T.Element, name: string) =>
  element.attrs.find((attr) => attr.name === name)?.value;

function isNotProse(element: T.Element): boolean {
  if ((NOT_PROSE.tags as readonly string[]).includes(element.tagName)) return true;
  if (NOT_PROSE.attributes.some((name) => attribute(element, name) !== undefined)) return true;
  if (attribute(element, 'aria-hidden') === 'true') return true;
  const classes = (attribute(element, 'class') ?? '').split(/\s+/);
  return NOT_PROSE.classes.some((name) => classes.includes(name));
}

/** The text and headings of rendered HTML, in document order. */
export function* readRendered(html: string): Generator<Piece> {
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  function* walk(nodes: readonly T.ChildNode[], prose: boolean): Generator<Piece> {
    for (const node of nodes) {
      if (node.nodeName === '#text') {
        const text = node as T.TextNode;
        const location = text.sourceCodeLocation;
        if (location)
          yield {
            kind: 'text',
            text: text.value,
            start: location.startOffset,
            end: location.endOffset,
            prose,
          };
      } else if ('tagName' in node) {
        if (node.tagName === 'script' && attribute(node, 'data-inert') !== undefined) {
          // Inert markup (components/InertMarkup.astro), such as a table's other roles: part of what the
          // section says once a reader asks for it, so it counts as a mention; never marked, since its
          // text is not in the page's HTML as text.
          const source = node.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
          for (const piece of readRendered(source))
            if (piece.kind === 'text') yield { ...piece, start: -1, end: -1, prose: false };
          continue;
        }
        if (NOT_TEXT.has(node.tagName)) continue;
        const level = HEADING.exec(node.tagName)?.[1];
        if (level !== undefined) yield { kind: 'heading', level: Number(level), id: attribute(node, 'id') };
        yield* walk(node.childNodes, prose && !isNotProse(node));
      }
    }
  }
  yield* walk(fragment.childNodes, true);
}

/** Escapes text for use between tags. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for use in a double-quoted attribute value. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
