/**
 * Marks the first prose mention of each glossary term on a page as a link to its definition, in the
 * page's rendered Markdown HTML (src/components/overrides/MarkdownContent.astro). Only the text
 * nodes that hold a first mention are rewritten; every other byte of the page stays as rendered.
 */
import type { Matcher } from './match';
import { escapeAttribute, escapeText, type Piece } from './prose';

/** Attribute that carries the term id on a marked mention; the preview island looks for it. */
export const TERM_ATTRIBUTE = 'data-term';

export interface Marked {
  html: string;
  /** Ids of the terms marked, in the order of their first mention. */
  marked: string[];
}

/**
 * `html` with the first prose mention of each term wrapped in `<a href="{hrefOf(id)}" data-term="id">`;
 * `pieces` is `readRendered(html)`, read once for this and for the page's section texts.
 * A mention inside a heading, link, code or control is not prose (src/lib/terms/prose.ts) and is
 * skipped, so the first mention marked is the first one in prose.
 */
export function markFirstMentions(
  html: string,
  pieces: Iterable<Piece>,
  matcher: Matcher,
  hrefOf: (id: string) => string,
): Marked {
  const marked: string[] = [];
  const seen = new Set<string>();
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (const piece of pieces) {
    if (piece.kind !== 'text' || !piece.prose) continue;
    const first = matcher.find(piece.text).filter((mention) => {
      if (seen.has(mention.id)) return false;
      seen.add(mention.id);
      marked.push(mention.id);
      return true;
    });
    if (first.length === 0) continue;
    let replacement = '';
    let at = 0;
    for (const { id, start, end } of first) {
      replacement += `${escapeText(piece.text.slice(at, start))}<a href="${escapeAttribute(hrefOf(id))}" class="term-mark" ${TERM_ATTRIBUTE}="${escapeAttribute(id)}">${escapeText(piece.text.slice(start, end))}</a>`;
      at = end;
    }
    replacement += escapeText(piece.text.slice(at));
    edits.push({ start: piece.start, end: piece.end, replacement });
  }
  let out = html;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.replacement + out.slice(edit.end);
  return { html: out, marked };
}
