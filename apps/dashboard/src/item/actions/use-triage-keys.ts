import { useEffect, useRef } from 'react';
import { isShortcutPress } from '../../ui/keyboard';

export const TRIAGE_SHORTCUTS = { acknowledge: 'a', claim: 'c', forward: 'f', resolve: 'r' } as const;
export type ShortcutAction = keyof typeof TRIAGE_SHORTCUTS;

/**
 * a / c / f / r act on the open item while focus is outside any text field. Only the actions present
 * in `handlers` respond, so a key does nothing when its button is not offered or a request is in flight.
 */
export function useTriageKeys(handlers: Partial<Record<ShortcutAction, () => void>>): void {
  // The latest handlers without re-subscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isShortcutPress(event)) return;
      const action = (Object.keys(TRIAGE_SHORTCUTS) as ShortcutAction[]).find(
        (name) => TRIAGE_SHORTCUTS[name] === event.key,
      );
      const handler = action && latest.current[action];
      if (!handler) return;
      // Otherwise the key would also be typed into the note field that `r` focuses.
      event.preventDefault();
      handler();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
