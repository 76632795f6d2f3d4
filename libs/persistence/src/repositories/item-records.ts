import { In, type EntityManager } from 'typeorm';
import type { ItemEvent } from '@auscult/contracts';
import { audiencesForItem } from '@auscult/contracts';
import { ClassificationCorrectionEntity } from '../entities/classification-correction.entity.js';
import { ClassificationEntity } from '../entities/classification.entity.js';
import { ItemEntity } from '../entities/item.entity.js';
import { TriageEntity } from '../entities/triage.entity.js';
import { UserEntity } from '../entities/user.entity.js';
import { toItemView, type ItemRecord } from '../views/item-view.js';

/** Loads whole item records (item, classification, triage, assignee, latest correction), in the order of `ids`. */
export async function loadItemRecords(em: EntityManager, ids: string[]): Promise<ItemRecord[]> {
  if (ids.length === 0) return [];
  const [items, classifications, triage, corrections, cases] = await Promise.all([
    em.findBy(ItemEntity, { id: In(ids) }),
    em.findBy(ClassificationEntity, { itemId: In(ids) }),
    em.findBy(TriageEntity, { itemId: In(ids) }),
    em.find(ClassificationCorrectionEntity, { where: { itemId: In(ids) }, order: { createdAt: 'ASC' } }),
    loadSharedCases(em, ids),
  ]);
  const userIds = [
    ...new Set([...triage.map((t) => t.assigneeId), ...corrections.map((c) => c.createdBy)]),
  ].filter((id): id is string => id !== null);
  const users = userIds.length ? await em.findBy(UserEntity, { id: In(userIds) }) : [];
  const userById = new Map(users.map((u) => [u.id, u]));
  const byId = <T extends { itemId: string }>(rows: T[]) => new Map(rows.map((r) => [r.itemId, r]));
  const cById = byId(classifications);
  const tById = byId(triage);
  const latestCorrection = byId(corrections); // ascending order: the last one wins
  const itemById = new Map(items.map((i) => [i.id, i]));
  return ids.flatMap((id) => {
    const item = itemById.get(id);
    const classification = cById.get(id);
    const t = tById.get(id);
    if (!item || !classification || !t) return [];
    const correction = latestCorrection.get(id);
    const caseId = cases.get(id);
    return [
      {
        item,
        classification,
        triage: t,
        assigneeName: t.assigneeId ? (userById.get(t.assigneeId)?.name ?? null) : null,
        correction: correction
          ? Object.assign(correction, { byEmail: userById.get(correction.createdBy)?.email ?? 'unknown' })
          : null,
        ...(caseId ? { caseId } : {}),
      },
    ];
  });
}

/** item id → case id, for items whose case of near-duplicates holds more than one item. */
async function loadSharedCases(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const rows: { item_id: string; case_id: string }[] = await em.query(
    `SELECT c.item_id, c.case_id FROM item_cases c
      WHERE c.item_id = ANY($1::uuid[])
        AND EXISTS (SELECT 1 FROM item_cases o WHERE o.case_id = c.case_id AND o.item_id <> c.item_id)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.item_id, r.case_id]));
}

/** The live events of one item: one per audience room, each with the view that audience may see. */
export function itemEventsFor(record: ItemRecord): { room: string; event: ItemEvent }[] {
  const full = toItemView(record, { redacted: false });
  // Audiences by the working kind: a care need reclassified by a person reaches (or leaves) the unit boards.
  const audiences = audiencesForItem({ unit: full.unit, classification: { kind: record.triage.kind } });
  return audiences.map(({ room, redacted }) => {
    const item = redacted ? toItemView(record, { redacted: true }) : full;
    return { room, event: { item, version: record.triage.version } };
  });
}
