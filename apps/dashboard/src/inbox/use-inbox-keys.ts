import { useEffect, type RefObject } from 'react';
import { closeItem } from '../ui/hash-route';
import { isShortcutPress } from '../ui/keyboard';

/**
 * j / k move focus down / up the inbox rows, mail-client style; rows are links, so Enter opens
 * the focused one with no extra handling and screen readers announce them as such. Escape closes
 * the open item.
 */
export function useInboxKeys(listRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isShortcutPress(event)) return;
      if (event.key === 'Escape' && window.location.hash) return closeItem();
      if (event.key !== 'j' && event.key !== 'k') return;
      const links = Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>('a.inbox-link') ?? []);
      if (links.length === 0) return;
      event.preventDefault();
      const focused = links.findIndex((link) => link === document.activeElement);
      const open = links.findIndex((link) => link.getAttribute('aria-current') === 'true');
      const from = focused >= 0 ? focused : open;
      const step = event.key === 'j' ? 1 : -1;
      const next = from < 0 ? 0 : Math.min(links.length - 1, Math.max(0, from + step));
      links[next].focus();
      links[next].scrollIntoView({ block: 'nearest' });
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [listRef]);
}
