/**
 * Finds wording copied from the source article: runs of n words compared by hash, so the repository
 * keeps only hashes of the article (tests/seed-fingerprint.json), never its text.
 */
import { createHash } from 'node:crypto';

/** Lower-case word tokens, the unit both the page and the seed article are compared in. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

/** Short, stable hash of one n-gram; the repository keeps hashes only, never the article's text. */
export function hashGram(gram: string): string {
  return createHash('sha256').update(gram).digest('hex').slice(0, 12);
}

/** Every run of `n` consecutive words in `text`, hashed. */
export function gramHashes(text: string, n: number): Set<string> {
  const tokens = words(text);
  const hashes = new Set<string>();
  for (let i = 0; i + n <= tokens.length; i += 1) hashes.add(hashGram(tokens.slice(i, i + n).join(' ')));
  return hashes;
}

/** Runs of `n` words in `text` whose hash is in `fingerprint`: wording copied from the fingerprinted text. */
export function copiedRuns(text: string, fingerprint: ReadonlySet<string>, n: number): string[] {
  const tokens = words(text);
  const runs: string[] = [];
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const gram = tokens.slice(i, i + n).join(' ');
    if (fingerprint.has(hashGram(gram))) runs.push(gram);
  }
  return runs;
}
