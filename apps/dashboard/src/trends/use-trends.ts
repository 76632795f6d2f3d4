import { useQuery } from '@tanstack/react-query';
import type { TrendsResponse } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';
import { rangeWindow, type TrendRange } from './trend-series';

export const trendKeys = {
  all: ['trends'] as const,
  range: (range: TrendRange) => ['trends', range] as const,
};

// Live events add new items locally; the refetch corrects what they cannot know
// (reclassifications, response times, items this socket missed, the window moving on).
const REFETCH_MS = 60_000;

export function useTrends(range: TrendRange) {
  const { accessToken } = useSignedIn();
  return useQuery({
    queryKey: trendKeys.range(range),
    queryFn: ({ signal }) => {
      const { from, to, bucket } = rangeWindow(range, new Date());
      const params = new URLSearchParams({ from, to, bucket });
      return apiRequest<TrendsResponse>(`/api/v1/trends?${params.toString()}`, {
        token: accessToken,
        signal,
      });
    },
    refetchInterval: REFETCH_MS,
  });
}
