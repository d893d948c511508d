/**
 * A strict Content-Security-Policy computed from the build's own output: every inline script and
 * <style> element on every page is hashed, so the policy can never fall out of
 * step with what Starlight, Astro and this site emit (Astro's `security.csp` hashes only the
 * scripts it bundles, not `is:inline` ones, and Starlight has several). Pure; the host-config build
 * step (src/integrations/host-config.ts) feeds it every HTML file in `dist/`.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** The distinct inline code of a site, as CSP hash sources (`'sha256-…'`). */
export interface InlineCode {
  scripts: Set<string>;
  styles: Set<string>;
}

export const emptyInlineCode = (): InlineCode => ({ scripts: new Set(), styles: new Set() });

/** `'sha256-<base64>'` of `text` as UTF-8, the form CSP compares against. */
export const hashSource = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types a browser executes; JSON and other data blocks are not subject to script-src. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Adds the inline code of one HTML page to `into`. A streaming tokenizer (htmlparser2) rather than
 * a DOM: the build reads every page, and building a DOM of each (linkedom) took about 200 s of a
 * 1,000-page build. Script and style contents are raw text, as in a browser.
 */
export function collectInlineCode(html: string, into: InlineCode): InlineCode {
  let open: 'script' | 'style' | undefined;
  let text = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      const type = (attributes['type'] ?? '').trim().toLowerCase();
      if (
        name === 'style' ||
        (name === 'script' && attributes['src'] === undefined && EXECUTABLE.has(type))
      ) {
        open = name;
        text = '';
      }
    },
    ontext(chunk) {
      if (open) text += chunk;
    },
    onclosetag(name) {
      if (name !== open) return;
      (open === 'script' ? into.scripts : into.styles).add(hashSource(text));
      open = undefined;
    },
  });
  parser.write(html);
  parser.end();
  return into;
}

const sorted = (set: Set<string>) => [...set].sort().join(' ');

/**
 * The site's policy. Scripts and style elements only from the site itself or by hash; WebAssembly
 * for Pagefind (`'wasm-unsafe-eval'`, which allows compiling Wasm and nothing else); no plugins, no
 * framing, no foreign base URL or form target.
 *
 * Style attributes are allowed (`style-src-attr 'unsafe-inline'`) rather than hashed: Shiki's token
 * colours and Starlight's icon sizes and table-of-contents depths gave 18 distinct attributes, and
 * their hashes took the policy to 2,700 characters, over the 2,000 a line of Cloudflare Pages'
 * `_headers` may hold (see `HEADER_LINE_LIMIT` in src/lib/host/rules.ts). An attribute cannot
 * carry a selector, so it cannot read the page, and anything it loads is still held to `img-src`
 * and `font-src 'self'`; scripts and <style> elements stay hash-only.
 */
export function contentSecurityPolicy(inline: InlineCode): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${sorted(inline.scripts)}`.trim(),
    `style-src 'self' ${sorted(inline.styles)}`.trim(),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
