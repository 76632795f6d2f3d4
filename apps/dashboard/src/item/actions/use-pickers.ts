// What the assign and forward forms choose from: the PX team and the units.
import { useQuery } from '@tanstack/react-query';
import type { TeamMemberView } from '@auscult/contracts';
import { apiRequest } from '../../auth/api-client';
import { useSignedIn } from '../../auth/session-context';

export { useUnits } from '../../admin/use-admin';

export function useTeam() {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: ['team'] as const,
    queryFn: ({ signal }) => apiRequest<TeamMemberView[]>('/api/v1/team', { token: accessToken, signal }),
    // People change rarely; a panel opened many times a minute need not ask each time.
    staleTime: 60_000,
  });
}
