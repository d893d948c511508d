import { describe, expect, it } from 'vitest';
import { htmlLink, linkLabel, markdownLink, plainLink } from './link-formats';

const section = {
  url: 'https://guide.example/boundary/data-contracts/#who-owns-it',
  title: 'Who owns a data contract',
  page: 'What is a data contract, and who owns it?',
};

describe('link formats', () => {
  it('label a section with its page, and a page with its title alone', () => {
    expect(linkLabel(section)).toBe('Who owns a data contract — What is a data contract, and who owns it?');
    expect(linkLabel({ title: 'Glossary', page: 'Glossary' })).toBe('Glossary');
  });
  it('write a Markdown link, escaping what would break it', () => {
    expect(markdownLink(section)).toBe(
      '[Who owns a data contract — What is a data contract, and who owns it?](https://guide.example/boundary/data-contracts/#who-owns-it)',
    );
    expect(markdownLink({ url: 'https://g.example/a (b)/', title: 'Use [x] *now*', page: 'P_1' })).toBe(
      '[Use \\[x\\] \\*now\\* — P\\_1](https://g.example/a%20%28b%29/)',
    );
  });
  it('write an HTML link and its plain-text twin', () => {
    expect(htmlLink({ ...section, title: 'Tests & "checks" <here>' })).toBe(
      '<a href="https://guide.example/boundary/data-contracts/#who-owns-it">Tests &amp; &quot;checks&quot; &lt;here&gt; — What is a data contract, and who owns it?</a>',
    );
    expect(plainLink(section)).toBe(
      'Who owns a data contract — What is a data contract, and who owns it? (https://guide.example/boundary/data-contracts/#who-owns-it)',
    );
  });
});
