import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import GlossaryInDepthList from './GlossaryInDepthList.astro';
import GlossaryList from './GlossaryList.astro';
import ToolList from './ToolList.astro';
import { readGlossary, readRoles, readTools } from '../../lib/data-files';
import { glossaryGroups, toolGroups } from '../../lib/terms/reference-pages';

const FIXTURES = 'src/lib/terms/fixtures';
const titleOf = (ref: string) => (ref.includes('#') ? `Section ${ref.split('#')[1]}` : `Page ${ref}`);
const glossary = glossaryGroups(readGlossary(`${FIXTURES}/glossary.yaml`), titleOf);
const tools = toolGroups(readTools(`${FIXTURES}/tools.yaml`), readRoles(), titleOf);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Starlight's heading component asks Starlight's translations for its link label. */
const locals = {
  t: (_key: string, options: { title: string }) => `Link to section: ${options.title}`,
} as unknown as App.Locals;

async function render(component: unknown, props: Record<string, unknown>): Promise<Document> {
  const html = await container.renderToString(component as never, { props, locals });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

describe('<GlossaryList>', () => {
  it('renders letters as h2 and terms as h3 with their permanent ids and anchor links', async () => {
    const doc = await render(GlossaryList, { groups: glossary });
    expect([...doc.querySelectorAll('h2')].map((h) => h.id)).toEqual(['a', 'c', 'e']);
    expect([...doc.querySelectorAll('h3')].map((h) => [h.id, h.textContent?.trim()])).toEqual([
      ['api', 'API'],
      ['cdc', 'Change data capture (CDC)'],
      ['event', 'Event'],
    ]);
    expect(
      doc.querySelector('h3#cdc')?.parentElement?.querySelector('a.sl-anchor-link')?.getAttribute('href'),
    ).toBe('#cdc');
    expect(texts(doc, 'nav[aria-label="Glossary letters"] a')).toEqual(['A', 'C', 'E']);
  });

  it('shows each term with its one-sentence definition, its aliases and a link to its entry in depth', async () => {
    const doc = await render(GlossaryList, { groups: glossary });
    const more = doc.querySelectorAll('p.glossary-more');
    expect(more).toHaveLength(glossary.flatMap((group) => group.terms).length);
    const cdc = doc.querySelector('h3#cdc')?.parentElement?.nextElementSibling?.nextElementSibling;
    expect(cdc?.className).toBe('glossary-more');
    expect(cdc?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Also written as: CDC, change data capture. Change data capture (CDC) in depth',
    );
    expect(
      [...(cdc?.querySelectorAll('a') ?? [])].map((a) => [a.getAttribute('href'), a.textContent?.trim()]),
    ).toEqual([['/reference/glossary-a-c/#cdc', 'Change data capture (CDC) in depth']]);
    // A term without aliases shows only the link.
    const term = glossary[0]?.terms[0];
    const bare = await render(GlossaryList, {
      groups: [{ letter: 'X', id: 'x', terms: [{ ...term, aliases: [] }] }],
    });
    expect(texts(bare, 'p.glossary-more')).toEqual([`${term?.term} in depth`]);
    expect(texts(doc, 'p')).toContain(
      "Streaming every insert, update and delete from a database's own change log to other systems.",
    );
    // The explanation is the in-depth page's: none of it here.
    expect(texts(doc, 'p').filter((p) => p?.startsWith('Debezium'))).toHaveLength(0);
  });

  it('escapes text', async () => {
    const escaped = await render(GlossaryList, {
      groups: [{ letter: 'X', id: 'x', terms: [{ ...glossary[0]?.terms[0], short: 'a <b> & c' }] }],
    });
    expect(texts(escaped, 'p:not(.glossary-more)')).toEqual(['a <b> & c']);
    expect(escaped.querySelector('p b')).toBeNull();
  });
});

describe('<GlossaryInDepthList>', () => {
  const letters = [{ letter: 'Z', href: '/reference/glossary-s-z/#z' }];

  it('shows each term under its glossary anchor, whole: explanation, related terms and sections', async () => {
    const doc = await render(GlossaryInDepthList, { groups: glossary, letters });
    expect([...doc.querySelectorAll('h3')].map((h) => h.id)).toEqual(['api', 'cdc', 'event']);
    expect(texts(doc, 'nav[aria-label="Glossary letters"] a')).toEqual(['Z']);
    const facts = doc.querySelectorAll('dl')[1] as Element;
    expect(texts(facts, 'dt')).toEqual(['Related terms', 'Used in']);
    expect([...facts.querySelectorAll('dd a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['/reference/glossary-d-f/#event', 'Event'],
      ['/boundary/events-and-change-data-capture/#change-data-capture', 'Section change-data-capture'],
    ]);
    expect(texts(doc, 'p').filter((p) => p?.startsWith('Debezium'))).toHaveLength(1);
  });

  it('leaves out empty facts and escapes text', async () => {
    const doc = await render(GlossaryInDepthList, { groups: glossary, letters });
    expect(texts(doc.querySelectorAll('dl')[2] as Element, 'dt')).toEqual(['Used in']);
    const escaped = await render(GlossaryInDepthList, {
      groups: [{ letter: 'X', id: 'x', terms: [{ ...glossary[0]?.terms[0], paragraphs: ['a <b> & c'] }] }],
      letters,
    });
    expect(texts(escaped, 'p:not(.glossary-more)')).toEqual(['a <b> & c']);
    expect(escaped.querySelector('p b')).toBeNull();
  });
});

describe('<ToolList>', () => {
  it('renders an overview table, categories as h2 and tools as h3', async () => {
    const doc = await render(ToolList, { groups: tools });
    expect([...doc.querySelectorAll('h2')].map((h) => h.id)).toEqual([
      'at-a-glance',
      'languages',
      'operational-databases',
      'streaming',
    ]);
    expect([...doc.querySelectorAll('h3')].map((h) => h.id)).toEqual(['python', 'postgresql', 'kafka']);
    expect([...doc.querySelectorAll('table tbody tr')].map((row) => texts(row, 'th, td'))).toEqual([
      ['Programming languages and runtimes', 'Python', 'Data'],
      ['Operational databases and caches', 'PostgreSQL', 'Backend'],
      ['Event streaming', 'Apache Kafka', 'Backend, Data'],
    ]);
    expect(doc.querySelector('table tbody tr th[scope="row"] a')?.getAttribute('href')).toBe('#languages');
  });

  it('shows kind, official site, how each role uses it and where it is discussed', async () => {
    const doc = await render(ToolList, { groups: tools });
    const kafka = doc.querySelectorAll('dl')[2] as Element;
    expect(texts(doc, '.tool-kind')).toContain('Distributed event streaming platform');
    expect(texts(kafka, 'dt')).toEqual([
      'Also called',
      'Official site',
      'How each role uses it',
      'Discussed in',
    ]);
    expect(texts(kafka, 'dd')[0]).toBe('Kafka');
    expect(kafka.querySelector('dd a')?.getAttribute('href')).toBe('https://kafka.apache.org/documentation/');
    expect(kafka.querySelector('dd a')?.textContent).toBe('kafka.apache.org/documentation');
    expect(texts(kafka, '.tool-uses li')).toEqual([
      'Backend engineer: Publishes domain events so that other services can react without direct calls.',
      'Data engineer: Ingests events and change streams and replays history into new systems.',
    ]);
    expect(kafka.querySelector('dd:last-child a')?.getAttribute('href')).toBe(
      '/boundary/events-and-change-data-capture/#domain-events',
    );
  });
});
