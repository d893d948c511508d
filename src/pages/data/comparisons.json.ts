import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportComparisons } from '../../lib/data-export';

export const GET: APIRoute = async () => {
  const tables = (await getCollection('comparisons')).map((entry) => entry.data);
  return new Response(JSON.stringify(exportComparisons(tables), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
