import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectInlineCode, contentSecurityPolicy, emptyInlineCode, hashSource } from './csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('collectInlineCode', () => {
  const html = `<!doctype html><html><head>
<script>window.a = 1;</script>
<script type="module">import('/x.js')</script>
<script src="/_astro/app.js"></script>
<script type="application/json">{"not":"code"}</script>
<style>.a{color:red}</style>
</head><body><p style="--depth: 1;">x</p><p style="--depth: 1;">y</p>
<svg><style>.s{fill:red}</style></svg><p style="font-family:&quot;A&quot;">z</p></body></html>`;
  const inline = collectInlineCode(html, emptyInlineCode());

  it('hashes each executable inline script exactly as written, and no external or data script', () => {
    expect([...inline.scripts].sort()).toEqual([sha('window.a = 1;'), sha("import('/x.js')")].sort());
  });
  it('hashes style elements (in SVG too), not style attributes', () => {
    expect([...inline.styles]).toEqual([sha('.a{color:red}'), sha('.s{fill:red}')]);
    expect(Object.keys(inline)).toEqual(['scripts', 'styles']);
  });
  it('takes script text as written, entities and markup-like text included', () => {
    const found = collectInlineCode('<script>if (a < b && c) x("&amp;</p>")</script>', emptyInlineCode());
    expect([...found.scripts]).toEqual([sha('if (a < b && c) x("&amp;</p>")')]);
  });
  it('hashes non-ASCII text as UTF-8, as browsers do', () => {
    expect(hashSource('“é”')).toBe(sha('“é”'));
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy(collectInlineCode('<script>go()</script>', emptyInlineCode()));
  const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

  it('allows scripts only from the site, by hash, and Wasm compilation for Pagefind', () => {
    expect(directive('script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('go()')}`);
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(directive('script-src')).not.toMatch(/'unsafe-inline'/);
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
  });
  it('forbids framing, plugins and foreign base URLs', () => {
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'self'");
  });
});
