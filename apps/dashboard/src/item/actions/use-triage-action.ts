import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ItemKind, ItemView, Topic, Urgency } from '@auscult/contracts';
import { apiRequest, isUnauthorised } from '../../auth/api-client';
import { useSignedIn } from '../../auth/session-context';
import { applyItemEvent } from '../../live/apply-item-event';
import { VersionLedger } from '../../live/item-cache';
import { auditKeys } from './use-audit';
import { conflictItem, describeFailure } from './triage-outcome';
import type { PanelAction } from './triage-permissions';

export interface Correction {
  kind: ItemKind;
  urgency: Urgency;
  topics: Topic[];
}

export interface TriageRequest {
  action: PanelAction;
  note?: string;
  correction?: Correction;
  /** assign: the colleague's user id. */
  assigneeId?: string;
  /** forward: the unit's code. */
  unitCode?: string;
}

/**
 * Writes an item the API answered with through the same merge as live events, so the inbox rows and
 * the panel change at once. A fresh ledger is enough: each cache entry still keeps its highest version.
 */
function putItemInCache(queryClient: QueryClient, item: ItemView): void {
  applyItemEvent(queryClient, new VersionLedger(), 'item.updated', { item, version: item.triage.version });
}

/** Sends one triage action for the item as the viewer last saw it (expectedVersion guards the race). */
export function useTriageAction(item: ItemView) {
  const { accessToken, signOut } = useSignedIn();
  const queryClient = useQueryClient();
  const mutation = useMutation<ItemView, Error, TriageRequest>({
    mutationFn: ({ action, note, correction, assigneeId, unitCode }) =>
      apiRequest<ItemView>(`/api/v1/items/${encodeURIComponent(item.id)}/${action}`, {
        method: 'POST',
        token: accessToken,
        // An empty note is no note: the API refuses a blank one.
        body: {
          expectedVersion: item.triage.version,
          ...(note?.trim() ? { note } : {}),
          ...correction,
          ...(assigneeId ? { assigneeId } : {}),
          ...(unitCode ? { unitCode } : {}),
        },
      }),
    onSuccess: (updated) => putItemInCache(queryClient, updated),
    onError: (error) => {
      if (isUnauthorised(error)) return signOut('ended');
      const current = conflictItem(error);
      if (current) putItemInCache(queryClient, current);
    },
    // Every other action changes the version, which refetches the version-keyed trail by itself.
    onSettled: (_data, _error, { action }) =>
      action === 'note' ? queryClient.invalidateQueries({ queryKey: auditKeys.item(item.id) }) : undefined,
  });
  const failure =
    mutation.isError && mutation.variables
      ? describeFailure(mutation.variables.action, mutation.error)
      : null;
  return { run: mutation.mutate, isPending: mutation.isPending, failure, reset: mutation.reset };
}
