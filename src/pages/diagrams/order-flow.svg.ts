/** The worked example's order-flow diagram as an image (src/lib/diagrams/order-flow.ts). */
import type { APIRoute } from 'astro';
import { orderFlowSvg } from '../../lib/diagrams/order-flow';

export const GET: APIRoute = () =>
  new Response(orderFlowSvg().svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
