/**
 * The few DOM helpers the decision tools' islands share: build an element, and keep a form's
 * answers and the URL in step. Small on purpose; every byte here ships with each tool.
 */
import { readState, writeState, type Field, type State } from '../../lib/decide/url-state';

type Child = Node | string | false | undefined;

/** `<tag attrs>children</tag>`; `false` and `undefined` children are skipped. */
export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The answers the page's URL carries for these fields. */
export const stateFromUrl = (fields: readonly Field[]): State => readState(location.search, fields);

/** Puts `state` in the URL without a new history entry, other parameters and the fragment kept. */
export function stateToUrl(fields: readonly Field[], state: State): void {
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${writeState(location.search, fields, state)}${location.hash}`,
  );
}

/** The form's current answers: checked radios and non-empty text inputs, by name. */
export function stateFromForm(form: HTMLFormElement): State {
  const state: State = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input'))
    if ((input.type === 'radio' && input.checked) || (input.type === 'text' && input.value.trim()))
      state[input.name] = input.value;
  return state;
}

/** Sets the form's inputs to `state`; anything the state does not name is cleared. */
export function stateToForm(form: HTMLFormElement, state: State): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    if (input.type === 'radio') input.checked = state[input.name] === input.value;
    else input.value = state[input.name] ?? '';
  }
}

/** The JSON a tool's component put inside it. */
export function readModel<T>(host: HTMLElement): T | undefined {
  try {
    return JSON.parse(host.querySelector('script[type="application/json"]')?.textContent ?? '') as T;
  } catch {
    return undefined;
  }
}

/** Sets a live region's text only when it changes, so screen readers hear each result once. */
export function announce(region: Element | null, text: string): void {
  if (region && region.textContent !== text) region.textContent = text;
}
