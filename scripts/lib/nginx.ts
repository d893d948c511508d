import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST } from './site.ts';

/** Debian's nginx, where `.ci/run` installs it; undefined when this machine has none. */
export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) =>
  existsSync(path),
);
const MIME_TYPES = '/etc/nginx/mime.types';
/** Whether the `openssl` command is here to make a certificate for `tls`. */
export const OPENSSL = spawnSync('openssl', ['version']).status === 0;

const accepts = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      done(true);
    });
    socket.once('error', () => done(false));
  });

/**
 * Runs a real nginx with the build's own server block (`dist/_nginx/site.conf`) over `dist/`, with
 * only its `listen` and `root` lines changed, for the host tests (tests/e2e/nginx.spec.ts) and the
 * Lighthouse benchmark. `tls` listens with HTTPS and HTTP/2 on a throwaway self-signed certificate
 * (made with the `openssl` command), as a deployed host serves: browsers speak HTTP/2 only over TLS.
 */
export async function startNginx({
  port,
  tls = false,
  dist = DIST,
}: {
  port: number;
  tls?: boolean;
  dist?: string;
}): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  if (!NGINX) throw new Error('nginx is not installed (apt-get install nginx)');
  const dir = mkdtempSync(join(tmpdir(), 'field-guide-nginx-'));
  const stop = () => rmSync(dir, { recursive: true, force: true });
  let listen = `listen 127.0.0.1:${port};`;
  if (tls) {
    const cert = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (cert.error || cert.status !== 0) {
      stop();
      throw new Error(`openssl could not make a certificate: ${cert.error?.message ?? cert.stderr}`);
    }
    listen =
      `listen 127.0.0.1:${port} ssl http2;\n  ssl_certificate ${join(dir, 'cert.pem')};\n` +
      `  ssl_certificate_key ${join(dir, 'key.pem')};`;
  }
  const site = readFileSync(join(dist, '_nginx', 'site.conf'), 'utf8')
    .replace(/^\s*listen .*;$/m, `  ${listen}`)
    .replace(/^\s*root .*;$/m, `  root ${resolve(dist)};`);
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const config = ['-p', dir, '-c', join(dir, 'nginx.conf')];
  const syntax = spawnSync(NGINX, ['-t', ...config], { encoding: 'utf8' });
  if (syntax.status !== 0) {
    stop();
    throw new Error(`nginx -t refused the shipped server block:\n${syntax.stderr}`);
  }
  const server = spawn(NGINX, config, { stdio: 'ignore' });
  const baseURL = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const halt = () => {
    server.kill();
    stop();
  };
  for (let i = 0; i < 50; i += 1) {
    // The same shape as scripts/lib/preview.ts startPreview, so callers can take either.
    if (await accepts(port)) return { baseURL, stop: async () => halt() };
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = readFileSync(join(dir, 'error.log'), 'utf8');
  halt();
  throw new Error(`nginx did not start: ${log}`);
}
