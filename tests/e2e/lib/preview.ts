import { spawn } from 'node:child_process';

/** Serves the built site with `astro preview` for a benchmark, and stops it again. */
export async function startPreview(port: number): Promise<{ baseURL: string; stop: () => void }> {
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn('astro', ['preview', '--force', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
  });
  const stop = () => void server.kill();
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(baseURL)).ok) return { baseURL, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${baseURL}`);
}
