// Where the user is lives in the URL hash: `#/<view>` and `#/<view>/items/<id>`, or `#/items/<id>` for
// an item over the role's landing view. A link can be shared on the ward, the back button closes the
// panel, and rows can be plain links that Enter opens.
import { useSyncExternalStore } from 'react';

export const VIEWS = ['inbox', 'board', 'trends', 'admin'] as const;
export type ViewName = (typeof VIEWS)[number];
/** The admin view's pages besides its first (policy, report and units): `#/admin/<section>`. */
export const ADMIN_SECTIONS = ['users', 'audit', 'connectors'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export interface Route {
  /** null: the role's landing view. */
  view: ViewName | null;
  itemId: string | null;
  /** Only with view `admin`: which admin page; absent or null for the first. */
  section?: AdminSection | null;
}

const ROUTE = new RegExp(
  `^#/(?:(${VIEWS.join('|')})(?:/(${ADMIN_SECTIONS.join('|')}))?/?)?(?:items/([^/]+))?$`,
);

export function parseRoute(hash: string): Route {
  const match = ROUTE.exec(hash);
  if (!match) return { view: null, itemId: null };
  const view = (match[1] as ViewName | undefined) ?? null;
  return {
    view,
    itemId: match[3] ? decodeURIComponent(match[3]) : null,
    ...(view === 'admin' ? { section: (match[2] as AdminSection | undefined) ?? null } : {}),
  };
}

export function routeHref({ view, itemId, section }: Route): string {
  const viewPart = view ? `/${view}${view === 'admin' && section ? `/${section}` : ''}` : '';
  const itemPart = itemId ? `/items/${encodeURIComponent(itemId)}` : '';
  const path = `${viewPart}${itemPart}`;
  return path ? `#${path}` : '#/';
}

/** A link to an item that keeps the view the reader is in. */
export function itemHref(id: string): string {
  const { view, section } = currentRoute();
  return routeHref({ view, section, itemId: id });
}

function currentRoute(): Route {
  return parseRoute(window.location.hash);
}

let cached: { hash: string; route: Route } | null = null;
function snapshot(): Route {
  // useSyncExternalStore needs the same object while nothing changed.
  if (cached?.hash !== window.location.hash) cached = { hash: window.location.hash, route: currentRoute() };
  return cached.route;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const NO_ROUTE: Route = { view: null, itemId: null };

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot, () => NO_ROUTE);
}

export function useOpenItemId(): string | null {
  return useRoute().itemId;
}

function navigate(hash: string): void {
  history.pushState(null, '', hash === '#/' ? window.location.pathname + window.location.search : hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function closeItem(): void {
  // Keep the view; only the item part goes.
  navigate(routeHref({ ...currentRoute(), itemId: null }));
}

export function openItem(id: string): void {
  navigate(itemHref(id));
}
