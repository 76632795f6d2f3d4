// What the panel says when the API refuses an action, and the item a refusal carries back.
import type { ItemView } from '@auscult/contracts';
import { ApiError } from '../../auth/api-client';
import { STATUS_LABELS } from '../../ui/labels';
import type { PanelAction } from './triage-permissions';

const DOING: Record<PanelAction, string> = {
  acknowledge: 'acknowledge this item',
  claim: 'claim this item',
  assign: 'assign this item',
  forward: 'forward this care need',
  resolve: 'resolve this item',
  dismiss: 'dismiss this item',
  note: 'add the note',
  reclassify: 'save the correction',
};

/** The item in a 409's body: the state someone else left it in, so the reader sees who has it. */
export function conflictItem(error: unknown): ItemView | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('item' in body)) return null;
  const item: unknown = body.item;
  const looksLikeItem =
    typeof item === 'object' && item !== null && 'id' in item && 'triage' in item && 'classification' in item;
  return looksLikeItem ? (item as ItemView) : null;
}

/** A stale-version refusal does not say who has the item now; the item it carries does. */
function withWhoHasIt(message: string, current: ItemView | null): string {
  const holder = current?.triage.assigneeName;
  if (!current || !holder || message.includes(holder)) return message;
  return `${message} It is now ${STATUS_LABELS[current.triage.status].toLowerCase()}, with ${holder}.`;
}

/** One plain sentence for the person; a conflict's own message already says who or what got there first. */
export function describeFailure(action: PanelAction, error: unknown): string {
  if (!(error instanceof ApiError)) return `Could not ${DOING[action]}: the server could not be reached.`;
  switch (error.status) {
    case 409:
      return withWhoHasIt(error.message, conflictItem(error));
    case 403:
      return `You may not ${DOING[action]}. ${error.message}`;
    case 404:
      return 'This item is no longer within your reach.';
    default:
      return `Could not ${DOING[action]}: ${error.message}`;
  }
}
