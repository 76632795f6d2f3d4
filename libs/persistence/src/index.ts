export * from './entities/index.js';
export * from './data-source.js';
export * from './credentials.js';
export * from './demo/demo-data.js';
export * from './demo/seed-demo.js';
export { MIGRATIONS } from './migrations/index.js';
export * from './views/item-view.js';
export * from './repositories/item-records.js';
export * from './sla/sla-windows.js';
