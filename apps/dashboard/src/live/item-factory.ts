// A small factory of ItemView values for unit tests.
import type { ItemEvent, ItemView } from '@auscult/contracts';

let sequence = 0;

export function makeItem(overrides: Partial<ItemView> = {}, version = 1): ItemView {
  sequence += 1;
  const id = overrides.id ?? `item-${sequence}`;
  return {
    id,
    source: 'test',
    channel: 'social',
    externalId: id,
    author: null,
    text: 'The call bell went unanswered',
    isRedacted: false,
    postedAt: '2026-11-23T10:00:00.000Z',
    receivedAt: '2026-11-23T10:00:00.000Z',
    facility: null,
    unit: '4B',
    url: null,
    classification: {
      kind: 'care_need',
      urgency: 'high',
      topics: ['call_bell'],
      sentiment: -0.6,
      confidence: 0.9,
      complaintDomain: 'clinical',
      explanation: { phrases: [], rules: [], summary: 'care need' },
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
      version,
      updatedAt: '2026-11-23T10:00:00.000Z',
    },
    ...overrides,
  };
}

export function eventFor(item: ItemView): ItemEvent {
  return { item, version: item.triage.version };
}

export function withVersion(
  item: ItemView,
  version: number,
  triage: Partial<ItemView['triage']> = {},
): ItemView {
  return { ...item, triage: { ...item.triage, ...triage, version } };
}
