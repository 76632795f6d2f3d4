// Which views each role works in; the first is where the role lands after signing in.
import type { Role } from '@auscult/contracts';
import type { ViewName } from './hash-route';

export const ROLE_VIEWS: Record<Role, readonly ViewName[]> = {
  nurse: ['board', 'inbox'],
  charge_nurse: ['board', 'inbox', 'trends'],
  px: ['inbox', 'trends'],
  executive: ['trends'],
  admin: ['inbox', 'trends', 'admin'],
};

export const VIEW_LABELS: Record<ViewName, string> = {
  board: 'Care board',
  inbox: 'Inbox',
  trends: 'Trends',
  admin: 'Admin',
};

/** The view to show: the one asked for when the role has it, else the role's landing view. */
export function viewFor(role: Role, requested: ViewName | null): ViewName {
  const views = ROLE_VIEWS[role];
  return requested && views.includes(requested) ? requested : views[0];
}
