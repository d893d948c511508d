/**
 * Starlight route middleware: the one place that adjusts each page's head (src/lib/page-head.ts).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageHead } from './lib/page-head';

export const onRequest = defineRouteMiddleware((context) => {
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
});
