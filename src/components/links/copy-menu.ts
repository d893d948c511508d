/**
 * The copy menu behind every heading's link icon and every table row's "Link to this row": a small
 * popover of three buttons that copy the link as a URL, as a Markdown link, or as rich text (an
 * HTML clipboard item with a plain-text twin), which Google Docs, Notion and Confluence paste as a
 * titled link. One menu serves the whole page; it is placed right after the control that opened
 * it, so Tab continues from there. Keyboard: arrows move between the buttons, Escape closes and
 * returns to the control. Each copy is announced through the caller's status region.
 */
import { htmlLink, linkLabel, markdownLink, plainLink, type LinkTarget } from '../../lib/links/link-formats';

type Format = 'url' | 'markdown' | 'rich';

const FORMATS: readonly { format: Format; label: string; hint: string }[] = [
  { format: 'url', label: 'Copy URL', hint: 'The address alone' },
  { format: 'markdown', label: 'Copy Markdown link', hint: '[Section — Page](address)' },
  {
    format: 'rich',
    label: 'Copy rich text link',
    hint: 'Pastes as a titled link in Docs, Notion or Confluence',
  },
];

const MENU_ID = 'copy-link-menu';

interface Open {
  invoker: HTMLElement;
  target: LinkTarget;
  announce: (message: string) => void;
}

let menu: HTMLElement | undefined;
let open: Open | undefined;

/** Puts `target` on the clipboard in `format`. */
async function copy(format: Format, target: LinkTarget): Promise<void> {
  if (format === 'rich' && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([htmlLink(target)], { type: 'text/html' }),
        'text/plain': new Blob([plainLink(target)], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  const text =
    format === 'url' ? target.url : format === 'markdown' ? markdownLink(target) : plainLink(target);
  await navigator.clipboard.writeText(text);
}

const DONE: Record<Format, (label: string, url: string) => string> = {
  url: (label, url) => `Copied link to “${label}”: ${url}`,
  markdown: (label) => `Copied Markdown link to “${label}”.`,
  rich: (label) => `Copied rich text link to “${label}”; paste it into a document.`,
};

function buttons(): HTMLButtonElement[] {
  return [...(menu?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
}

function place(): void {
  if (!menu || !open) return;
  const anchor = open.invoker.getBoundingClientRect();
  const width = menu.offsetWidth;
  // CSSOM, not a style attribute: the site's Content-Security-Policy allows no inline styles.
  menu.style.top = `${Math.round(anchor.bottom + 6)}px`;
  menu.style.left = `${Math.round(Math.max(8, Math.min(anchor.left, innerWidth - width - 8)))}px`;
}

function close(returnFocus: boolean): void {
  if (!menu || !open) return;
  const { invoker } = open;
  open = undefined;
  invoker.setAttribute('aria-expanded', 'false');
  invoker.removeAttribute('aria-controls');
  removeEventListener('scroll', place);
  removeEventListener('resize', place);
  if (menu.matches(':popover-open')) menu.hidePopover();
  if (returnFocus) invoker.focus();
}

function build(): HTMLElement {
  const element = document.createElement('div');
  element.id = MENU_ID;
  element.className = 'copy-menu not-content';
  element.popover = 'auto';
  element.setAttribute('role', 'group');
  for (const { format, label, hint } of FORMATS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['format'] = format;
    const name = document.createElement('span');
    name.className = 'copy-menu-label';
    name.textContent = label;
    const detail = document.createElement('span');
    detail.className = 'copy-menu-hint';
    detail.textContent = hint;
    button.append(name, detail);
    element.append(button);
  }
  element.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-format]');
    if (!button || !open) return;
    const { target, announce } = open;
    const format = button.dataset['format'] as Format;
    const label = linkLabel(target);
    close(true);
    copy(format, target).then(
      () => announce(DONE[format](label, target.url)),
      () => announce(`Copying was not allowed. The link to “${label}” is ${target.url}`),
    );
  });
  element.addEventListener('keydown', (event) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = {
      ArrowDown: (at + 1) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key in move) {
      event.preventDefault();
      all[move[event.key] ?? 0]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  });
  // Leaving the menu with Tab, or a click elsewhere (light dismiss), closes it where focus went.
  element.addEventListener('focusout', (event) => {
    if (!element.contains(event.relatedTarget as Node | null)) close(false);
  });
  element.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') close(false);
  });
  return element;
}

/** Opens the menu for `target` under `invoker` (a link that stays a link without JavaScript). */
export function openCopyMenu(
  invoker: HTMLElement,
  target: LinkTarget,
  announce: (message: string) => void,
): void {
  const reopening = open?.invoker === invoker;
  close(false);
  if (reopening) return;
  menu ??= build();
  menu.setAttribute('aria-label', `Copy link to “${linkLabel(target)}”`);
  invoker.after(menu);
  invoker.setAttribute('aria-controls', MENU_ID);
  invoker.setAttribute('aria-expanded', 'true');
  open = { invoker, target, announce };
  menu.showPopover();
  place();
  addEventListener('scroll', place, { passive: true });
  addEventListener('resize', place, { passive: true });
  buttons()[0]?.focus();
}
