import type {
  ClientToServerEvents,
  ItemEvent,
  LiveEventName,
  ServerToClientEvents,
} from '@auscult/contracts';
import type { Namespace } from 'socket.io';

export type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;

/** Every live send goes through here: one event name (typed), one view per audience room. */
export function emitItemEvents(
  nsp: LiveNamespace,
  name: LiveEventName,
  events: { room: string; event: ItemEvent }[],
): void {
  for (const { room, event } of events) nsp.to(room).emit(name, event);
}
