/**
 * Reads the built `dist/_headers` (Netlify / Cloudflare Pages format) and answers which headers a
 * path gets, the way those hosts combine every matching block. Lets the browser tests serve the
 * build with exactly the headers the shipped file declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site.ts';

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** `/*` matches everything, `/_astro/*` a prefix, anything else the exact path. */
const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** The headers `path` is served with; a later block's value for the same header wins. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules)
    if (matches(rule.pattern, path))
      for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  return out;
}

export function readHeadersFile(dist = DIST): HeaderRule[] {
  return parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
}
