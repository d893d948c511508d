/**
 * Starlight route middleware, the one place that adjusts a page's route data:
 * - its head, for unfurlers and crawlers (src/lib/page-head.ts);
 * - the table of contents of the glossary and tools pages, which also lists the sections those
 *   pages render from data (the glossary's letters, the tools page's categories). Starlight builds
 *   the table from the headings of a page's Markdown, which cannot see headings a component
 *   renders. The data headings come last: `<Glossary />` and `<ToolCatalog />` close their pages.
 *   Terms and tools (h3) stay out of the table: 300 more entries, printed twice (the desktop and
 *   the phone table), made the glossary the one page below Lighthouse's performance 100 under
 *   mobile throttling, and a 210-line table is no way to find a term (the letters are).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { dataHeadingsOf } from './lib/data';
import { pageHead } from './lib/page-head';
import { pathOfEntry } from './lib/paths';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  route.head = pageHead(route.head, {
    path: context.url.pathname,
    title: route.entry.data.title,
    area: 'area' in route.entry.data ? route.entry.data.area : undefined,
    description: route.entry.data.description,
    siteTitle: route.siteTitle,
    site: context.site,
    isNotFound: route.entry.id === '404',
  });

  const headings = await dataHeadingsOf(pathOfEntry(route.entry.id));
  if (!headings) return;
  route.headings.push(...headings);
  const toc = route.toc;
  if (!toc) return;
  for (const heading of headings) {
    if (heading.depth < toc.minHeadingLevel || heading.depth > Math.min(2, toc.maxHeadingLevel)) continue;
    const item = { ...heading, children: [] };
    const parent = toc.items.at(-1);
    // As Starlight nests them: an h3 goes under the h2 before it.
    if (heading.depth > 2 && parent && parent.depth < heading.depth) parent.children.push(item);
    else toc.items.push(item);
  }
});
