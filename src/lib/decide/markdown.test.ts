import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownDocument, markdownLink, markdownTable } from './markdown';

describe('escapeMarkdown', () => {
  it('keeps a reader’s text from becoming markup or breaking a table', () => {
    expect(escapeMarkdown('a | b *c* [d](e) <script>\n# f')).toBe(
      'a \\| b \\*c\\* \\[d\\](e) \\<script\\> \\# f',
    );
  });
});

describe('markdownLink', () => {
  it('makes root-relative links absolute', () => {
    expect(markdownLink('Data contracts', '/boundary/data-contracts/#who-owns-it', 'https://x.example')).toBe(
      '[Data contracts](https://x.example/boundary/data-contracts/#who-owns-it)',
    );
  });
});

describe('markdownTable', () => {
  it('writes a header, a separator and one line per row', () => {
    expect(
      markdownTable(
        ['Asset', 'Owner'],
        [
          ['Events', 'Backend'],
          ['Raw | zone', 'Data\nteam'],
        ],
      ),
    ).toBe(
      ['| Asset | Owner |', '| --- | --- |', '| Events | Backend |', '| Raw \\| zone | Data team |'].join(
        '\n',
      ),
    );
  });

  it('does not escape a pipe twice', () => {
    expect(markdownTable(['A'], [[escapeMarkdown('x|y')]])).toContain('| x\\|y |');
  });
});

describe('markdownDocument', () => {
  it('joins the blocks that are present with blank lines', () => {
    expect(markdownDocument(['# T', false, '', 'p', undefined])).toBe('# T\n\np\n');
  });
});
