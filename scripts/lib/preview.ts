import { preview } from 'astro';
import { join } from 'node:path';
import { headersFor, readHeadersFile } from './host-headers.ts';

/**
 * Serves a built site with Astro's own preview server (as Starlight's e2e utilities do), for the
 * browser tests and the benchmarks, and stops it again. `root` is the project whose `dist/` is
 * served. Every response carries the headers the build's own `_headers` file gives every path
 * (`/*`: the Content-Security-Policy and the security headers), so each browser test and benchmark
 * runs under the policy a host sends; per-path caching rules are the host tests' concern
 * (tests/e2e/nginx.spec.ts, tests/e2e/deploy.spec.ts). `hostHeaders: false` serves the bare files,
 * for comparing what the headers cost (scripts/bench-lighthouse.ts).
 */
export async function startPreview(
  port: number,
  root = process.cwd(),
  { hostHeaders = true }: { hostHeaders?: boolean } = {},
): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const headers = hostHeaders ? headersFor(readHeadersFile(join(root, 'dist')), '/') : {};
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port, headers } });
  return { baseURL: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
