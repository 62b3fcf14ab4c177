/// <reference path="./mocha-globals.d.ts" />
export * from './axe.js';
export * from './fixtures.js';
export * from './media.js';
export * from './mock.js';
export * from './overrides.js';
export * from './streams.js';
export * from './worker.js';
