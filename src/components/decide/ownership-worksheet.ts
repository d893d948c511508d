/**
 * `<ownership-worksheet>`: flags the assets with no owner, or shared with no named contract
 * (lib/decide/ownership.ts), keeps the choices in the URL, and exports the worksheet as Markdown
 * for a team's wiki. The status line is a live region that reads the count of risks after a change.
 */
import {
  FLAG_LABELS,
  assess,
  summarize,
  worksheetFields,
  worksheetMarkdown,
  type Assessment,
  type WorksheetRow,
} from '../../lib/decide/ownership';
import { copyText, saveText } from '../../lib/decide/share';
import { announce, h, readModel, stateFromForm, stateFromUrl, stateToForm, stateToUrl } from './dom';

class OwnershipWorksheet extends HTMLElement {
  connectedCallback(): void {
    const rows = readModel<WorksheetRow[]>(this);
    const form = this.querySelector('form');
    const result = this.querySelector<HTMLElement>('[data-result]');
    const status = this.querySelector('[data-status]');
    if (!rows || !form || !result) return;
    const fields = worksheetFields(rows);
    let current = assess(rows, {});
    const update = (fromUrl: boolean) => {
      const state = fromUrl ? stateFromUrl(fields) : stateFromForm(form);
      if (fromUrl) stateToForm(form, state);
      else stateToUrl(fields, state);
      current = assess(rows, state);
      announce(status, summarize(current));
      this.#render(result, current);
    };
    const markdown = () =>
      worksheetMarkdown(current, {
        origin: location.origin,
        shareUrl: location.href,
        date: new Date().toISOString().slice(0, 10),
      });
    form.addEventListener('change', () => update(false));
    form.addEventListener('input', () => update(false));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.querySelector('[data-actions]')?.removeAttribute('hidden');
    this.querySelector('[data-no-js]')?.remove();
    const on = (selector: string, action: () => unknown) =>
      this.querySelector(selector)?.addEventListener('click', action);
    on('[data-copy-link]', async () =>
      announce(
        status,
        (await copyText(location.href))
          ? 'Link to this worksheet copied.'
          : `Copy this link: ${location.href}`,
      ),
    );
    on('[data-copy-md]', async () =>
      announce(
        status,
        (await copyText(markdown()))
          ? 'Worksheet copied as Markdown.'
          : 'Copying was refused; use Download Markdown.',
      ),
    );
    on('[data-save-md]', () => {
      saveText('ownership-worksheet.md', markdown());
      announce(status, 'Worksheet downloaded as ownership-worksheet.md.');
    });
    on('[data-clear]', () => {
      stateToForm(form, {});
      update(false);
      form.querySelector('input')?.focus();
    });
    update(true);
  }

  #render(result: HTMLElement, assessment: Assessment): void {
    for (const { row, flag } of assessment.rows) {
      const note = this.querySelector<HTMLElement>(`[data-row="${row.id}"] [data-flag]`);
      if (!note) continue;
      note.hidden = !flag;
      note.textContent = flag ? `Risk: ${FLAG_LABELS[flag].toLowerCase()}.` : '';
    }
    const { risks } = assessment;
    result.hidden = assessment.undecided === assessment.rows.length;
    result.replaceChildren(
      h('h3', {}, risks.length === 0 ? 'No risks flagged so far' : `Risks to settle (${risks.length})`),
    );
    if (risks.length > 0)
      result.append(
        h(
          'ul',
          {},
          ...risks.map(({ row, flag }) =>
            h(
              'li',
              {},
              h('strong', {}, `${row.aspect}: ${FLAG_LABELS[flag ?? 'no-owner'].toLowerCase()}. `),
              `${row.risk} `,
              h('a', { href: row.see }, row.seeTitle),
            ),
          ),
        ),
      );
  }
}

customElements.define('ownership-worksheet', OwnershipWorksheet);
