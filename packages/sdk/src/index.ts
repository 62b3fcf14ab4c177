export const VERSION = '0.1.0';

export * from './errors.js';
export * from './schemas/index.js';
export * from './client/index.js';
export * from './contract/index.js';
export * as rules from './rules/index.js';
