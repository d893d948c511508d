/**
 * A guide page's content as its route renders it, as an HTML string: the page's MDX, with its
 * components, through Astro's container API, without the page around it (no sources, no head, no
 * styles pulled into the calling page). Build-only; each page is rendered once per build.
 */
import { render, type CollectionEntry } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

async function getContainer(): Promise<AstroContainer> {
  container ??= AstroContainer.create().then((c) => {
    // Pages are MDX: the container needs MDX's renderer, as `astro build` has it through the integration.
    c.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return c;
  });
  return container;
}

/** The rendered content of one docs page (headings in Starlight's wrappers, components expanded). */
export function renderedContent(entry: CollectionEntry<'docs'>): Promise<string> {
  let html = rendered.get(entry.id);
  if (!html) {
    html = (async () => {
      const { Content } = await render(entry);
      return (await getContainer()).renderToString(Content);
    })();
    rendered.set(entry.id, html);
  }
  return html;
}
