/**
 * `<term-previews>`: the short definition of a marked glossary term (`a[data-term]`), shown next to
 * the link on hover and on keyboard focus. The definitions arrive once per page, as JSON inside the
 * element, so text browsers and readers without JavaScript see only plain links to the glossary.
 *
 * - Screen readers: each link is described (`aria-describedby`) by a hidden copy of its definition,
 *   so the description does not depend on the visible preview, which is therefore `aria-hidden`.
 * - WCAG 1.4.13: the preview stays while the pointer moves onto it, Escape closes it, and it is
 *   positioned absolutely over the page, so nothing moves when it appears.
 */
interface Definition {
  term: string;
  short: string;
}

const HIDE_DELAY_MS = 250;
const GAP_PX = 6;

class TermPreviews extends HTMLElement {
  #definitions: Record<string, Definition> = {};
  #preview = document.createElement('div');
  #current: HTMLAnchorElement | undefined;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    try {
      this.#definitions = JSON.parse(this.querySelector('script')?.textContent ?? '{}');
    } catch {
      return;
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-term]')) {
      const id = link.dataset['term'] ?? '';
      const definition = this.#definitions[id];
      if (!definition) continue;
      const description = document.getElementById(`term-def-${id}`) ?? this.#describe(id, definition);
      link.setAttribute('aria-describedby', description.id);
      link.addEventListener('mouseenter', () => this.#show(link));
      link.addEventListener('mouseleave', () => this.#hideSoon());
      link.addEventListener('focus', () => this.#show(link));
      link.addEventListener('blur', () => this.#hide());
    }
    this.#preview.className = 'term-preview';
    this.#preview.hidden = true;
    this.#preview.setAttribute('aria-hidden', 'true');
    this.#preview.addEventListener('mouseenter', () => clearTimeout(this.#hideTimer));
    this.#preview.addEventListener('mouseleave', () => this.#hideSoon());
    document.body.append(this.#preview);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.#preview.hidden) this.#hide();
    });
    window.addEventListener('resize', () => this.#hide());
  }

  /** The hidden text a link's `aria-describedby` points to. */
  #describe(id: string, definition: Definition): HTMLElement {
    const description = document.createElement('span');
    description.id = `term-def-${id}`;
    description.textContent = definition.short;
    this.append(description);
    return description;
  }

  #show(link: HTMLAnchorElement): void {
    const definition = this.#definitions[link.dataset['term'] ?? ''];
    if (!definition) return;
    clearTimeout(this.#hideTimer);
    this.#current = link;
    const term = document.createElement('strong');
    term.textContent = definition.term;
    this.#preview.replaceChildren(term, document.createTextNode(` ${definition.short}`));
    this.#preview.hidden = false;
    this.#place(link);
  }

  /** Below the link, or above it when the viewport has no room below; never past either edge. */
  #place(link: HTMLAnchorElement): void {
    const anchor = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const box = this.#preview.getBoundingClientRect();
    const below = anchor.bottom + GAP_PX + box.height <= window.innerHeight;
    const top = below ? anchor.bottom + GAP_PX : anchor.top - GAP_PX - box.height;
    const width = document.documentElement.clientWidth;
    const left = Math.max(GAP_PX, Math.min(anchor.left, width - box.width - GAP_PX));
    this.#preview.style.top = `${Math.max(0, top + window.scrollY)}px`;
    this.#preview.style.left = `${left + window.scrollX}px`;
  }

  #hideSoon(): void {
    clearTimeout(this.#hideTimer);
    // A keyboard user's preview stays while the link has focus.
    if (this.#current && this.#current === document.activeElement) return;
    this.#hideTimer = setTimeout(() => this.#hide(), HIDE_DELAY_MS);
  }

  #hide(): void {
    clearTimeout(this.#hideTimer);
    this.#preview.hidden = true;
    this.#current = undefined;
  }
}

customElements.define('term-previews', TermPreviews);
