export * from './live-server-options.js';
export * from './emit-item-events.js';
export * from './live-emitter.js';
