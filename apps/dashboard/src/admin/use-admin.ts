// The admin screens' server state: SLA policies, the SLA report, units and their aliases.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SlaPolicy, SlaPolicyUpdate, SlaReport, UnitView } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';

export const adminKeys = {
  slaPolicies: ['sla-policy'] as const,
  slaReport: (from: string, to: string) => ['reports', 'sla', from, to] as const,
  units: ['units'] as const,
};

export function useSlaPolicies() {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: adminKeys.slaPolicies,
    queryFn: ({ signal }) => apiRequest<SlaPolicy[]>('/api/v1/sla-policy', { token: accessToken, signal }),
  });
}

export function useSaveSlaPolicy() {
  const { accessToken } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: SlaPolicyUpdate) =>
      apiRequest<SlaPolicy>('/api/v1/sla-policy', { method: 'PUT', token: accessToken, body: update }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.slaPolicies }),
  });
}

export function useSlaReport(from: string, to: string) {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: adminKeys.slaReport(from, to),
    queryFn: ({ signal }) =>
      apiRequest<SlaReport>(`/api/v1/reports/sla?${new URLSearchParams({ from, to }).toString()}`, {
        token: accessToken,
        signal,
      }),
  });
}

export function useUnits() {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: adminKeys.units,
    queryFn: ({ signal }) => apiRequest<UnitView[]>('/api/v1/units', { token: accessToken, signal }),
  });
}

export function useSaveAliases(code: string) {
  const { accessToken } = useSignedIn();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (aliases: string[]) =>
      apiRequest<UnitView>(`/api/v1/units/${encodeURIComponent(code)}/aliases`, {
        method: 'PUT',
        token: accessToken,
        body: { aliases },
      }),
    onSuccess: (unit) =>
      queryClient.setQueryData<UnitView[]>(adminKeys.units, (units) =>
        units?.map((u) => (u.code === unit.code && u.facility === unit.facility ? unit : u)),
      ),
  });
}
