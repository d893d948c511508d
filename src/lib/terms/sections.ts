/**
 * Whether the sections a data entry points to really mention it: a glossary term's `usedIn`, a
 * tool's `discussedIn`. A section is the text from the heading with that id to the next heading of
 * the same or a higher level; a reference without `#id` means the whole page. Checked on each
 * page's rendered content as it is built, so no second reading of the built site is needed.
 */
import { createMatcher } from './match';
import type { Piece } from './prose';

/** Every section's text by heading id, and the whole content's text under `''`, from `readRendered(html)`. */
export function sectionTexts(pieces: Iterable<Piece>): Map<string, string> {
  const whole: string[] = [];
  const open: { id: string; level: number; parts: string[] }[] = [];
  const done = new Map<string, string>();
  const close = (level: number) => {
    while (open.length > 0 && (open.at(-1)?.level ?? 0) >= level) {
      const section = open.pop();
      if (section) done.set(section.id, section.parts.join(' '));
    }
  };
  for (const piece of pieces) {
    if (piece.kind === 'heading') {
      close(piece.level);
      if (piece.id) open.push({ id: piece.id, level: piece.level, parts: [] });
      continue;
    }
    // Text nodes are joined with a space: two blocks never run together into one word.
    whole.push(piece.text);
    for (const section of open) section.parts.push(piece.text);
  }
  close(0);
  done.set('', whole.join(' '));
  return done;
}

/** One reference from a data entry to a section that must mention the entry. */
export interface ExpectedMention {
  /** The data file, the kind of entry, its id and the field, as a failed build names them. */
  file: string;
  kind: 'term' | 'tool';
  id: string;
  field: string;
  /** The reference as written: `/page/` or `/page/#section`. */
  ref: string;
  /** The entry's name and aliases; any one of them is a mention. */
  names: readonly string[];
}

/** One line per reference whose section does not mention its entry (or does not exist). */
export function missingMentions(expected: readonly ExpectedMention[], sections: ReadonlyMap<string, string>) {
  const problems: string[] = [];
  for (const item of expected) {
    const sectionId = item.ref.includes('#') ? item.ref.slice(item.ref.indexOf('#') + 1) : '';
    const where = `${item.file} (${item.kind} "${item.id}"): field \`${item.field}\``;
    const text = sections.get(sectionId);
    if (text === undefined) {
      problems.push(`${where}: ${item.ref} has no heading with id "${sectionId}"`);
      continue;
    }
    const found = createMatcher([{ id: item.id, names: item.names }]).find(text);
    if (found.length === 0) {
      const [name, ...aliases] = item.names;
      problems.push(
        `${where}: ${item.ref} does not mention "${name}"${aliases.length > 0 ? ` or an alias (${aliases.join(', ')})` : ''}; mention it in that section or remove the reference`,
      );
    }
  }
  return problems;
}
