import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import ReadingPath from './ReadingPath.astro';
import ReadingPathList from './ReadingPathList.astro';
import Handout from './Handout.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props: object) {
  const html = await container.renderToString(component, { props: props as Record<string, unknown> });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

const steps = [
  {
    number: 1,
    read: '/boundary/data-contracts/#who-owns-it',
    href: '/boundary/data-contracts/#who-owns-it',
    title: 'Who owns a data contract',
    pageTitle: 'What is a data contract, and who owns it?',
    wholePage: false,
    why: 'Ownership decides who fixes a broken promise.',
    minutes: 1,
    excerpt: 'The producer owns the contract.',
  },
  {
    number: 2,
    read: '/differences/testing/',
    href: '/differences/testing/',
    title: 'How does each role test its work?',
    pageTitle: 'How does each role test its work?',
    wholePage: true,
    why: 'Testing shows the mindset of each role.',
    minutes: 11,
    excerpt: 'Backend engineers mostly test behavior.',
  },
];

describe('<ReadingPath>', () => {
  it('is an ordered list of links in the page text, its controls kept as inert markup', async () => {
    const doc = await render(ReadingPath, {
      id: 'p',
      audience: 'Someone new.',
      goal: 'Know enough to start.',
      steps,
      minutes: 12,
      handout: '/paths/p/handout/',
      checklist:
        '## A path\n\n- [ ] [Who owns a data contract — What is a data contract?](https://g.example/x/#y) (1 min)\n',
    });
    expect(doc.querySelector('reading-path')?.getAttribute('data-checklist')).toContain('- [ ] [Who owns');
    const items = [...doc.querySelectorAll('ol.rp-steps > li')];
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual(
      steps.map((s) => s.href),
    );
    expect(items.map((li) => li.id)).toEqual(['step-1', 'step-2']);
    expect(items[0]?.querySelector('.rp-step-meta')?.textContent).toBe(
      'In “What is a data contract, and who owns it?” · 1 min',
    );
    expect(items[1]?.querySelector('.rp-step-meta')?.textContent).toBe('Whole page · 11 min');
    expect(doc.querySelector('.rp-facts')?.textContent).toContain('2 steps, about 12 min of reading');
    // No control is part of the page's text: buttons live only in the inert block the island places.
    const visible = doc.body.cloneNode(true) as HTMLElement;
    for (const inert of visible.querySelectorAll('script')) inert.remove();
    expect(visible.querySelectorAll('button, input')).toHaveLength(0);
    expect(doc.querySelector('script[data-inert="reading-path-controls"]')?.textContent).toContain(
      'Copy as Markdown checklist',
    );
  });
});

describe('<ReadingPathList>', () => {
  it('gives each path a heading with its id, a link, and a named handout link', async () => {
    const doc = await render(ReadingPathList, {
      paths: [
        {
          id: 'p',
          title: 'A path',
          audience: 'Someone new.',
          goal: 'Know enough.',
          url: '/paths/p/',
          handout: '/paths/p/handout/',
          steps: 2,
          minutes: 12,
        },
      ],
    });
    expect(doc.querySelector('h2#p a')?.getAttribute('href')).toBe('/paths/p/');
    expect(doc.querySelector('a[href="/paths/p/handout/"]')?.textContent).toBe('printable handout: A path');
  });
});

describe('<Handout>', () => {
  it('prints a cover listing every section with its URL, then each section with its URL and no controls', async () => {
    const doc = await render(Handout, {
      audience: 'Someone new.',
      goal: 'Know enough.',
      url: 'https://g.example/paths/p/',
      minutes: 12,
      steps: steps.map((s) => ({ ...s, url: `https://g.example${s.href}`, html: '<p>Section text.</p>' })),
    });
    const cover = doc.querySelector('.handout-cover');
    expect(
      [...(cover?.querySelectorAll('.handout-contents a') ?? [])].map((a) => a.textContent?.trim()),
    ).toEqual([
      'https://g.example/boundary/data-contracts/#who-owns-it',
      'https://g.example/differences/testing/',
    ]);
    const sections = [...doc.querySelectorAll('.handout-step')];
    expect(sections.map((s) => s.querySelector('h2')?.textContent?.trim())).toEqual([
      '1. Who owns a data contract',
      '2. How does each role test its work?',
    ]);
    expect(sections.map((s) => s.querySelector('.handout-url')?.textContent?.trim())).toEqual([
      'https://g.example/boundary/data-contracts/#who-owns-it',
      'https://g.example/differences/testing/',
    ]);
    expect(doc.querySelectorAll('button, input, script')).toHaveLength(0);
    expect(doc.querySelectorAll('h2[id], h3[id]')).toHaveLength(0);
  });
});
