/**
 * `<reading-path>`: the island of a path page (ReadingPath.astro). It adds a "Done" checkbox to each
 * step and keeps the ticks in localStorage (nothing leaves the browser); opens a shared
 * `?done=1,3,4` link as that progress, without touching the reader's own unless they save it;
 * copies a link to the reader's progress, and the path as the Markdown checklist the build wrote
 * into `data-checklist`; and resets.
 */
import {
  DONE_PARAM,
  parseDone,
  progressSummary,
  progressUrl,
  readStored,
  storageKey,
  storedValue,
} from '../../lib/reading-paths/progress';

interface StepElement {
  item: HTMLLIElement;
  box: HTMLInputElement;
  read: string;
  minutes: number;
}

export class ReadingPathElement extends HTMLElement {
  #steps: StepElement[] = [];
  #key = '';
  /** Step numbers from a shared link while the reader is looking at them, else null. */
  #shared: number[] | null = null;

  connectedCallback(): void {
    this.#key = storageKey(this.dataset['path'] ?? '');
    const block = this.querySelector<HTMLScriptElement>('script[data-inert="reading-path-controls"]');
    if (block) {
      const template = document.createElement('template');
      template.innerHTML = block.textContent ?? '';
      block.replaceWith(template.content);
    }
    this.#steps = [...this.querySelectorAll<HTMLLIElement>('li[data-step]')].map((item) => ({
      item,
      box: this.#addCheckbox(item),
      read: item.dataset['read'] ?? '',
      minutes: Number(item.dataset['minutes'] ?? 0),
    }));
    this.#shared = parseDone(location.search, this.#steps.length);
    this.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
      if (button) void this.#act(button.dataset['action'] ?? '');
    });
    this.#render();
  }

  #addCheckbox(item: HTMLLIElement): HTMLInputElement {
    const n = item.dataset['step'] ?? '';
    const wrapper = document.createElement('div');
    wrapper.className = 'rp-done';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `rp-done-${n}`;
    // The visible label is "Done"; the accessible name says which step, starting with the same word.
    box.setAttribute('aria-label', `Done: step ${n}, ${item.dataset['title'] ?? ''}`);
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = 'Done';
    wrapper.append(box, label);
    item.append(wrapper);
    box.addEventListener('change', () => {
      if (this.#shared !== null) return;
      this.#save(this.#checked());
      this.#render();
    });
    return box;
  }

  #reads(): string[] {
    return this.#steps.map((step) => step.read);
  }

  #own(): number[] {
    try {
      return readStored(localStorage.getItem(this.#key), this.#reads());
    } catch {
      return [];
    }
  }

  #save(done: number[]): void {
    try {
      if (done.length === 0) localStorage.removeItem(this.#key);
      else localStorage.setItem(this.#key, storedValue(done, this.#reads()));
    } catch {
      this.#announce('This browser does not allow saving progress here.');
    }
  }

  #checked(): number[] {
    return this.#steps.flatMap((step, i) => (step.box.checked ? [i + 1] : []));
  }

  /** Shows the shared progress while there is one, else the reader's own. */
  #render(): void {
    const shown = this.#shared ?? this.#own();
    this.#steps.forEach((step, i) => {
      step.box.checked = shown.includes(i + 1);
      // A shared view is read-only: ticking it would change nobody's progress.
      step.box.disabled = this.#shared !== null;
      step.item.classList.toggle('is-done', step.box.checked);
    });
    const summary = progressSummary(
      shown,
      this.#steps.map((step) => step.minutes),
    );
    const progress = this.querySelector('[data-progress]');
    if (progress)
      progress.textContent = this.#shared ? `Shared progress: ${summary}` : `Your progress: ${summary}`;
    const banner = this.querySelector<HTMLElement>('[data-shared]');
    if (banner) banner.hidden = this.#shared === null;
    const sharedSummary = this.querySelector('[data-shared-summary]');
    if (sharedSummary) sharedSummary.textContent = summary;
  }

  #announce(message: string): void {
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = message;
  }

  /** Leaves the shared view: the `?done=` link is dropped from the address, the reader's own progress shown. */
  #leaveShared(): void {
    this.#shared = null;
    const params = new URLSearchParams(location.search);
    params.delete(DONE_PARAM);
    const query = params.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
    );
    this.#render();
    this.querySelector<HTMLElement>('[data-progress]')?.focus();
  }

  async #copy(text: string, done: string, fallback: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#announce(done);
    } catch {
      this.#announce(fallback);
    }
  }

  async #act(action: string): Promise<void> {
    const base = `${location.origin}${location.pathname}`;
    switch (action) {
      case 'adopt': {
        const shared = this.#shared ?? [];
        this.#save(shared);
        this.#leaveShared();
        this.#announce(
          `Saved as your progress: ${progressSummary(
            shared,
            this.#steps.map((s) => s.minutes),
          )}.`,
        );
        break;
      }
      case 'own':
        this.#leaveShared();
        this.#announce('Showing your own progress.');
        break;
      case 'share': {
        const url = progressUrl(base, this.#own());
        await this.#copy(
          url,
          `Link to your progress copied: ${url}`,
          `Copy this link to share your progress: ${url}`,
        );
        break;
      }
      case 'checklist':
        // Written at build (lib/reading-paths/checklist.ts), with the guide's canonical addresses.
        await this.#copy(
          this.dataset['checklist'] ?? '',
          `Markdown checklist of ${this.#steps.length} steps copied.`,
          'Copying is not allowed here; select the step links to copy them instead.',
        );
        break;
      case 'reset':
        this.#save([]);
        this.#render();
        this.#announce('Your progress on this path was reset.');
        break;
    }
  }
}
