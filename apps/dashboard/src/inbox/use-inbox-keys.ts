import { useEffect, type RefObject } from 'react';
import { closeItem } from '../ui/hash-route';
import { isShortcutPress } from '../ui/keyboard';

/** The row link at `index`, once the virtual list has rendered it (it may take a frame or two after a scroll). */
function focusRow(list: HTMLElement, index: number, framesLeft = 10): void {
  const link = list.querySelector<HTMLAnchorElement>(`[data-index="${index}"] a.inbox-link`);
  if (link) return link.focus({ preventScroll: true });
  if (framesLeft > 0) requestAnimationFrame(() => focusRow(list, index, framesLeft - 1));
}

function indexOf(element: Element | null): number {
  const row = element?.closest<HTMLElement>('[data-index]');
  return row ? Number(row.dataset.index) : -1;
}

/**
 * j / k move focus down / up the inbox rows, mail-client style; rows are links, so Enter opens the
 * focused one with no extra handling and screen readers announce them as such. Escape closes the
 * open item. The list is virtual: a key scrolls the next row into view, then focuses it.
 */
export function useInboxKeys(
  listRef: RefObject<HTMLElement | null>,
  count: number,
  openIndex: number,
  scrollToIndex: (index: number) => void,
): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isShortcutPress(event)) return;
      if (event.key === 'Escape' && window.location.hash.includes('/items/')) return closeItem();
      const list = listRef.current;
      if ((event.key !== 'j' && event.key !== 'k') || !list || count === 0) return;
      event.preventDefault();
      const focused = list.contains(document.activeElement) ? indexOf(document.activeElement) : -1;
      const from = focused >= 0 ? focused : openIndex;
      const step = event.key === 'j' ? 1 : -1;
      const next = from < 0 ? 0 : Math.min(count - 1, Math.max(0, from + step));
      scrollToIndex(next);
      focusRow(list, next);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [listRef, count, openIndex, scrollToIndex]);
}
