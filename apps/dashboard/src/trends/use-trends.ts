import { useQuery } from '@tanstack/react-query';
import type { Role, TrendsResponse } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';
import { lastHoursWindow } from './trend-series';

/** The roles GET /api/v1/trends answers: aggregate views, not a ward nurse's queue. */
export const TREND_ROLES: readonly Role[] = ['px', 'executive', 'admin', 'charge_nurse'];

export const trendKeys = {
  all: ['trends'] as const,
  lastHours: ['trends', 'last-12h'] as const,
};

// Live events add new items locally; the refetch corrects what they cannot know
// (reclassifications, items this socket missed, the window moving on).
const REFETCH_MS = 60_000;

export function useLastHoursTrends() {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: trendKeys.lastHours,
    queryFn: ({ signal }) => {
      const { from, to } = lastHoursWindow(new Date());
      const params = new URLSearchParams({ from, to, bucket: 'hour' });
      return apiRequest<TrendsResponse>(`/api/v1/trends?${params.toString()}`, {
        token: accessToken,
        signal,
      });
    },
    refetchInterval: REFETCH_MS,
  });
}
