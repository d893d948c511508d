/**
 * The forwarding page left at a moved page's old path, for hosts that cannot answer with a 301 (the
 * host configs in src/lib/host/rules.ts do, and browsers keep the #fragment across a 301).
 */
import type { Redirect } from '../../schemas/redirect.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The one script of every forwarding page. It reads the target from the page's own meta element
 * rather than embedding it, so every forwarding page has the same script and the CSP needs one hash
 * for all of them, however many pages move.
 */
export const FORWARD_SCRIPT =
  'location.replace(document.querySelector(\'meta[name="field-guide-redirect"]\').content + location.search + location.hash)';

/**
 * A page that forwards to `to`, keeping the query and the #fragment (a meta refresh alone drops the
 * fragment). Script first, meta refresh for readers without JavaScript, and a plain link.
 */
export function redirectPage(redirect: Redirect): string {
  const to = escape(redirect.to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved to ${to}</title>
<meta name="robots" content="noindex">
<meta name="field-guide-redirect" content="${to}">
<link rel="canonical" href="${to}">
<script>${FORWARD_SCRIPT}</script>
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>This page has moved to <a href="${to}">${to}</a>.</p>
</body>
</html>
`;
}
