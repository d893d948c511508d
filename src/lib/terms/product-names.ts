/**
 * Names in a page's text that look like products and are not known: the test that every tool the
 * guide names has an entry in `src/data/tools.yaml` (tests/e2e/terms.spec.ts) scans each built
 * page with this. Works on any DOM (linkedom in tests, a browser), imports none.
 *
 * A candidate is a run of capitalized words ("Apache Flink", "BigQuery", "dbt Labs" is not, "iOS"
 * is: an upper-case letter inside a word counts). Runs are split into the longest known names (a
 * tool's name or alias, a glossary term or alias, an entry of `src/data/not-tools.yaml`); whatever
 * is left is reported. A capitalized plain word that opens a sentence, a list item or a cell is
 * ordinary English ("Teams", "Kafka" alike) and is skipped, so names are found mid-sentence.
 */
import { nameKey } from './match';

/** Elements whose text is not a page's wording: code, quoted work titles, hidden labels, sources. */
export const NOT_WORDING_SELECTOR =
  'code, pre, kbd, samp, script, style, template, noscript, svg, math, cite, .sr-only, [aria-hidden="true"], [data-not-prose]';

/** Elements that start a new block of text: a sentence never runs across them. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul br'.split(
    ' ',
  ),
);

/** The text of `root` as blocks (paragraphs, list items, cells, headings), wording only. */
export function textBlocks(root: Element): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim() !== '') blocks.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const walk = (node: Node) => {
    let previous: Node | undefined;
    for (const child of node.childNodes) {
      // Two elements with no text between them are separate parts, such as a card's title and its
      // description, or a caption's title and summary: a sentence does not run across them.
      if (child.nodeType === 1 && previous?.nodeType === 1) flush();
      previous = child;
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.matches(NOT_WORDING_SELECTOR)) {
          // Code and titles stand for a word of the sentence: keep the sentence from running together.
          current += ' ';
          continue;
        }
        const block = BLOCK_TAGS.has(element.tagName.toLowerCase());
        // Inline elements side by side (a card's title and description) are separate words too.
        if (block) flush();
        else current += ' ';
        walk(element);
        if (block) flush();
        else current += ' ';
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.+#/&:-]*[\p{L}\p{N}+#])?/gu;
const CAPITALIZED = /^\p{Lu}|^.+\p{Lu}/u;
/** A plain capitalized word, hyphenated or not: only its first letter is upper case ("Follow-up"). */
const PLAIN = /^\p{Lu}[\p{Ll}'’]*(?:-[\p{Ll}\p{N}'’]+)*$/u;
/** Small words inside a name ("Bureau of Labor Statistics") and numbers after one ("Streaming 101"). */
const JOINER = /^(?:of|and|for|the|de|von|van|\p{N}+)$/u;

interface Word {
  text: string;
  start: number;
  end: number;
  /** Opens its block or a sentence. */
  initial: boolean;
  capitalized: boolean;
}

function wordsOf(block: string): Word[] {
  return [...block.matchAll(WORD)].map((match) => {
    const raw = block.slice(0, match.index);
    const before = raw
      .replace(/["“‘'(\[]+$/u, '')
      .trimEnd()
      .replace(/[”"’')\]]+$/u, '');
    // A possessive names the same thing: "Kimball's" is "Kimball".
    const text = match[0].replace(/['’]s$/u, '');
    return {
      text,
      start: match.index,
      end: match.index + text.length,
      // A quotation opens like a sentence: "Link to this row", “Pay”.
      initial: before === '' || /[.!?:]$/.test(before) || /["“]$/u.test(raw),
      capitalized: CAPITALIZED.test(text),
    };
  });
}

/**
 * Whether a word is known part by part: a hyphenated word whose capitalized parts are known names
 * ("AI-assisted", "Kafka-compatible"), or an ordinary word opening the sentence ("Log-based").
 */
function knownByParts(word: Word, keys: ReadonlySet<string>): boolean {
  const parts = word.text.split('-');
  return (
    parts.length > 1 &&
    parts.every(
      (part, i) =>
        !CAPITALIZED.test(part) || keys.has(nameKey(part)) || (i === 0 && word.initial && PLAIN.test(part)),
    )
  );
}

/**
 * The names in `blocks` that are capitalized like a product and are not in `known`: each unknown
 * stretch of capitalized words (with the small words between them) once, in order of appearance.
 */
export function unknownNames(blocks: readonly string[], known: Iterable<string>): string[] {
  const keys = new Set([...known].map(nameKey));
  const longest = Math.max(1, ...[...keys].map((key) => key.split(' ').length));
  const unknown = new Set<string>();
  for (const block of blocks) {
    const words = wordsOf(block);
    let pending: Word[] = [];
    const report = () => {
      // Small words and numbers at either end belong to the sentence, not to the name.
      while (pending.length > 0 && !pending[0]?.capitalized) pending.shift();
      while (pending.length > 0 && !pending.at(-1)?.capitalized) pending.pop();
      if (pending.length > 0) unknown.add(block.slice(pending[0]?.start, pending.at(-1)?.end));
      pending = [];
    };
    for (let i = 0; i < words.length;) {
      const word = words[i] as Word;
      const last = pending.at(-1);
      if (last && block.slice(last.end, word.start) !== ' ') report();
      // The longest known name starting here, whatever the case of its words ("Site reliability
      // engineer" in a list of roles, "dbt Core").
      let matched = 0;
      for (let n = Math.min(longest, words.length - i); n > 0 && matched === 0; n--) {
        if (keys.has(nameKey(block.slice(word.start, words[i + n - 1]?.end)))) matched = n;
      }
      if (matched > 0) {
        report();
        i += matched;
        continue;
      }
      if (!word.capitalized) {
        if (pending.length > 0 && JOINER.test(word.text)) pending.push(word);
        else report();
        i += 1;
        continue;
      }
      // A lone capital letter is a letter ("terms from A to D"), not a name.
      if (
        knownByParts(word, keys) ||
        (word.initial && PLAIN.test(word.text)) ||
        /^\p{Lu}$/u.test(word.text)
      ) {
        report();
        i += 1;
        continue;
      }
      pending.push(word);
      i += 1;
    }
    report();
  }
  return [...unknown];
}
