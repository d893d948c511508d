import { describe, expect, it } from 'vitest';
import { extractHeadings, lintPage, splitFrontmatter } from './page-lint';

const page = (body: string) => `---\ntitle: T\n---\n${body}`;

describe('extractHeadings', () => {
  it('reads explicit ids and ignores headings inside code fences', () => {
    const { body, bodyStartLine } = splitFrontmatter(
      page('Intro.\n\n## Who owns it {#owner}\n\n```md\n## not a heading\n```\n\n### Plain\n'),
    );
    const headings = extractHeadings(body, bodyStartLine);
    expect(headings).toEqual([
      { depth: 2, text: 'Who owns it', id: 'owner', line: 6 },
      { depth: 3, text: 'Plain', id: undefined, line: 12 },
    ]);
  });
});

describe('lintPage', () => {
  it('passes a page with a summary and explicit ids', () => {
    expect(
      lintPage(
        'ok.mdx',
        page("import { Card } from '~/components';\n\nSummary.\n\n## A {#a}\n\n### B {#b}\n"),
      ),
    ).toEqual([]);
  });

  it('names the file, line and heading that lacks an id', () => {
    expect(lintPage('p.mdx', page('Summary.\n\n## Missing id\n'))).toEqual([
      'p.mdx:6: heading "Missing id" has no explicit id; add {#some-id} at the end',
    ]);
  });

  it('rejects duplicate and non-kebab ids, and h4 headings', () => {
    const problems = lintPage('p.mdx', page('Summary.\n\n## A {#a}\n\n## B {#a}\n\n#### C {#Bad_Id}\n'));
    expect(problems).toContain('p.mdx:8: heading id "a" is already used on line 6');
    expect(problems).toContain('p.mdx:10: heading id "Bad_Id" is not kebab-case');
    expect(problems).toContain('p.mdx:10: h4 "C" is not allowed; use ## or ###');
  });

  it('requires a summary before the first heading', () => {
    expect(lintPage('p.mdx', page('## A {#a}\n\nText.\n'))).toEqual([
      'p.mdx: the page must open with a summary paragraph before any heading, list or component',
    ]);
  });

  it('refuses task-list checkboxes in the page, but not in a fenced block to copy', () => {
    expect(lintPage('t.mdx', page('Summary.\n\n- [ ] Rendered as an unlabeled checkbox\n'))).toEqual([
      't.mdx:6: task-list checkboxes are not allowed; use a plain list',
    ]);
    expect(lintPage('t.mdx', page('Summary.\n\n```markdown\n- [ ] Text in a template\n```\n'))).toEqual([]);
  });
});
