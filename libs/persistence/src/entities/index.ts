import { AuditEventEntity } from './audit-event.entity.js';
import { ClassificationCorrectionEntity } from './classification-correction.entity.js';
import { ClassificationEntity } from './classification.entity.js';
import { IngestKeyEntity } from './ingest-key.entity.js';
import { ItemEntity } from './item.entity.js';
import { TriageEntity } from './triage.entity.js';
import { UnitEntity } from './unit.entity.js';
import { UserEntity } from './user.entity.js';

export {
  AuditEventEntity,
  ClassificationCorrectionEntity,
  ClassificationEntity,
  IngestKeyEntity,
  ItemEntity,
  TriageEntity,
  UnitEntity,
  UserEntity,
};

export const ENTITIES = [
  AuditEventEntity,
  ClassificationCorrectionEntity,
  ClassificationEntity,
  IngestKeyEntity,
  ItemEntity,
  TriageEntity,
  UnitEntity,
  UserEntity,
];
