/**
 * 1,000 hostile search queries, generated deterministically: markup and script payloads in many
 * encodings, emoji, right-to-left and mixed-direction text, control characters, regular-expression
 * metacharacters, and very long strings. A payload that ran would set `window.__pwned`.
 */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'><iframe srcdoc='<script>parent.__pwned=1</script>'>",
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">x</a>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '<mark onmouseover=window.__pwned=1>kafka</mark>',
  '</mark><script>window.__pwned=1</script><mark>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<style>@import "javascript:window.__pwned=1"</style>',
  '<details open ontoggle=window.__pwned=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
];
const FRAGMENTS = [
  '🚀🔥 data 👩‍💻 engineer 🇺🇸',
  'مهندس البيانات data engineer',
  'מהנדס backend ‮reversed‬ text',
  'ꦏꦺ Ω≈ç√ ∫˜µ≤ ﷽',
  'kafka\u0000\u0007\u001b[31m',
  '.*+?^${}()|[]\\/',
  '(a+)+$ ((((((((((x',
  "' OR 1=1 -- ; DROP TABLE pages;",
  '\u200b\u200c\u200d\ufeff',
  'Z̷̢͚̈́a̵̤͗l̸̰̀g̶̣̈o̴͕͝',
];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hostileQueries(count = 1000, seed = 7): string[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const queries: string[] = [...PAYLOADS, ...FRAGMENTS, 'x'.repeat(10_000), `${pick(PAYLOADS)} `.repeat(700)];
  while (queries.length < count) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      random() < 0.5 ? pick(PAYLOADS) : pick(FRAGMENTS),
    );
    let query = parts.join(random() < 0.5 ? ' ' : '');
    if (random() < 0.05) query = query.repeat(Math.ceil(10_000 / query.length)).slice(0, 10_000);
    queries.push(query);
  }
  return queries;
}
