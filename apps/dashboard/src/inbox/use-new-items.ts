import { useState } from 'react';
import type { ItemView } from '@auscult/contracts';
import { reveal, splitArrivals } from './new-items';

/**
 * Holds live arrivals above the list until the reader asks for them. The baseline (what the reader
 * has been shown) starts when a list first loads, and again whenever the filters change.
 */
export function useNewItems(items: readonly ItemView[], isLoaded: boolean, listKey: string) {
  const [baseline, setBaseline] = useState<{ key: string; known: ReadonlySet<string> } | null>(null);
  // Adjusting state while rendering (React's pattern for state derived from props): a new list's
  // first render already has its baseline, so nothing flashes as "new".
  if (isLoaded && baseline?.key !== listKey) {
    setBaseline({ key: listKey, known: new Set(items.map((item) => item.id)) });
  }
  const known = baseline?.key === listKey ? baseline.known : null;
  const { pending, shown } = splitArrivals(items, known);
  return {
    pending,
    shown,
    revealPending: () => setBaseline({ key: listKey, known: reveal(known, pending) }),
  };
}
