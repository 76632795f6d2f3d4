// The admin's connectors page lives at #/admin/connectors, beside the item hash route.
import { useSyncExternalStore } from 'react';

export const CONNECTORS_HREF = '#/admin/connectors';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useIsConnectorsRoute(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash === CONNECTORS_HREF,
    () => false,
  );
}
