/**
 * Markdown for a team's wiki: the few pieces the decision tools export (a heading, a table, a
 * list, a link), escaped so a reader's own words cannot break the table or turn into markup.
 * Links are made absolute, since the export is pasted outside the site.
 */

/** Text safe inside a Markdown paragraph or table cell: one line, Markdown punctuation escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** `[text](absolute url)`: `href` resolved against `origin`, so a root-relative link still works. */
export function markdownLink(text: string, href: string, origin: string): string {
  return `[${escapeMarkdown(text)}](${new URL(href, origin).href})`;
}

/**
 * A GitHub-flavored Markdown table. Cells are taken as already-formatted Markdown (use
 * `escapeMarkdown` on plain text first); pipes and line breaks in them are neutralized.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/(?<!\\)\|/g, '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A Markdown document from blocks (headings, paragraphs, tables), separated by blank lines. */
export function markdownDocument(blocks: readonly (string | false | undefined)[]): string {
  return `${blocks.filter((block): block is string => typeof block === 'string' && block !== '').join('\n\n')}\n`;
}
