/** Every diagram as an image file (src/lib/diagrams/: the data in catalog.ts, the drawing in draw.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DIAGRAMS, diagramNamed } from '../../lib/diagrams/catalog';
import { layout, renderSvg } from '../../lib/diagrams/draw';

export const getStaticPaths = (() =>
  Object.keys(DIAGRAMS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(renderSvg(layout(diagramNamed(String(params['name'])))), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
