import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../auth/api-client';
import { useSignedIn } from '../../auth/session-context';

/** One entry of GET /api/v1/items/:id/audit, oldest first. */
export interface AuditEvent {
  id: string;
  at: string;
  /** e.g. `user:px@auscult.local`, `system:worker`. */
  actorLabel: string;
  /** e.g. `triage.claim`. */
  action: string;
  fromState: unknown;
  toState: unknown;
  note: string | null;
}

export const auditKeys = {
  item: (id: string) => ['audit', id] as const,
  version: (id: string, version: number) => ['audit', id, version] as const,
};

/** The item's audit trail; keyed by triage version so any change (ours or a colleague's) refetches it. */
export function useAudit(id: string, version: number) {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: auditKeys.version(id, version),
    queryFn: ({ signal }) =>
      apiRequest<AuditEvent[]>(`/api/v1/items/${encodeURIComponent(id)}/audit`, {
        token: accessToken,
        signal,
      }),
    // Keep the old trail on screen while the new one loads, instead of flashing "Loading".
    placeholderData: keepPreviousData,
  });
}
