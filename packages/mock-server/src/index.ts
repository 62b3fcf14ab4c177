/**
 * @budget-citoyen/mock-server — the budget citoyen API as MSW handlers over one in-memory,
 * seeded store. The same handlers run in a browser (`./browser`), in Node tests (`./node`) and
 * as a standalone HTTP server (`./server`, bin `bc-mock-server`).
 */
import { createMockApi } from './api.js';

export { createMockApi, DEFAULT_ADMIN_TOKEN, type MockApi, type MockApiOptions } from './api.js';
export type { MockConfig } from './context.js';
export { DEFAULT_NOW, DEFAULT_SEED, CAMPAIGN_2025, CAMPAIGN_2026 } from './seed/scenario.js';
export { COMMUNES, ARRONDISSEMENTS } from './seed/communes.js';
export { Clock } from './store/clock.js';
export { Store, type StoreEvent } from './store/store.js';
export type { RateLimitOptions, BucketOptions } from './store/rate-limit.js';

/**
 * The default instance's handlers (seed 62, clock in the 2026 vote, paths `/api/v1` on any
 * origin). Its data is seeded on the first request. For isolation between tests, prefer
 * `createMockApi()`.
 */
export const defaultMockApi = createMockApi();
export const handlers = defaultMockApi.handlers;
