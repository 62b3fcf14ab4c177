/** The contract of `../shared/spec/api.md`, as zod/mini schemas; types are inferred from them. */
export * from './common.js';
export * from './problem.js';
export * from './campaign.js';
export * from './commune.js';
export * from './project.js';
export * from './comptoir.js';
export * from './dossier.js';
export * from './voting.js';
export * from './results.js';
export * from './mock.js';
