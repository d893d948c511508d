/**
 * Anchor aliases (`anchorAliases` in a page's frontmatter): a section's former id placed just before
 * the element that now holds its content, so `#old-id` lands where `#new-id` does. Applied at render
 * time to the page's Markdown content (src/components/overrides/MarkdownContent.astro).
 */

/** Escapes an id for use inside a regular expression (ids are kebab-case, but be safe). */
const literal = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `html` with one empty, hidden element per alias just before its target: before the heading's
 * wrapper when the heading is the first thing in one (as Starlight renders headings), otherwise
 * before the element itself (a table row, say). Throws, naming `where` and the field, when a target
 * is missing or an alias id is still in use.
 */
export function placeAliases(html: string, aliases: Readonly<Record<string, string>>, where: string): string {
  let out = html;
  for (const [alias, target] of Object.entries(aliases)) {
    if (new RegExp(`\\sid="${literal(alias)}"`).test(out)) {
      throw new Error(
        `${where}: field \`anchorAliases.${alias}\`: the page still has an element with id "${alias}"; remove the alias`,
      );
    }
    const wrapped = new RegExp(`<div\\b[^>]*>(?=<h[1-6]\\b[^>]*\\sid="${literal(target)}")`);
    const element = new RegExp(`<[a-z][a-z0-9-]*(?=[^>]*\\sid="${literal(target)}")`);
    const match = wrapped.exec(out) ?? element.exec(out);
    if (!match)
      throw new Error(
        `${where}: field \`anchorAliases.${alias}\`: no element with id "${target}" on the page`,
      );
    const span = `<span id="${alias}" data-anchor-alias="${target}" class="anchor-alias" aria-hidden="true"></span>`;
    out = out.slice(0, match.index) + span + out.slice(match.index);
  }
  return out;
}
