// The open item lives in the URL hash (#/items/<id>): a link can be shared on the ward,
// the back button closes the panel, and rows can be plain links that Enter opens.
import { useSyncExternalStore } from 'react';

const ITEM_HASH = /^#\/items\/([^/]+)$/;

export function itemHref(id: string): string {
  return `#/items/${encodeURIComponent(id)}`;
}

function openItemFromHash(): string | null {
  const match = ITEM_HASH.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useOpenItemId(): string | null {
  return useSyncExternalStore(subscribe, openItemFromHash, () => null);
}

export function closeItem(): void {
  // Keep the path and query; only the hash names the open item.
  history.pushState(null, '', window.location.pathname + window.location.search);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
