import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiRequest } from '../../auth/api-client';
import { useSignedIn } from '../../auth/session-context';
import { formatDateTime } from '../../ui/labels';
import { auditQueryString, NO_FILTERS, type AuditFilters } from './audit-query';

interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  itemId: string | null;
  note: string | null;
  remoteAddress: string | null;
  userAgent: string | null;
}

interface AuditPage {
  events: AuditEntry[];
  nextCursor: string | null;
}

const FIELDS: { key: keyof AuditFilters; label: string; type: string; placeholder?: string }[] = [
  { key: 'actor', label: 'Actor', type: 'text', placeholder: 'nurse.4b@' },
  { key: 'action', label: 'Action', type: 'text', placeholder: 'item.original_read' },
  { key: 'itemId', label: 'Item id', type: 'text' },
  { key: 'from', label: 'From', type: 'datetime-local' },
  { key: 'to', label: 'Until', type: 'datetime-local' },
];

/** Admins search the audit trail and export what they found as CSV (the export is audited too). */
export function AuditPageScreen() {
  const { accessToken } = useSignedIn();
  const [draft, setDraft] = useState<AuditFilters>(NO_FILTERS);
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [exportError, setExportError] = useState<string | null>(null);
  const query = useInfiniteQuery({
    queryKey: ['admin-audit', filters],
    initialPageParam: '',
    queryFn: ({ pageParam, signal }) =>
      apiRequest<AuditPage>(
        `/api/v1/admin/audit${auditQueryString(filters, pageParam ? { cursor: pageParam } : {})}`,
        {
          token: accessToken,
          signal,
        },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  function search(e: FormEvent) {
    e.preventDefault();
    setFilters(draft);
  }

  // A plain link cannot carry the bearer token: fetch the CSV and hand the browser a file.
  async function exportCsv() {
    setExportError(null);
    const res = await fetch(`/api/v1/admin/audit.csv${auditQueryString(filters)}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (!res.ok) return setExportError(`Export failed: ${res.status}`);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'auscult-audit.csv';
    a.click();
    URL.revokeObjectURL(url);
  }

  const events = query.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <section className="admin-audit pad" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit trail</h2>
      <form className="audit-filters" onSubmit={search}>
        {FIELDS.map((f) => (
          <label key={f.key}>
            {f.label}
            <input
              type={f.type}
              value={draft[f.key]}
              placeholder={f.placeholder}
              onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit">Search</button>
        <button type="button" onClick={exportCsv}>
          Export CSV
        </button>
      </form>
      {exportError && (
        <p role="alert" className="form-error">
          {exportError}
        </p>
      )}
      {query.isError && (
        <p role="alert" className="form-error">
          {query.error.message}
        </p>
      )}
      <table className="audit-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Item</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at)}</td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td className="mono">{e.itemId ? e.itemId.slice(0, 8) : ''}</td>
              <td className="small">{[e.remoteAddress, e.userAgent].filter(Boolean).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {query.data && events.length === 0 && <p className="muted">No audit events match.</p>}
      {query.hasNextPage && (
        <button type="button" onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
