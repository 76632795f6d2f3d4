// Only entity classes are exported here: the data source registers everything this module exports.
export * from './audit-event.entity.js';
export * from './auth-session.entity.js';
export * from './classification-correction.entity.js';
export * from './classification.entity.js';
export * from './ingest-key.entity.js';
export * from './item.entity.js';
export * from './triage.entity.js';
export * from './unit.entity.js';
export * from './user.entity.js';
export * from './sla-policy.entity.js';
export * from './facility-settings.entity.js';
export * from './reply-template.entity.js';
