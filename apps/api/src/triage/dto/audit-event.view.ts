/** One entry of GET /api/v1/items/:id/audit. The remote address stays in the database. */
export interface AuditEventView {
  id: string;
  at: string;
  actorLabel: string;
  action: string;
  fromState: object | null;
  toState: object | null;
  note: string | null;
}
