import type { APIRoute } from 'astro';
import { allRoles } from '../../lib/data';
import { exportRoles } from '../../lib/data-export';

export const GET: APIRoute = async () => {
  const roles = await allRoles();
  return new Response(JSON.stringify(exportRoles(roles), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
