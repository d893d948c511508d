/**
 * Finding mentions of named things (glossary terms, tools) in plain text. One rule for the whole
 * site, shared by the marking of terms in prose, the build's check that a `usedIn` section mentions
 * its term, and the tests:
 *
 * - a name or any alias matches on whole words (no letter or digit on either side);
 * - case-insensitively, except acronyms (no lower-case letter, two or more capitals: "REST", "CDC"),
 *   which match only as written, so "REST" never marks "the rest of the team";
 * - a space or hyphen inside a name matches any run of white space or one hyphen, because prose
 *   wraps lines and writes "on-call" and "on call" alike, and a straight apostrophe matches a curly
 *   one, because rendering turns "consumer's" into "consumer’s";
 * - where names overlap, the leftmost, then the longest wins: "slowly changing dimension" is one
 *   mention of that term, not also a mention of "dimension".
 *
 * A name starts with a letter or digit ("Node.js", "C++" and "p99" do).
 */

/** Something that can be mentioned: its id and every way of writing it (name first, then aliases). */
export interface Named {
  id: string;
  names: readonly string[];
}

/** One mention found in a text: offsets into that text, end exclusive. */
export interface Mention {
  id: string;
  start: number;
  end: number;
}

export interface Matcher {
  /** Every mention in `text`, in order, none overlapping. */
  find(text: string): Mention[];
}

/**
 * The key under which two names count as the same: case, runs of spaces and hyphens, curly or
 * straight apostrophes and a final dot ("Inc.") do not count.
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[\s-]+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An acronym is matched as written: no lower-case letter and at least two capitals. */
export function isAcronym(name: string): boolean {
  return !/\p{Ll}/u.test(name) && (name.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** The pattern of one name: its words in order, separated by white space or a hyphen. */
function namePattern(name: string): string {
  return name
    .trim()
    .split(/[\s-]+/)
    .map((word) => literal(word).replace(/['’]/g, "['’]"))
    .join('(?:\\s+|-)');
}

const WORD = /[\p{L}\p{N}]+/gu;
const AFTER = '(?![\\p{L}\\p{N}_])';

interface Compiled {
  id: string;
  /** Sticky: tried only where a word starts that could begin the name. */
  pattern: RegExp;
}

/**
 * Every name compiled once and indexed by its first word, so a text is read word by word and each
 * word tries only the few names that start with it (a single alternation of hundreds of names was
 * ten times slower). Throws when one name belongs to two entries: a mention of it could not say
 * which entry it means.
 */
export function createMatcher(entries: readonly Named[]): Matcher {
  const owner = new Map<string, string>();
  const byFirstWord = new Map<string, Compiled[]>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = nameKey(name);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== entry.id)
        throw new Error(`"${name}" names both "${previous}" and "${entry.id}"`);
      owner.set(key, entry.id);
      const first = /^[\p{L}\p{N}]+/u.exec(name.trim())?.[0];
      if (first === undefined) throw new Error(`"${name}" (${entry.id}) must start with a letter or digit`);
      const pattern = new RegExp(`${namePattern(name)}${AFTER}`, isAcronym(name) ? 'uy' : 'iuy');
      const list = byFirstWord.get(first.toLowerCase()) ?? [];
      list.push({ id: entry.id, pattern });
      byFirstWord.set(first.toLowerCase(), list);
    }
  }

  return {
    find(text) {
      const mentions: Mention[] = [];
      let from = 0;
      for (const word of text.matchAll(WORD)) {
        // Words inside the last mention, and words glued to an underscore, cannot start a mention.
        if (word.index < from || text[word.index - 1] === '_') continue;
        let best: Mention | undefined;
        for (const { id, pattern } of byFirstWord.get(word[0].toLowerCase()) ?? []) {
          pattern.lastIndex = word.index;
          if (pattern.test(text) && pattern.lastIndex > (best?.end ?? -1))
            best = { id, start: word.index, end: pattern.lastIndex };
        }
        if (best) {
          mentions.push(best);
          from = best.end;
        }
      }
      return mentions;
    },
  };
}
