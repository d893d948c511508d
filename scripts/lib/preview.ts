import { preview } from 'astro';

/**
 * Serves a built site with Astro's own preview server (as Starlight's e2e utilities do) for a
 * benchmark, and stops it again. `root` is the project whose `dist/` is served.
 */
export async function startPreview(
  port: number,
  root = process.cwd(),
): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { baseURL: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
