/**
 * What a page's <head> says when its link is pasted into chat, a wiki or a search engine, on top of
 * Starlight's defaults: a preview image with its alternative text, `website` for the home page and
 * its title without the site name twice, and a 404 page that asks not to be indexed and names no
 * canonical URL. Pure: the route middleware (src/route-middleware.ts) passes the page's facts.
 */
import { ogImagePath } from './paths';
import { ogCard, ogCardAlt } from './og-card';
import type { TopicArea } from '../schemas/taxonomy';

import type { StarlightRouteData } from '@astrojs/starlight/route-data';

export type HeadEntry = StarlightRouteData['head'][number];

export interface PageFacts {
  /** The page's URL path, e.g. `/differences/testing/`; `/` for the home page. */
  path: string;
  /** The page's title, as its frontmatter gives it. */
  title: string;
  /** The page's sidebar group and description, which its preview card shows. */
  area?: TopicArea | undefined;
  description?: string | undefined;
  /** Starlight's site title. */
  siteTitle: string;
  /** The deployed origin (`SITE_URL`); absent in a build that is not for deployment. */
  site: URL | undefined;
  /** Starlight's generated 404 page. */
  isNotFound: boolean;
}

const meta = (key: 'name' | 'property', name: string, content: string): HeadEntry => ({
  tag: 'meta',
  attrs: { [key]: name, content },
});
const isMeta = (entry: HeadEntry, name: string) =>
  entry.tag === 'meta' && (entry.attrs?.['property'] === name || entry.attrs?.['name'] === name);

/** The page's head entries with the changes above applied; `head` itself is not modified. */
export function pageHead(head: readonly HeadEntry[], page: PageFacts): HeadEntry[] {
  if (page.isNotFound) {
    return [
      ...head.filter(
        (entry) =>
          !(entry.tag === 'link' && entry.attrs?.['rel'] === 'canonical') && !isMeta(entry, 'og:url'),
      ),
      meta('name', 'robots', 'noindex'),
    ];
  }
  const isHome = page.path === '/';
  const out = head.map((entry) => {
    if (isHome && entry.tag === 'title') return { ...entry, content: page.siteTitle };
    if (isHome && isMeta(entry, 'og:type')) return meta('property', 'og:type', 'website');
    return entry;
  });
  if (!page.site) return out;
  const image = new URL(ogImagePath(page.path), page.site).href;
  const alt = ogCardAlt(ogCard(page));
  return [
    ...out,
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', '1200'),
    meta('property', 'og:image:height', '630'),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', alt),
  ];
}
