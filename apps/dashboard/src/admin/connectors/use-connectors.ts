// Admin data for connectors: health (refetched every 30 s, so an alert shows without a reload),
// rejected payloads, and replaying one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConnectorHealthResponse, RejectedItemPage } from '@auscult/contracts';
import { apiRequest } from '../../auth/api-client';
import { useSignedIn } from '../../auth/session-context';

export const connectorKeys = {
  health: ['admin', 'connectors'] as const,
  rejected: ['admin', 'rejected'] as const,
};

const HEALTH_REFETCH_MS = 30_000;

export interface ReplayResult {
  outcome: 'accepted' | 'still_rejected';
  items: { id: string; externalId: string; duplicate: boolean }[];
  reasons: string[];
}

export function useConnectorHealth() {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: connectorKeys.health,
    queryFn: ({ signal }) =>
      apiRequest<ConnectorHealthResponse>('/api/v1/admin/connectors', { token: accessToken, signal }),
    refetchInterval: HEALTH_REFETCH_MS,
  });
}

export function useRejectedItems() {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: connectorKeys.rejected,
    queryFn: ({ signal }) =>
      apiRequest<RejectedItemPage>('/api/v1/admin/rejected?limit=50', { token: accessToken, signal }),
  });
}

export function useReplay() {
  const { accessToken } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<ReplayResult>(`/api/v1/admin/rejected/${encodeURIComponent(id)}/replay`, {
        token: accessToken,
        method: 'POST',
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}

/** The unit's QR code as an object URL for an <img> (the SVG needs the admin's token to fetch). */
export async function fetchUnitQr(token: string, unitCode: string): Promise<{ src: string; url: string }> {
  const res = await fetch(`/api/v1/units/${encodeURIComponent(unitCode)}/qr.svg`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(res.status === 404 ? `No unit ${unitCode}.` : `QR code: ${res.status}`);
  return { src: URL.createObjectURL(await res.blob()), url: res.headers.get('x-feedback-url') ?? '' };
}
