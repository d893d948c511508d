import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt';

describe('excerptParts', () => {
  it('keeps marks and decodes entities as text', () => {
    expect(excerptParts('Use <mark>dbt</mark> &amp; SQL &lt;b&gt;')).toEqual([
      { text: 'Use ', marked: false },
      { text: 'dbt', marked: true },
      { text: ' & SQL <b>', marked: false },
    ]);
  });
  it('drops any other tag, so it can never become markup', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>safe<script>x</script>')).toEqual([
      { text: 'safex', marked: false },
    ]);
  });
});
