import type { APIRoute } from 'astro';
import { allComparisons } from '../../lib/data';
import { exportComparisons } from '../../lib/data-export';

export const GET: APIRoute = async () => {
  const tables = await allComparisons();
  return new Response(JSON.stringify(exportComparisons(tables), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
