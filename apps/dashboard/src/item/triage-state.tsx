import type { TriageView } from '@auscult/contracts';
import { STATUS_LABELS, formatDateTime } from '../ui/labels';

export function TriageState({ triage, facility }: { triage: TriageView; facility: string | null }) {
  return (
    <section className="subsection" aria-labelledby="triage-title">
      <h3 id="triage-title">Triage</h3>
      <dl className="facts">
        <dt>Status</dt>
        <dd data-testid="triage-status">{STATUS_LABELS[triage.status]}</dd>
        <dt>Unit</dt>
        <dd data-testid="triage-unit">
          {[facility, triage.unit].filter(Boolean).join(' · ') || 'Not routed'}
        </dd>
        <dt>Assignee</dt>
        <dd data-testid="triage-assignee">{triage.assigneeName ?? 'Unassigned'}</dd>
        <dt>Due</dt>
        <dd>{triage.dueAt ? formatDateTime(triage.dueAt) : 'No deadline'}</dd>
        <dt>Escalation</dt>
        <dd>{triage.escalationLevel > 0 ? `Level ${triage.escalationLevel}` : 'None'}</dd>
        <dt>Updated</dt>
        <dd>
          {formatDateTime(triage.updatedAt)} (version {triage.version})
        </dd>
      </dl>
    </section>
  );
}
