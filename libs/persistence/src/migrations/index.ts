import { InitialSchema1795420800000 } from './1795420800000-initial-schema.js';
import { ConnectorIntake1795600000000 } from './1795600000000-connector-intake.js';
import { ConnectorCursors1795605000000 } from './1795605000000-connector-cursors.js';
import { ItemCases1795606000000 } from './1795606000000-item-cases.js';

/** Every migration, in order. Listed explicitly so the compiled app needs no glob at run time. */
export const MIGRATIONS = [
  InitialSchema1795420800000,
  ConnectorIntake1795600000000,
  ConnectorCursors1795605000000,
  ItemCases1795606000000,
];
