/**
 * Checks across entries that one entry's schema cannot make: a glossary term's `related` ids name
 * other terms, every `usedIn` and `discussedIn` reference reaches a page or a section of the guide,
 * no name belongs to two terms, and no id collides with another anchor on its page. Each problem is
 * one line naming the data file, the entry and the field, like a schema error (schema-errors.ts).
 */
import type { GlossaryTerm } from '../../schemas/glossary';
import { TOOL_CATEGORIES, type Tool } from '../../schemas/tool';
import { GLOSSARY_FILE, TOOLS_FILE } from '../paths';
import { nameKey } from './match';
import { AT_A_GLANCE, letterOf } from './reference-pages';

const at = (file: string, kind: string, id: string, field: string) =>
  `${file} (${kind} "${id}"): field \`${field}\``;

/**
 * Problems in the glossary. `sections` holds every reference that resolves (`/page/` and
 * `/page/#heading-id`).
 */
export function checkGlossary(
  terms: readonly GlossaryTerm[],
  sections: ReadonlySet<string>,
  file = GLOSSARY_FILE,
): string[] {
  const problems: string[] = [];
  const ids = new Set(terms.map((term) => term.id));
  const letters = new Set(terms.map((term) => letterOf(term.term).toLowerCase()));
  const owners = new Map<string, string>();
  for (const term of terms) {
    const where = (field: string) => at(file, 'term', term.id, field);
    if (letters.has(term.id)) problems.push(`${where('id')}: "${term.id}" is also a letter's anchor`);
    term.related.forEach((id, i) => {
      if (id === term.id) problems.push(`${where(`related[${i}]`)}: a term is not related to itself`);
      else if (!ids.has(id)) problems.push(`${where(`related[${i}]`)}: no term with id "${id}" in ${file}`);
    });
    term.usedIn.forEach((ref, i) => {
      if (!sections.has(ref))
        problems.push(`${where(`usedIn[${i}]`)}: ${ref} is not a page or section of the guide`);
    });
    [term.term, ...term.aliases].forEach((name, i) => {
      const owner = owners.get(nameKey(name));
      if (owner !== undefined && owner !== term.id)
        problems.push(
          `${where(i === 0 ? 'term' : `aliases[${i - 1}]`)}: "${name}" already names term "${owner}"; a mention could not say which term it means`,
        );
      owners.set(nameKey(name), term.id);
    });
  }
  return problems;
}

/** Problems in the tools file; `sections` as for `checkGlossary`. */
export function checkTools(
  tools: readonly Tool[],
  sections: ReadonlySet<string>,
  file = TOOLS_FILE,
): string[] {
  const problems: string[] = [];
  const taken = new Set<string>([...TOOL_CATEGORIES, AT_A_GLANCE.id]);
  for (const tool of tools) {
    const where = (field: string) => at(file, 'tool', tool.id, field);
    if (taken.has(tool.id))
      problems.push(
        `${where('id')}: "${tool.id}" is already an anchor on the tools page (a category or overview)`,
      );
    tool.discussedIn.forEach((ref, i) => {
      if (!sections.has(ref))
        problems.push(`${where(`discussedIn[${i}]`)}: ${ref} is not a page or section of the guide`);
    });
  }
  return problems;
}
