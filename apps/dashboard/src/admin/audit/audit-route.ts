// The admin audit screen lives at #/admin/audit, beside the item hash routes.
import { useSyncExternalStore } from 'react';

export const AUDIT_HREF = '#/admin/audit';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useIsAuditRoute(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash === AUDIT_HREF,
    () => false,
  );
}
