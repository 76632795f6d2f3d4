import type { ItemView } from '@auscult/contracts';
import { randomUUID } from 'node:crypto';

/** A minimal, valid ItemView; tests override only what they are about. */
export function makeItemView(
  overrides: Partial<ItemView> & { kind?: ItemView['classification']['kind'] } = {},
): ItemView {
  const { kind = 'care_need', ...rest } = overrides;
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    source: 'test',
    channel: 'social',
    externalId: randomUUID(),
    author: null,
    text: 'in pain on ward 4B',
    isRedacted: false,
    postedAt: now,
    receivedAt: now,
    facility: null,
    unit: '4B',
    url: null,
    classification: {
      kind,
      urgency: 'high',
      topics: ['pain'],
      sentiment: -0.6,
      confidence: 0.9,
      complaintDomain: 'clinical',
      explanation: { phrases: [], rules: [], summary: 'test' },
      modelVersion: 'test',
      correction: null,
    },
    triage: {
      status: 'new',
      unit: '4B',
      assigneeId: null,
      assigneeName: null,
      dueAt: null,
      warnAt: null,
      slaState: null,
      acknowledgedAt: null,
      resolvedAt: null,
      escalationLevel: 0,
      version: 1,
      updatedAt: now,
    },
    ...rest,
  };
}
