// Shared rules for single-key shortcuts (the inbox's j/k, the item panel's a/c/r).

/** Keys typed into a form control belong to that control, not to a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** A bare key press meant as a shortcut: no modifier (Ctrl+C must stay copy) and not while typing. */
export function isShortcutPress(event: KeyboardEvent): boolean {
  return !event.altKey && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
}
