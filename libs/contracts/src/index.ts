export * from './domain.js';
export * from './classification.js';
export * from './item.js';
export * from './live.js';
export * from './queue.js';
export * from './trends.js';
export * from './sla.js';
export * from './privacy.js';
