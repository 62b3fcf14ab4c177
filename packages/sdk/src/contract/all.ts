/**
 * Every endpoint of the contract table, each under its name (the name is its `operationId`).
 * `import * as endpoints from './all.js'` is the index the mock server, the OpenAPI generator
 * and the tests walk; the client imports the rows it calls one by one.
 */
export * from './campaigns.js';
export * from './communes.js';
export * from './projects.js';
export * from './comptoirs.js';
export * from './dossiers.js';
export * from './voting.js';
export * from './results.js';
export * from './admin.js';
export * from './mock.js';
