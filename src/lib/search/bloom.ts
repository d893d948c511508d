/**
 * A Bloom filter of the site's words: a few kilobytes that say whether a word is (almost certainly)
 * one the site uses. Search loads the full vocabulary, for typo correction, only when a query has a
 * word the filter does not know. False positives (about 1%) only mean a typo goes uncorrected.
 */
export interface BloomFilter {
  /** Number of bits. */
  m: number;
  /** Number of hash functions. */
  k: number;
  /** The bits, base64. */
  bits: string;
}

function fnv1a(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function positions(word: string, m: number, k: number): number[] {
  const a = fnv1a(word, 0);
  const b = fnv1a(word, 0x9e3779b9) | 1;
  return Array.from({ length: k }, (_, i) => (a + Math.imul(i, b)) >>> 0).map((h) => h % m);
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export function createBloom(words: Iterable<string>, bitsPerWord = 10, k = 7): BloomFilter {
  const list = [...new Set(words)];
  const m = Math.max(64, Math.ceil((list.length * bitsPerWord) / 8) * 8);
  const bytes = new Uint8Array(m / 8);
  for (const word of list) for (const p of positions(word, m, k)) bytes[p >> 3]! |= 1 << (p & 7);
  return { m, k, bits: toBase64(bytes) };
}

/** A membership test for a published filter. */
export function bloomTester(filter: BloomFilter): (word: string) => boolean {
  const bytes = fromBase64(filter.bits);
  return (word) =>
    positions(word, filter.m, filter.k).every((p) => ((bytes[p >> 3] ?? 0) & (1 << (p & 7))) !== 0);
}
