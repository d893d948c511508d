/**
 * Writes tests/seed-fingerprint.json: hashes of every 9-word run in the source article, so the
 * content test can catch copied wording on any machine without the article's text being committed.
 * Usage: node scripts/fingerprint-seed.ts [path-to-article.txt]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gramHashes } from '../src/lib/copied-wording.ts';

export const GRAM_LENGTH = 9;
const seedDir = '../shared/seed';
const input = process.argv[2] ?? join(seedDir, readdirSync(seedDir).find((f) => f.endsWith('.txt')) ?? '');
const hashes = [...gramHashes(readFileSync(input, 'utf8'), GRAM_LENGTH)].sort();
writeFileSync('tests/seed-fingerprint.json', JSON.stringify({ gramLength: GRAM_LENGTH, hashes }) + '\n');
console.log(`tests/seed-fingerprint.json: ${hashes.length} hashed ${GRAM_LENGTH}-word runs from ${input}`);
