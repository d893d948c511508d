/**
 * The search dialog's behaviour: loads Pagefind and the site vocabulary on first use, runs the site's
 * search strategy (src/lib/search/engine.ts) as the reader types, renders results with the sections
 * they land on, and keeps the query in the URL (?q=) so a search can be shared.
 */
import { QUERY_PARAM, withQueryParam } from '../../lib/search/url';
import { isTypingTarget } from '../../lib/search/shortcuts';
import type { SearchRuntime } from './search-runtime';

const PAGE_SIZE = 5;
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export class SiteSearch extends HTMLElement {
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #help!: HTMLElement;
  #suggestions!: HTMLElement;
  #filters: HTMLSelectElement[] = [];
  #runtime: Promise<SearchRuntime> | undefined;
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #shown = PAGE_SIZE;

  connectedCallback(): void {
    // The dialog arrives as inert markup (components/InertMarkup.astro): only now is it part of the page.
    const inert = this.querySelector<HTMLScriptElement>('script[data-inert="search-dialog"]');
    if (inert) {
      inert.insertAdjacentHTML('afterend', inert.textContent ?? '');
      inert.remove();
    }
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.querySelector('[data-search-input]')!;
    this.#status = this.querySelector('[data-search-status]')!;
    this.#results = this.querySelector('[data-search-results]')!;
    this.#more = this.querySelector('[data-search-more]')!;
    this.#help = this.querySelector('[data-search-help]')!;
    this.#suggestions = this.querySelector('[data-search-suggestions]')!;
    this.#filters = [...this.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];

    openButton.addEventListener('click', (event) => {
      event.stopPropagation();
      this.open();
    });
    openButton.disabled = false;
    // Load on the first sign of intent, so the dialog answers at once when it opens.
    openButton.addEventListener('pointerenter', () => void this.#load(), { once: true });
    openButton.addEventListener('focus', () => void this.#load(), { once: true });
    this.querySelector('[data-close-modal]')?.addEventListener('click', () => this.#dialog.close());
    this.#dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      history.replaceState(history.state, '', withQueryParam(location, null));
    });
    // A click on the backdrop (outside the frame) closes the dialog.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.#dialog.close();
    });
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#results.querySelector<HTMLAnchorElement>('a')?.click();
    });
    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('keydown', (event) => {
      // In a search field, Escape would only clear the text; here it closes the dialog, as elsewhere.
      if (event.key === 'Escape') {
        event.preventDefault();
        this.#dialog.close();
      } else if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#results.querySelector<HTMLAnchorElement>('a')?.focus();
      }
    });
    this.#results.addEventListener('keydown', (event) => this.#moveFocus(event));
    for (const select of this.#filters) select.addEventListener('change', () => this.#run());
    this.#more.addEventListener('click', () => {
      this.#shown += PAGE_SIZE;
      void this.#run(true);
    });

    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (this.#dialog.open) this.#dialog.close();
        else this.open();
      } else if (
        event.key === '/' &&
        !this.#dialog.open &&
        !event.metaKey &&
        !event.ctrlKey &&
        !event.altKey &&
        !isTypingTarget(event.target)
      ) {
        event.preventDefault();
        this.open();
      }
    });

    const shared = new URLSearchParams(location.search).get(QUERY_PARAM);
    if (shared) this.open(shared);
  }

  /** Opens the dialog, optionally with a query typed in and searched. */
  open(query?: string): void {
    if (!this.#dialog.open) this.#dialog.showModal();
    document.body.toggleAttribute('data-search-modal-open', true);
    if (query !== undefined) void this.search(query);
    this.#input.focus();
  }

  /** Types `query` into the search field and resolves once its results are shown. */
  async search(query: string): Promise<void> {
    this.#input.value = query.slice(0, 200);
    this.#shown = PAGE_SIZE;
    await this.#run();
  }

  #load(): Promise<SearchRuntime> {
    this.#runtime ??= import('./search-runtime').then(({ loadSearchRuntime }) => loadSearchRuntime(base));
    return this.#runtime;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#shown = PAGE_SIZE;
    this.#timer = setTimeout(() => void this.#run(), 120);
  }

  #activeFilters(): Record<string, string[]> | undefined {
    const active = this.#filters.filter((select) => select.value !== '');
    if (active.length === 0) return undefined;
    return Object.fromEntries(active.map((select) => [select.dataset['searchFilter'] ?? '', [select.value]]));
  }

  async #run(keepScroll = false): Promise<void> {
    const raw = this.#input.value;
    const sequence = ++this.#sequence;
    history.replaceState(history.state, '', withQueryParam(location, raw.trim() === '' ? null : raw));
    if (raw.trim() === '') {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#help.hidden = true;
      this.#more.hidden = true;
      return;
    }
    const runtime = await this.#load();
    const outcome = await runtime.run(raw, this.#activeFilters(), this.#shown);
    if (sequence !== this.#sequence) return; // a newer query has started
    const scroll = this.#dialog.querySelector('.dialog-frame')?.scrollTop ?? 0;
    // A reader who arrowed into the results before these arrived (a filter changed, or typing went on)
    // would otherwise be left focused on nothing, and Enter would do nothing: focus moves to the new
    // first result ("show more" keeps it where it was, since those results stay).
    const hadFocus = !keepScroll && this.#results.contains(document.activeElement);
    this.#results.replaceChildren(...outcome.hits.map((hit) => runtime.render(hit, outcome.words)));
    if (hadFocus) (this.#results.querySelector<HTMLAnchorElement>('a') ?? this.#input).focus();
    if (keepScroll) this.#dialog.querySelector('.dialog-frame')?.scrollTo({ top: scroll });
    const corrected = outcome.prepared.corrections.map((c) => c.to);
    const also = corrected.length > 0 ? ` Searched for: ${outcome.words.join(' ')}.` : '';
    this.#status.textContent =
      outcome.hits.length === 0
        ? `No results for “${raw.slice(0, 80)}”.`
        : `Showing ${outcome.hits.length} of ${outcome.total} matching ${outcome.total === 1 ? 'page' : 'pages'}.${also}`;
    this.#more.hidden = outcome.hits.length >= outcome.total || outcome.hits.length < this.#shown;
    this.#help.hidden = outcome.hits.length > 0;
    const suggestions = outcome.hits.length === 0 ? await runtime.suggest(raw) : [];
    if (sequence !== this.#sequence) return;
    this.#suggestions.replaceChildren(
      ...suggestions.map((word) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.className = 'search-suggestion';
        button.textContent = word;
        button.type = 'button';
        button.addEventListener('click', () => this.open(word));
        item.append(button);
        return item;
      }),
    );
  }

  /** Arrow keys move between result links; Up from the first returns to the input. */
  #moveFocus(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
    (next ?? (event.key === 'ArrowUp' ? this.#input : links[index]))?.focus();
  }
}
