import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import Diagram from './Diagram.astro';
import { DIAGRAMS } from '../lib/diagrams/catalog';
import { layout, textAlternative } from '../lib/diagrams/draw';
import { ORDER_FLOW } from '../lib/diagrams/order-flow';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(props: Record<string, unknown>): Promise<Document> {
  const html = await container.renderToString(Diagram, { props });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('<Diagram>', () => {
  it('shows the order flow as an image with its summary as alt, a caption, and the 14 steps as one numbered list', async () => {
    const doc = await render({ name: 'order-flow', list: 'shown' });
    const figure = doc.querySelector('figure');
    expect(figure?.id).toBe('order-flow--diagram');
    const img = figure?.querySelector('img');
    expect(img?.getAttribute('src')).toBe('/diagrams/order-flow.svg');
    expect(img?.getAttribute('alt')).toBe(ORDER_FLOW.summary);
    const { width, height } = layout(ORDER_FLOW);
    expect(img?.getAttribute('width')).toBe(String(width));
    expect(img?.getAttribute('height')).toBe(String(Math.ceil(height)));
    expect(text(figure?.querySelector('figcaption'))).toBe(ORDER_FLOW.caption);
    expect(figure?.querySelector('details')).toBeNull();
    const lists = [...(figure?.querySelectorAll('ol') ?? [])];
    expect(lists.map((ol) => ol.getAttribute('start'))).toEqual(['1', '7']);
    const items = lists.flatMap((ol) => [...ol.querySelectorAll('li')].map((li) => text(li)));
    expect(items).toHaveLength(14);
    expect(items[0]).toBe(
      'The browser sends POST /orders with an idempotency key created when the checkout page loaded.',
    );
    expect(text(lists[0]?.querySelector('li code'))).toBe('POST /orders');
    expect([...(figure?.querySelectorAll('.diagram-group') ?? [])].map((p) => text(p))).toEqual([
      'Backend lens: takes the order',
      'Data lens: counts the order',
    ]);
  });

  it('folds the text alternative into a disclosure by default, with every group of the data', async () => {
    for (const spec of Object.values(DIAGRAMS)) {
      const doc = await render({ name: spec.name });
      const details = doc.querySelector('figure details');
      expect(text(details?.querySelector('summary'))).toBe('The diagram as text');
      const items = [...(details?.querySelectorAll('li') ?? [])].map((li) => text(li));
      expect(items).toEqual(textAlternative(spec).flatMap((g) => g.items.map((i) => i.replace(/`/g, ''))));
      expect(doc.querySelector('img')?.getAttribute('alt')).toBe(spec.summary);
    }
  });

  it('lists the outbox and change data capture steps per lane, each from 1', async () => {
    const doc = await render({ name: 'outbox-and-cdc' });
    expect([...doc.querySelectorAll('.diagram-group')].map((p) => text(p))).toEqual([
      'Transactional outbox',
      'Change data capture',
    ]);
    expect(
      [...doc.querySelectorAll('ol')].map((ol) => [
        ol.getAttribute('start'),
        ol.querySelectorAll('li').length,
      ]),
    ).toEqual([
      ['1', 5],
      ['1', 5],
    ]);
  });

  it('refuses an unknown name, listing the known ones', async () => {
    await expect(render({ name: 'no-such-diagram' })).rejects.toThrow(/no such diagram; known: order-flow/);
  });
});
