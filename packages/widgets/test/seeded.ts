/**
 * The project's mock server with its seeded data (`@budget-citoyen/mock-server/browser`: real
 * communes, both campaigns, data: images, live results), rather than the small test fixture,
 * answering this test's API requests until the reset (`worker.use()`).
 */
import { createMockApi } from '@budget-citoyen/mock-server/browser';
import { API } from './mock.js';
import { worker } from './worker.js';

/** Puts the seeded mock server in front for this test, its clock at `now` when given. */
export function useSeededMock(now?: string): void {
  const api = createMockApi({ baseUrl: API, rateLimit: false, ...(now === undefined ? {} : { now }) });
  worker.use(...api.handlers);
}
