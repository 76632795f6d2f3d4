// The admin audit screen's filters as the API's query string; empty fields are left out.
export interface AuditFilters {
  actor: string;
  action: string;
  itemId: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { actor: '', action: '', itemId: '', from: '', to: '' };

/** `from`/`to` come from datetime-local inputs (local time, no zone): sent as ISO instants. */
export function auditQueryString(f: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (f.actor.trim()) params.set('actor', f.actor.trim());
  if (f.action.trim()) params.set('action', f.action.trim());
  if (f.itemId.trim()) params.set('itemId', f.itemId.trim());
  if (f.from) params.set('from', new Date(f.from).toISOString());
  if (f.to) params.set('to', new Date(f.to).toISOString());
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
