/// <reference path="./mocha-globals.d.ts" />
export * from './axe.js';
export * from './fixtures.js';
export * from './media.js';
export * from './mock-api.js';
export * from './mock-data.js';
export * from './streams.js';
export * from './worker.js';
