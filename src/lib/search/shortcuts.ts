/** Keyboard shortcuts of search: "/" opens it, unless the reader is typing somewhere. */

/** True when a key press belongs to a field the reader is typing in, so "/" must not open search. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  return (
    element.isContentEditable ||
    element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null
  );
}
