import {
  slaStateOf,
  type ClassificationView,
  type EvidenceSpan,
  type ItemView,
  type RedactionSpan,
  type TriageView,
} from '@auscult/contracts';
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
  const clock = {
    dueAt: t.dueAt?.toISOString() ?? null,
    warnAt: t.warnAt?.toISOString() ?? null,
    acknowledgedAt: t.acknowledgedAt?.toISOString() ?? null,
  };
  return {
    status: t.status,
    unit: t.unit,
    assigneeId: t.assigneeId,
    assigneeName,
    ...clock,
    slaState: slaStateOf(clock),
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    escalationLevel: t.escalationLevel,
    version: t.version,
    updatedAt: t.updatedAt.toISOString(),
  };
}

/**
 * Evidence phrases re-indexed into the redacted text. A phrase that touches an identifier is dropped:
 * its quote would carry what the redaction removed.
 */
export function phrasesInRedactedText(phrases: EvidenceSpan[], spans: RedactionSpan[]): EvidenceSpan[] {
  return phrases.flatMap((p) => {
    if (spans.some((s) => p.start < s.original.end && s.original.start < p.end)) return [];
    const before = spans.filter((s) => s.original.end <= p.start);
    const shift = before.reduce(
      (acc, s) => acc + (s.redacted.end - s.redacted.start) - (s.original.end - s.original.start),
      0,
    );
    return [{ ...p, start: p.start + shift, end: p.end + shift }];
  });
}

/**
 * The one mapping from stored rows to what a viewer sees: always the redacted text (the original is
 * encrypted and read only through the audited original-text endpoint). Viewers who may not see
 * evidence (`redacted`: executives) get no explanation phrases; others get them re-indexed.
 */
export function toItemView(r: ItemRecord, { redacted }: { redacted: boolean }): ItemView {
  const classification = classificationView(r.classification, r.correction);
  const phrases = redacted
    ? []
    : phrasesInRedactedText(classification.explanation.phrases, r.item.redactionSpans);
  return {
    id: r.item.id,
    source: r.item.source,
    channel: r.item.channel,
    externalId: r.item.externalId,
    author: null,
    text: r.item.redactedText,
    isRedacted: true,
    postedAt: r.item.postedAt.toISOString(),
    receivedAt: r.item.receivedAt.toISOString(),
    facility: r.item.facility,
    unit: r.triage.unit ?? r.item.unit,
    url: null,
    classification: { ...classification, explanation: { ...classification.explanation, phrases } },
    triage: triageView(r.triage, r.assigneeName),
    ...(r.caseId ? { caseId: r.caseId } : {}),
  };
}
