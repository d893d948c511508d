import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import PageList from './PageList.astro';

describe('<PageList>', () => {
  it('lists each page as a link with its description, out of the search index', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(PageList, {
      props: {
        pages: [
          {
            href: '/differences/testing/',
            title: 'How does each role test its work?',
            description: 'Testing.',
          },
          {
            href: '/differences/data-modeling/',
            title: 'How do data models differ?',
            description: 'Models.',
          },
        ],
      },
    });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const items = [...document.querySelectorAll('ul.page-list > li')];
    expect(
      items.map((li) => [li.querySelector('a')?.getAttribute('href'), li.querySelector('p')?.textContent]),
    ).toEqual([
      ['/differences/testing/', 'Testing.'],
      ['/differences/data-modeling/', 'Models.'],
    ]);
    expect(document.querySelector('ul.page-list')?.getAttribute('data-pagefind-ignore')).toBe('all');
  });
});
