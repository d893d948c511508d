import { describe, expect, it } from 'vitest';
import { readBuiltPage } from './html';

describe('readBuiltPage', () => {
  it('publishes headings, tables, rows and diagram figures as anchors, and no other ids', () => {
    const page = readBuiltPage(`<!doctype html><html><body><div class="sl-markdown-content">
      <h2 id="storage">Storage</h2><h3 id="shared-python">Python</h3><h4 id="deep">Deep</h4>
      <comparison-table id="testing--table"><table><tr id="testing--unit-tests"><th>Unit</th></tr></table></comparison-table>
      <figure class="diagram" id="order-flow--diagram"><img alt="x" src="/diagrams/order-flow.svg"><details id="order-flow--diagram-text"></details></figure>
      <a href="/differences/testing/#testing--unit-tests">row</a><a href="https://example.com/">out</a>
    </div></body></html>`);
    expect(page.anchors).toEqual([
      'storage',
      'shared-python',
      'testing--table',
      'testing--unit-tests',
      'order-flow--diagram',
    ]);
    expect(page.ids.has('order-flow--diagram-text')).toBe(true);
    expect(page.links).toEqual(['/differences/testing/#testing--unit-tests']);
  });
});
