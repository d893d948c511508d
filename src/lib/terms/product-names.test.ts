import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readGlossary, readNotTools, readTools } from '../data-files';
import { textBlocks, unknownNames } from './product-names';

const FIXTURES = 'src/lib/terms/fixtures';
const { document } = parseHTML(readFileSync(`${FIXTURES}/page.html`, 'utf8'));
const blocks = textBlocks(document.querySelector('.sl-markdown-content') as Element);
/** What the scan of the built site knows, here from the fixtures. */
const known = [
  ...readTools(`${FIXTURES}/tools.yaml`).flatMap((tool) => [tool.name, ...tool.aliases]),
  ...readGlossary(`${FIXTURES}/glossary.yaml`).flatMap((term) => [term.term, ...term.aliases]),
  ...readNotTools(`${FIXTURES}/not-tools.yaml`),
];

describe('textBlocks', () => {
  it('splits a page into blocks of wording, without code, cited titles or source lists', () => {
    expect(blocks).toContain('Tools and people');
    expect(blocks).toContain('Postgres holds the orders; the event carries them.');
    expect(blocks.join(' ')).not.toContain('Toolkit');
    expect(blocks.join(' ')).not.toContain('Reilly');
  });
});

describe('unknownNames', () => {
  it('fails on capitalized product names that have no tool entry and are not listed as not tools', () => {
    expect(unknownNames(blocks, known)).toEqual(['Snowflake', 'Apache Flink', 'Spark', 'BigQuery']);
  });

  it('passes once the names are tools or listed as not tools', () => {
    expect(
      unknownNames(blocks, [...known, 'Snowflake', 'Apache Flink', 'Apache Spark', 'Spark', 'BigQuery']),
    ).toEqual([]);
  });

  it('skips a plain capitalized word that opens a sentence or block, but not a name shaped like a product', () => {
    expect(unknownNames(['Orders arrive. Later, Orders arrive.'], [])).toEqual(['Orders']);
    expect(unknownNames(['BigQuery scans it. DuckDB too.'], [])).toEqual(['BigQuery', 'DuckDB']);
    expect(unknownNames(['Use iOS and dbt.'], [])).toEqual(['iOS']);
    expect(unknownNames(['press “Pay” or "Cancel", then Flink'], [])).toEqual(['Flink']);
  });

  it('skips lone capital letters, as in a range of letters', () => {
    expect(unknownNames(['Terms from A to D, and E–O, are in Snowflake'], [])).toEqual(['Snowflake']);
  });

  it('reports the unknown rest of a run once, after known names are taken out', () => {
    expect(
      unknownNames(['We run Apache Kafka Streams jobs and Apache Kafka Streams again.'], ['Apache Kafka']),
    ).toEqual(['Streams']);
    expect(unknownNames(['Read Docker Inc. docs'], ['Docker Inc.'])).toEqual([]);
    expect(unknownNames(['We run dbt Core and dbt Fusion'], ['dbt Core'])).toEqual(['Fusion']);
    expect(unknownNames(['see Kimball’s book and Fowler’s'], ['Kimball'])).toEqual(['Fowler']);
  });
});
