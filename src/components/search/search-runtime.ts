/**
 * The part of search that loads on first use, not with every page: Pagefind, the vocabulary and
 * page index, the search strategy, and result rendering.
 */
import { PAGEFIND_RANKING } from '../../lib/search/ranking';
import {
  pageIndexFrom,
  runSearch,
  type Hit,
  type PagefindResult,
  type SearchFn,
  type SearchOutcome,
} from '../../lib/search/engine';
import { suggestWords, vocabularyFor, vocabularyFromText, type Vocabulary } from '../../lib/search/query';
import { bloomTester, type BloomFilter } from '../../lib/search/bloom';
import { HIGHLIGHT_PARAM } from '../../lib/search/url';
import { excerptNodes } from '../../lib/search/excerpt';

interface Pagefind {
  options(options: object): Promise<void>;
  search(term: string, options?: object): Promise<{ results: PagefindResult[] } | null>;
}

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

/** One result link: a title and, when Pagefind has one, an excerpt with the matches marked. */
function resultLink(className: string, title: string, excerptHtml: string, href: string): HTMLAnchorElement {
  const link = element('a', className);
  link.href = href;
  link.append(element('span', 'search-result-title', title));
  if (excerptHtml) {
    const excerpt = element('span', 'search-result-excerpt');
    excerpt.append(...excerptNodes(excerptHtml));
    link.append(excerpt);
  }
  return link;
}

function renderHit(hit: Hit, words: readonly string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(resultLink('search-result-link', hit.title, hit.excerpt, resultHref(hit.url, words)));
  if (hit.sections.length > 0) {
    const sections = element('ul', 'search-sections');
    for (const section of hit.sections) {
      const sectionItem = element('li', 'search-section');
      sectionItem.append(
        resultLink(
          'search-result-link search-section-link',
          section.title,
          section.excerpt,
          resultHref(section.url, words),
        ),
      );
      sections.append(sectionItem);
    }
    item.append(sections);
  }
  return item;
}

export async function loadSearchRuntime(base: string): Promise<SearchRuntime> {
  const json = (path: string) =>
    fetch(`${base}${path}`)
      .then((response) => (response.ok ? response.json() : []))
      .catch(() => []);
  const [pagefind, bloom, pageEntries] = await Promise.all([
    import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`) as Promise<Pagefind>,
    json('/search-words.json'),
    json('/search-pages.json'),
  ]);
  // No worker: the index is small, and the worker script would be one more download.
  await pagefind.options({ ranking: PAGEFIND_RANKING, noWorker: true });
  const search: SearchFn = async (term, filters) =>
    (await pagefind.search(term, filters ? { filters } : {}))?.results ?? [];
  const isKnown = bloomTester(bloom as BloomFilter);
  // The full vocabulary (typo correction) is fetched only for a query with a word the site lacks.
  let vocabulary: Promise<Vocabulary> | undefined;
  const loadVocabulary = () => (vocabulary ??= json('/search-vocabulary.json').then(vocabularyFromText));
  const pages = pageIndexFrom(pageEntries);
  return {
    run: async (raw, filters, limit) =>
      runSearch(raw, search, {
        vocabulary: await vocabularyFor(raw, isKnown, loadVocabulary),
        pages,
        filters,
        limit,
      }),
    suggest: async (raw) => suggestWords(raw, await loadVocabulary()),
    render: renderHit,
  };
}
