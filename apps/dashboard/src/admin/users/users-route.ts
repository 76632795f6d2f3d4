// The admin screen for people and ingest keys lives at #/admin/users.
import { useSyncExternalStore } from 'react';

export const USERS_HREF = '#/admin/users';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useIsUsersRoute(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash === USERS_HREF,
    () => false,
  );
}

/** "4B, ICU" → ["4B", "ICU"]: the units field as the API wants it. */
export function parseUnits(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((u) => u.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}
