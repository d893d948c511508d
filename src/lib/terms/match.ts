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

const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

/**
 * One regular expression per case rule, alternatives longest first so that at any position the
 * longest name wins. Throws when one name (ignoring case) belongs to two entries: a mention of it
 * could not say which entry it means.
 */
export function createMatcher(entries: readonly Named[]): Matcher {
  const owner = new Map<string, string>();
  const exact: { name: string; id: string }[] = [];
  const folded: { name: string; id: string }[] = [];
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = name
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, ' ');
      const previous = owner.get(key);
      if (previous !== undefined && previous !== entry.id)
        throw new Error(`"${name}" names both "${previous}" and "${entry.id}"`);
      owner.set(key, entry.id);
      (isAcronym(name) ? exact : folded).push({ name: name.trim(), id: entry.id });
    }
  }
  const compile = (names: { name: string; id: string }[], flags: string) => {
    if (names.length === 0) return undefined;
    const sorted = [...names].sort((a, b) => b.name.length - a.name.length);
    const source = sorted.map(({ name }) => `(${namePattern(name)})`).join('|');
    return { regex: new RegExp(`${BEFORE}(?:${source})${AFTER}`, flags), ids: sorted.map(({ id }) => id) };
  };
  const patterns = [compile(exact, 'gu'), compile(folded, 'giu')].filter((p) => p !== undefined);

  return {
    find(text) {
      const candidates: Mention[] = [];
      for (const { regex, ids } of patterns) {
        regex.lastIndex = 0;
        for (const match of text.matchAll(regex)) {
          // The one capturing group that took part says which name, and so which entry, matched.
          const group = match.findIndex((value, i) => i > 0 && value !== undefined);
          candidates.push({
            id: ids[group - 1] ?? '',
            start: match.index,
            end: match.index + match[0].length,
          });
        }
      }
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const mentions: Mention[] = [];
      for (const candidate of candidates) {
        const last = mentions.at(-1);
        if (last === undefined || candidate.start >= last.end) mentions.push(candidate);
      }
      return mentions;
    },
  };
}
