/**
 * `<which-role-next>`: scores the reader's answers as they choose them (lib/decide/which-role-next.ts),
 * keeps them in the URL so the result can be shared, and shows how each answer pushed the result,
 * with the section that explains it. The status line is a live region: it announces the current
 * lean after each change; the full result below it is read on demand.
 */
import { copyText } from '../../lib/decide/share';
import {
  MIXED_MARGIN,
  describeLeaders,
  describePush,
  describeTotals,
  questionFields,
  scoreAnswers,
  type ToolModel,
  type Verdict,
} from '../../lib/decide/which-role-next';
import { announce, h, readModel, stateFromForm, stateFromUrl, stateToForm, stateToUrl } from './dom';

class WhichRoleNext extends HTMLElement {
  connectedCallback(): void {
    const model = readModel<ToolModel>(this);
    const form = this.querySelector('form');
    const result = this.querySelector<HTMLElement>('[data-result]');
    const status = this.querySelector('[data-status]');
    if (!model || !form || !result) return;
    const fields = questionFields(model.questions);
    const update = (fromUrl: boolean) => {
      const state = fromUrl ? stateFromUrl(fields) : stateFromForm(form);
      if (fromUrl) stateToForm(form, state);
      else stateToUrl(fields, state);
      const verdict = scoreAnswers(model.questions, state);
      announce(status, this.#line(model, verdict));
      this.#render(result, model, verdict);
    };
    form.addEventListener('change', () => update(false));
    form.addEventListener('submit', (event) => event.preventDefault());
    this.querySelector('[data-actions]')?.removeAttribute('hidden');
    this.querySelector('[data-no-js]')?.remove();
    this.querySelector('[data-copy]')?.addEventListener('click', async () => {
      const ok = await copyText(location.href);
      announce(status, ok ? 'Link to these answers copied.' : `Copy this link: ${location.href}`);
    });
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      stateToForm(form, {});
      update(false);
      form.querySelector('input')?.focus();
    });
    update(true);
  }

  /** The one line the live region reads out. */
  #line(model: ToolModel, v: Verdict): string {
    if (!v.outcome) return `No answers yet; ${v.total} questions.`;
    const title = model.outcomes.find((o) => o.id === v.outcome)?.title ?? '';
    return `Result after ${v.answers.length} of ${v.total} answers: ${title}. Points: ${describeTotals(v.totals)}.`;
  }

  #render(result: HTMLElement, model: ToolModel, v: Verdict): void {
    const outcome = model.outcomes.find((o) => o.id === v.outcome);
    result.hidden = !outcome;
    if (!outcome) return result.replaceChildren();
    const mixed =
      v.outcome === 'mixed' &&
      (v.leaders.length > 1
        ? `The leading hires (${describeLeaders(v.leaders)}) are within ${MIXED_MARGIN} points of each other, so the tool does not pick one.`
        : 'No answer so far pushes toward any hire.');
    result.replaceChildren(
      h('h3', {}, `Result: ${outcome.title}`),
      h('p', {}, outcome.summary),
      h(
        'p',
        {},
        `Points: ${describeTotals(v.totals)}, from ${v.answers.length} of ${v.total} answers. `,
        mixed,
      ),
      h('h4', {}, 'How each answer pushed the result'),
      h(
        'ol',
        {},
        ...v.answers.map(({ question, answer }) =>
          h(
            'li',
            {},
            h('strong', {}, `${question.question} `),
            `${answer.label}: ${describePush(answer.push)}. ${answer.why} `,
            h('a', { href: answer.see }, answer.seeTitle),
          ),
        ),
      ),
      h('h4', {}, 'Read next'),
      h('ol', {}, ...outcome.readNext.map((r) => h('li', {}, h('a', { href: r.href }, r.title)))),
    );
  }
}

customElements.define('which-role-next', WhichRoleNext);
