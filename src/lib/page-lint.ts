/**
 * Structure of a guide page's source: frontmatter split from the body, headings with the explicit
 * `{#id}` every h2/h3 needs, and the summary paragraph each page opens with.
 */

/** A heading found in a page's Markdown source. */
export interface SourceHeading {
  depth: number;
  text: string;
  /** The explicit `{#id}` written in the source, if any. */
  id: string | undefined;
  line: number;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const EXPLICIT_ID = /\s*\{#([^}\s]*)\}$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Splits a Markdown/MDX file into its frontmatter text and body, keeping body line numbers. */
export function splitFrontmatter(source: string): {
  frontmatter: string;
  body: string;
  bodyStartLine: number;
} {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { frontmatter: '', body: source, bodyStartLine: 1 };
  return {
    frontmatter: match[1] ?? '',
    body: source.slice(match[0].length),
    bodyStartLine: match[0].split('\n').length,
  };
}

/** Lists ATX headings outside fenced code blocks. */
export function extractHeadings(body: string, firstLine = 1): SourceHeading[] {
  const headings: SourceHeading[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const fenceMatch = /^(```|~~~)/.exec(line.trimStart());
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (line.trimStart().startsWith(fence)) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const match = HEADING.exec(line);
    if (!match) return;
    const hashes = match[1] ?? '';
    const rest = match[2] ?? '';
    const idMatch = EXPLICIT_ID.exec(rest);
    headings.push({
      depth: hashes.length,
      text: idMatch ? rest.slice(0, idMatch.index) : rest,
      id: idMatch?.[1],
      line: firstLine + index,
    });
  });
  return headings;
}

/**
 * Structural rules every guide page follows: a summary before the first heading, only h2/h3 in the
 * body, and an explicit, kebab-case, unique id on each of them (the id is what other documents link to).
 */
export function lintPage(file: string, source: string): string[] {
  const problems: string[] = [];
  const { body, bodyStartLine } = splitFrontmatter(source);
  const headings = extractHeadings(body, bodyStartLine);
  const seen = new Map<string, number>();
  for (const heading of headings) {
    const at = `${file}:${heading.line}`;
    if (heading.depth === 1 || heading.depth > 3) {
      problems.push(`${at}: h${heading.depth} "${heading.text}" is not allowed; use ## or ###`);
    }
    if (heading.id === undefined) {
      problems.push(`${at}: heading "${heading.text}" has no explicit id; add {#some-id} at the end`);
      continue;
    }
    if (!KEBAB.test(heading.id)) problems.push(`${at}: heading id "${heading.id}" is not kebab-case`);
    const previous = seen.get(heading.id);
    if (previous !== undefined)
      problems.push(`${at}: heading id "${heading.id}" is already used on line ${previous}`);
    seen.set(heading.id, heading.line);
  }
  let inFence: string | undefined;
  body.split('\n').forEach((line, index) => {
    // Inside a fenced code block a task list is text to copy (a template), not rendered checkboxes.
    const fenceMatch = /^(```|~~~)/.exec(line.trimStart());
    if (fenceMatch)
      inFence =
        inFence === undefined ? fenceMatch[1] : line.trimStart().startsWith(inFence) ? undefined : inFence;
    if (inFence !== undefined) return;
    // GFM task lists render unlabeled checkboxes: an accessibility failure and not interactive anyway.
    if (/^\s*[-*] \[[ xX]\] /.test(line))
      problems.push(
        `${file}:${bodyStartLine + index}: task-list checkboxes are not allowed; use a plain list`,
      );
  });
  const prose = body
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^import\s/.test(line))
    .find(() => true);
  if (prose === undefined || /^(#|<|:::|\||-|\*|\d+\.)/.test(prose.trim())) {
    problems.push(
      `${file}: the page must open with a summary paragraph before any heading, list or component`,
    );
  }
  return problems;
}
