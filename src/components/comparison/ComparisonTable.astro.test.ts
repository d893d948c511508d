import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import ComparisonTable from './ComparisonTable.astro';
import type { Comparison } from '../../schemas/comparison';
import type { Role } from '../../schemas/role';

const roles: Role[] = [
  {
    id: 'backend-engineer',
    name: 'Backend engineer',
    shortName: 'Backend',
    description: 'Builds services that answer requests.',
    page: '/the-roles/backend-engineering/',
  },
  {
    id: 'data-engineer',
    name: 'Data engineer',
    shortName: 'Data',
    description: 'Builds pipelines that make data usable.',
    page: '/the-roles/data-engineering/',
  },
  {
    id: 'sre',
    name: 'Site reliability engineer',
    shortName: 'SRE',
    description: 'Keeps production reliable at scale.',
    page: '/the-roles/adjacent-roles/#sre',
  },
];

const table: Comparison = {
  id: 'on-call',
  title: 'On call compared',
  page: '/differences/failure-and-on-call/',
  description: 'How each role is paged and what it does first.',
  roles: ['backend-engineer', 'data-engineer', 'sre'],
  defaultRoles: ['backend-engineer', 'data-engineer'],
  asOf: new Date('2026-11-26'),
  sources: [
    {
      title: 'Site Reliability Engineering',
      publisher: "O'Reilly Media",
      date: '2016',
      url: 'https://sre.google/sre-book/table-of-contents/',
    },
  ],
  rows: [
    {
      id: 'first-signal',
      aspect: 'First signal',
      cells: {
        'backend-engineer': { text: 'Error-rate alert', detail: 'Paged within minutes.' },
        'data-engineer': { text: 'Freshness check fails' },
        sre: { text: 'Burn-rate alert' },
      },
      note: 'Varies by company.',
    },
    {
      id: 'first-action',
      aspect: 'First action',
      cells: {
        'backend-engineer': { text: 'Roll back' },
        'data-engineer': { text: 'Pause downstream loads' },
        sre: { text: 'Declare an incident' },
      },
    },
  ],
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(props: Record<string, unknown>): Promise<Document> {
  const html = await container.renderToString(ComparisonTable, { props });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}
const texts = (doc: Document | DocumentFragment, selector: string) =>
  [...doc.querySelectorAll(selector)].map((el) => el.textContent?.trim());
/** The markup of an inert block, parsed as the island parses it. */
const inert = (doc: Document, name: string) =>
  parseHTML(
    `<!doctype html><html><body>${doc.querySelector(`script[type="text/html"][data-inert="${name}"]`)?.textContent ?? ''}</body></html>`,
  ).document;

describe('<ComparisonTable>', () => {
  it('renders a semantic table with caption, column headers and row headers', async () => {
    const doc = await render({ table, roles });
    expect(doc.querySelector('caption .cmp-title')?.textContent).toBe('On call compared');
    expect(texts(doc, 'thead th[scope="col"]')).toEqual(['Aspect', 'Backend engineer', 'Data engineer']);
    expect(texts(doc, 'tbody th[scope="row"] .cmp-aspect')).toEqual(['First signal', 'First action']);
    expect(doc.querySelector('thead th[data-role="backend-engineer"] a')?.getAttribute('href')).toBe(
      '/the-roles/backend-engineering/',
    );
  });

  it('keeps the other roles as inert markup the island puts in place, one cell per row', async () => {
    const doc = await render({ table, roles });
    const more = inert(doc, 'comparison-more-roles');
    expect(more.querySelector('thead th[data-role="sre"] a')?.getAttribute('href')).toBe(
      '/the-roles/adjacent-roles/#sre',
    );
    expect([...more.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-row'))).toEqual([
      'on-call--first-signal',
      'on-call--first-action',
    ]);
    expect(texts(more, 'td[data-role="sre"] .cmp-text')).toEqual(['Burn-rate alert', 'Declare an incident']);
  });

  it('names each cell by its role once, for the phone layout, without repeating it in the text', async () => {
    const doc = await render({ table, roles });
    expect(doc.querySelector('td[data-role="data-engineer"]')?.getAttribute('data-label')).toBe(
      'Data engineer',
    );
    expect(doc.querySelector('tbody')?.textContent).not.toContain('Backend engineer');
  });

  it('gives every row a stable anchor, a link control and a search sub-result title', async () => {
    const doc = await render({ table, roles });
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(doc.querySelector('comparison-table')?.id).toBe('on-call--table');
    expect(rows.map((row) => row.id)).toEqual(['on-call--first-signal', 'on-call--first-action']);
    expect(rows[0]?.getAttribute('data-pagefind-title')).toBe('On call compared: First signal');
    const link = rows[1]?.querySelector('a[data-row-link]');
    expect(link?.getAttribute('href')).toBe('#on-call--first-action');
    expect(link?.getAttribute('aria-label')).toBe('Link to this row: First action');
    // The visible words come from CSS, so text browsers do not glue them to the row header.
    expect(link?.textContent?.trim()).toBe('');
  });

  it('shows only the default roles without JavaScript, and no controls', async () => {
    const doc = await render({ table, roles });
    expect(doc.querySelectorAll('[data-role="sre"]')).toHaveLength(0);
    expect(doc.querySelectorAll('[data-role="backend-engineer"]')).toHaveLength(3);
    expect(doc.querySelector('[data-controls]')).toBeNull();
    const controls = inert(doc, 'comparison-controls');
    const checked = [...controls.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) =>
      box.hasAttribute('checked'),
    );
    expect(checked.map((box) => box.getAttribute('value'))).toEqual(['backend-engineer', 'data-engineer']);
  });

  it('renders details, notes, the as-of date and the sources', async () => {
    const doc = await render({ table, roles });
    expect(texts(doc, '.cmp-detail')).toEqual(['Paged within minutes.']);
    expect(texts(doc, '.cmp-note')).toEqual(['Varies by company.']);
    expect(doc.querySelector('.cmp-meta time')?.getAttribute('datetime')).toBe('2026-11-26');
    expect(doc.querySelector('.cmp-meta a')?.getAttribute('href')).toBe(
      'https://sre.google/sre-book/table-of-contents/',
    );
  });

  it('fails clearly when the roles do not match the table', async () => {
    await expect(render({ table, roles: roles.slice(0, 2) })).rejects.toThrow(
      '<ComparisonTable> for table "on-call": prop `roles` must be the table\'s roles in order',
    );
  });
});
