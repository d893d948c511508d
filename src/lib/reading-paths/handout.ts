/**
 * A rendered section made ready to print inside a path's handout, which puts several pages'
 * sections on one page: no controls (heading link icons, table controls and row links, tab lists,
 * status lines, scripts), every tab panel shown under its tab's name, custom elements turned into
 * plain blocks so no island starts, headings moved under the handout's step heading and stripped
 * of their ids (the handout publishes no anchors of its own), other ids prefixed so two sections
 * never clash, and `#fragment` links pointed at the page the section came from. Pure.
 */
import { headingLevel, parseFragment } from './sections';

/** Controls and browser code: nothing to print. */
const CONTROLS =
  'script, style, template, .sl-anchor-link, .cmp-row-link, .cmp-status, .cmp-controls, [role="status"], .tablist-wrapper';
/** Attributes that hold the ids of other elements. */
const ID_REFS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for', 'headers'];

export interface PrintOptions {
  /** The section's page, root-relative (`/boundary/data-contracts/`): where its `#links` lead. */
  page: string;
  /** Prefix for the ids the section keeps, unique per section on the handout (`s3-`). */
  idPrefix: string;
  /** Level of the section's heading (2 or 3), or 1 for a whole page, whose title the step heading replaces. */
  depth: number;
}

/** `element` replaced by a new element named `tag` with the same attributes and children. */
function rename(element: Element, tag: string): Element {
  const copy = element.ownerDocument.createElement(tag);
  for (const { name, value } of [...element.attributes]) copy.setAttribute(name, value);
  copy.append(...element.childNodes);
  element.replaceWith(copy);
  return copy;
}

export function printableSection(html: string, { page, idPrefix, depth }: PrintOptions): string {
  const body = parseFragment(html);
  const document = body.ownerDocument;

  // Tabs: every panel, each under its tab's name, before the tab list goes with the controls.
  for (const panel of body.querySelectorAll('[role="tabpanel"]')) {
    const tabId = panel.getAttribute('aria-labelledby');
    const name = tabId ? body.querySelector(`[id="${tabId}"]`)?.textContent?.trim() : undefined;
    if (name) {
      const label = document.createElement('p');
      label.className = 'handout-tab-label';
      const strong = document.createElement('strong');
      strong.textContent = name;
      label.append(strong);
      panel.before(label);
    }
    for (const attribute of ['hidden', 'role', 'aria-labelledby']) panel.removeAttribute(attribute);
  }
  for (const element of body.querySelectorAll(CONTROLS)) element.remove();

  // The handout's own step heading names the section; the section's heading would repeat it.
  if (depth > 1) {
    const first = [...body.childNodes].find((node) => headingLevel(node) !== undefined);
    first?.parentNode?.removeChild(first);
  }
  for (const heading of body.querySelectorAll('h2, h3, h4')) {
    const wrapper = heading.parentElement;
    if (wrapper && wrapper !== body && wrapper.firstElementChild === heading && wrapper.tagName === 'DIV')
      wrapper.replaceWith(heading);
    const level = Math.min(6, Number(heading.tagName[1]) - depth + 2);
    rename(heading, `h${level}`).removeAttribute('id');
  }
  // Custom elements would start their islands (a comparison table would add its controls back).
  for (const element of [...body.querySelectorAll('*')].filter((e) => e.tagName.includes('-')))
    rename(element, 'div');

  const ids = new Set([...body.querySelectorAll('[id]')].map((element) => element.id));
  for (const element of body.querySelectorAll('[id]')) element.id = `${idPrefix}${element.id}`;
  for (const attribute of ID_REFS) {
    for (const element of body.querySelectorAll(`[${attribute}]`)) {
      const refs = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
      element.setAttribute(attribute, refs.map((id) => (ids.has(id) ? `${idPrefix}${id}` : id)).join(' '));
    }
  }
  for (const link of body.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent((link.getAttribute('href') ?? '').slice(1));
    link.setAttribute('href', ids.has(id) ? `#${idPrefix}${id}` : `${page}#${id}`);
  }
  return body.innerHTML;
}
