/**
 * The deployed origin must be chosen, never defaulted: canonical URLs, `og:url`, preview images,
 * the sitemap and robots.txt are absolute, so a build that silently used localhost would point
 * every shared link at the reader's own machine. `astro build` fails without `SITE_URL` (or
 * `--site`); `npm start` builds for localhost on purpose and says so.
 */
import type { AstroIntegration } from 'astro';

export type OriginCheck = { ok: true; warning?: string } | { ok: false; error: string };

/** Whether a command may run with this origin. Pure, for the unit test. */
export function checkOrigin(site: string | undefined, command: string): OriginCheck {
  if (command !== 'build') return { ok: true };
  if (!site)
    return {
      ok: false,
      error:
        'SITE_URL is not set. A deployed build needs its public origin for canonical URLs, link previews and the sitemap: ' +
        'SITE_URL=https://guide.example.com npm run build. To build and serve on this machine, run npm start.',
    };
  const { hostname } = new URL(site);
  if (hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]')
    return {
      ok: true,
      warning: `building for ${site}: canonical URLs, link previews and the sitemap point at this machine. Do not deploy this build.`,
    };
  return { ok: true };
}

export function deployOrigin(): AstroIntegration {
  return {
    name: 'field-guide:deploy-origin',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const check = checkOrigin(config.site, command);
        if (!check.ok) throw new Error(check.error);
        if (check.warning) logger.warn(check.warning);
      },
    },
  };
}
