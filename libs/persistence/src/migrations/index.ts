import { InitialSchema1795420800000 } from './1795420800000-initial-schema.js';
import { WorkingClassificationSlaSearch1795500000000 } from './1795500000000-working-classification-sla-search.js';
import { TrendRollups1795510000000 } from './1795510000000-trend-rollups.js';
import { ConnectorIntake1795600000000 } from './1795600000000-connector-intake.js';
import { ConnectorCursors1795605000000 } from './1795605000000-connector-cursors.js';
import { ItemCases1795606000000 } from './1795606000000-item-cases.js';
import { AuthSessions1795700000000 } from './1795700000000-auth-sessions.js';
import { ItemOriginalsEncrypted1795705000000 } from './1795705000000-item-originals-encrypted.js';
import { ReplyTemplates1795706000000 } from './1795706000000-reply-templates.js';

/** Every migration, in order. Listed explicitly so the compiled app needs no glob at run time. */
export const MIGRATIONS = [
  InitialSchema1795420800000,
  WorkingClassificationSlaSearch1795500000000,
  TrendRollups1795510000000,
  ConnectorIntake1795600000000,
  ConnectorCursors1795605000000,
  ItemCases1795606000000,
  AuthSessions1795700000000,
  ItemOriginalsEncrypted1795705000000,
  ReplyTemplates1795706000000,
];
