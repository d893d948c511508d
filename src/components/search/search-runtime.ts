/**
 * The part of search that loads on first use, not with every page: Pagefind, the search strategy
 * (src/lib/search/engine.ts) with its sources, and result rendering. Every file it fetches belongs
 * to a word of the query or to a result it ranks or shows (src/lib/search/shards.ts).
 */
import { PAGEFIND_RANKING } from '../../lib/search/ranking';
import { runSearch, type Hit, type SearchOutcome, type SearchSources } from '../../lib/search/engine';
import { suggestWords, tokenize, vocabularyFromText, type Vocabulary } from '../../lib/search/query';
import { shardsFor, wordShardPath } from '../../lib/search/vocabulary';
import {
  cardPath,
  readCard,
  sectionTextPath,
  type SectionText,
  type StoredCard,
} from '../../lib/search/shards';
import type { PagefindApi } from '../../lib/search/pagefind';
import type { ExcerptPart } from '../../lib/search/excerpt';
import { HIGHLIGHT_PARAM } from '../../lib/search/url';

export interface SearchRuntime {
  run(raw: string, filters: Record<string, string[]> | undefined, limit: number): Promise<SearchOutcome>;
  suggest(raw: string): Promise<string[]>;
  render(hit: Hit, words: readonly string[]): HTMLLIElement;
}

/** Link to a result: the page (or section) with the searched words marked on arrival. */
function resultHref(url: string, words: readonly string[]): string {
  const [path = '', hash] = url.split('#');
  const query = words.map((word) => `${HIGHLIGHT_PARAM}=${encodeURIComponent(word)}`).join('&');
  return `${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Excerpt parts as text nodes and <mark> elements: page text never becomes markup. */
function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map(({ text, marked }) =>
    marked ? element('mark', '', text) : document.createTextNode(text),
  );
}

function renderHit(hit: Hit, words: readonly string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result-link');
  link.href = resultHref(hit.url, words);
  link.append(element('span', 'search-result-title', hit.title));
  if (hit.section) link.append(element('span', 'search-result-section', hit.section));
  if (hit.excerpt.length > 0) {
    const excerpt = element('span', 'search-result-excerpt');
    excerpt.append(...excerptNodes(hit.excerpt));
    link.append(excerpt);
  }
  item.append(link);
  if (hit.sections.length > 0) {
    const sections = element('ul', 'search-sections');
    for (const section of hit.sections) {
      const sectionLink = element('a', 'search-result-link search-section-link');
      sectionLink.href = resultHref(section.url, words);
      sectionLink.append(element('span', 'search-result-title', section.title));
      const sectionItem = element('li', 'search-section');
      sectionItem.append(sectionLink);
      sections.append(sectionItem);
    }
    item.append(sections);
  }
  return item;
}

/** `load`, called at most once per key; a failed load is forgotten so it can be retried. */
function cached<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let value = cache.get(key);
    if (!value) {
      value = load(key).catch((error: unknown) => {
        cache.delete(key);
        throw error;
      });
      cache.set(key, value);
    }
    return value;
  };
}

export async function loadSearchRuntime(base: string): Promise<SearchRuntime> {
  const json = async <T>(path: string): Promise<T | undefined> => {
    const response = await fetch(`${base}${path}`).catch(() => undefined);
    return response?.ok ? ((await response.json()) as T) : undefined;
  };
  const pagefind = (await import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`)) as PagefindApi;
  // No worker: the index is small per query, and the worker script would be one more download.
  await pagefind.options({ ranking: PAGEFIND_RANKING, noWorker: true });
  const shard = cached(async (key) => vocabularyFromText((await json(wordShardPath(key))) ?? {}));
  const words = async (keys: readonly string[]): Promise<Vocabulary> => {
    const parts = await Promise.all(keys.map(shard));
    return {
      words: new Map(parts.flatMap((part) => [...part.words])),
      common: new Set(parts.flatMap((part) => [...(part.common ?? [])])),
    };
  };
  const card = cached(async (id) => {
    const stored = await json<StoredCard>(cardPath(id));
    return stored && readCard(stored);
  });
  const text = cached((key) => {
    const [id = '', index = '0'] = key.split(' ');
    return json<SectionText>(sectionTextPath(id, Number(index)));
  });
  // A filter-only search lists every page without loading any index chunk.
  const pageCount = cached(async () => (await pagefind.search(null))?.unfilteredResultCount ?? 0);
  const sources: SearchSources = {
    search: async (term, filters) => (await pagefind.search(term, filters ? { filters } : {}))?.results ?? [],
    card,
    sectionText: (id, index) => text(`${id} ${index}`),
    words,
    pageCount: () => pageCount(''),
  };
  return {
    run: (raw, filters, limit) => runSearch(raw, sources, { filters, limit }),
    suggest: async (raw) =>
      suggestWords(raw, await words(shardsFor(tokenize(raw).slice(0, 10), { swapped: true }))),
    render: renderHit,
  };
}
