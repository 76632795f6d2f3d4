import { InitialSchema1795420800000 } from './1795420800000-initial-schema.js';
import { WorkingClassificationSlaSearch1795500000000 } from './1795500000000-working-classification-sla-search.js';

/** Every migration, in order. Listed explicitly so the compiled app needs no glob at run time. */
export const MIGRATIONS = [InitialSchema1795420800000, WorkingClassificationSlaSearch1795500000000];
