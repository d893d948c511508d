import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { exportRoles } from '../../lib/data-export';

export const GET: APIRoute = async () => {
  const roles = (await getCollection('roles')).map((entry) => entry.data);
  return new Response(JSON.stringify(exportRoles(roles), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
