// The "N new" marker: items that arrive while the reader is in the list wait above it, so nothing the
// reader is looking at moves, until the reader asks to see them.

/**
 * Splits a list (newest first) into the arrivals the reader has not been shown (the leading run of
 * items not in `known`) and the rest. Everything after the first known item is shown: older pages and
 * items updated into the middle of the list do not push what is on screen down from above.
 * `known === null`: the list has no baseline yet, so everything is shown.
 */
export function splitArrivals<T extends { id: string }>(
  items: readonly T[],
  known: ReadonlySet<string> | null,
): { pending: T[]; shown: T[] } {
  if (known === null) return { pending: [], shown: [...items] };
  let firstKnown = 0;
  while (firstKnown < items.length && !known.has(items[firstKnown].id)) firstKnown += 1;
  // Nothing known left in the list (say the reader's items were all resolved under a status filter):
  // still nothing jumps in unasked.
  return { pending: items.slice(0, firstKnown), shown: items.slice(firstKnown) };
}

/** The known ids after the reader asked to see the pending arrivals. */
export function reveal(known: ReadonlySet<string> | null, pending: readonly { id: string }[]): Set<string> {
  const next = new Set(known);
  for (const item of pending) next.add(item.id);
  return next;
}

/** The marker's words: "1 new item", "12 new items". */
export function newItemsLabel(count: number): string {
  return `${count} new ${count === 1 ? 'item' : 'items'}`;
}
