export * from './config.js';
export * from './redis.js';
export * from './logging.js';
export * from './metrics.js';
