/**
 * Result excerpts: a short window of a section's words around the query's matches, as plain parts
 * (text, or a marked word). The renderer turns parts into text nodes and <mark> elements, so page
 * text is never parsed as markup.
 */
import type { SectionText } from './shards';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words shown in an excerpt: about two lines in the dialog. */
export const EXCERPT_WORDS = 28;
/** Words of context kept before the first match in the window. */
const LEAD = 4;

/** Splits "postmortem," into the word and the punctuation around it, so only the word is marked. */
function splitPunctuation(token: string): [string, string, string] {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token);
  return [match?.[1] ?? '', match?.[2] ?? token, match?.[3] ?? ''];
}

/**
 * The excerpt of `section` around `hits` (word positions, as Pagefind reports them): the window of
 * `length` words that holds the most matches, starting a few words before its first match, or the
 * section's first words when none matches. The first `skip` words (a heading the result already
 * shows) are left out.
 */
export function excerptAround(
  section: SectionText,
  hits: readonly number[],
  { length = EXCERPT_WORDS, skip = 0 }: { length?: number; skip?: number } = {},
): ExcerptPart[] {
  const all = section.text.split(' ').filter((word) => word !== '');
  const shown = Math.min(skip, all.length);
  const words = all.slice(shown);
  const marked = new Set(
    hits.map((hit) => hit - section.start - shown).filter((i) => i >= 0 && i < words.length),
  );
  const positions = [...marked].sort((a, b) => a - b);
  let from = 0;
  let best = 0;
  for (const [i, first] of positions.entries()) {
    const inWindow = positions.slice(i).filter((p) => p < first + length - LEAD).length;
    if (inWindow > best) {
      best = inWindow;
      from = Math.max(0, first - LEAD);
    }
  }
  const to = Math.min(words.length, from + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (last && !last.marked && !isMarked) last.text += text;
    else if (text !== '') parts.push({ text, marked: isMarked });
  };
  if (from > 0) push('… ', false);
  for (let i = from; i < to; i += 1) {
    const word = words[i] ?? '';
    if (i > from) push(' ', false);
    if (!marked.has(i)) push(word, false);
    else {
      const [before, core, after] = splitPunctuation(word);
      push(before, false);
      push(core, true);
      push(after, false);
    }
  }
  if (to < words.length) push(' …', false);
  return parts;
}
