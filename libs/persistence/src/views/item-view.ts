import type { ClassificationView, ItemView, TriageView } from '@auscult/contracts';
import type { ClassificationCorrectionEntity } from '../entities/classification-correction.entity.js';
import type { ClassificationEntity } from '../entities/classification.entity.js';
import type { ItemEntity } from '../entities/item.entity.js';
import type { TriageEntity } from '../entities/triage.entity.js';

export interface ItemRecord {
  item: ItemEntity;
  classification: ClassificationEntity;
  triage: TriageEntity;
  assigneeName: string | null;
  correction: (ClassificationCorrectionEntity & { byEmail: string }) | null;
  /** The case of near-duplicates this item belongs to, when it has more than one item. */
  caseId?: string;
}

function classificationView(
  c: ClassificationEntity,
  correction: ItemRecord['correction'],
): ClassificationView {
  return {
    kind: c.kind,
    urgency: c.urgency,
    topics: c.topics,
    sentiment: c.sentiment,
    confidence: c.confidence,
    complaintDomain: c.complaintDomain,
    explanation: c.explanation,
    modelVersion: c.modelVersion,
    correction: correction && {
      kind: correction.kind,
      urgency: correction.urgency,
      topics: correction.topics,
      by: correction.byEmail,
      at: correction.createdAt.toISOString(),
    },
  };
}

function triageView(t: TriageEntity, assigneeName: string | null): TriageView {
  return {
    status: t.status,
    unit: t.unit,
    assigneeId: t.assigneeId,
    assigneeName,
    dueAt: t.dueAt?.toISOString() ?? null,
    escalationLevel: t.escalationLevel,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
  };
}

/**
 * The one mapping from stored rows to what a viewer sees. `redacted` viewers (executives) get the
 * redacted text and no explanation spans, because spans index into (and quote) the original text.
 */
export function toItemView(r: ItemRecord, { redacted }: { redacted: boolean }): ItemView {
  const classification = classificationView(r.classification, r.correction);
  return {
    id: r.item.id,
    source: r.item.source,
    channel: r.item.channel,
    externalId: r.item.externalId,
    author: redacted ? null : r.item.author,
    text: redacted ? r.item.redactedText : r.item.text,
    isRedacted: redacted,
    postedAt: r.item.postedAt.toISOString(),
    receivedAt: r.item.receivedAt.toISOString(),
    facility: r.item.facility,
    unit: r.triage.unit ?? r.item.unit,
    url: redacted ? null : r.item.url,
    classification: redacted
      ? { ...classification, explanation: { ...classification.explanation, phrases: [] } }
      : classification,
    triage: triageView(r.triage, r.assigneeName),
    ...(r.caseId ? { caseId: r.caseId } : {}),
  };
}
