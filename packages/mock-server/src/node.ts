/**
 * Node runtime: the handlers behind `setupServer` (msw/node), for tests of code that calls
 * `fetch`. Each `createMockServer()` has its own store and clock.
 *
 *   const { server, api } = createMockServer();
 *   before(() => server.listen({ onUnhandledRequest: 'error' }));
 *   afterEach(() => { server.resetHandlers(); api.reset(); });
 *   after(() => server.close());
 */
import { setupServer, type SetupServer } from 'msw/node';
import { createMockApi, type MockApi, type MockApiOptions } from './api.js';

export { createMockApi, DEFAULT_ADMIN_TOKEN, type MockApi, type MockApiOptions } from './api.js';

export interface MockServer {
  server: SetupServer;
  api: MockApi;
}

export function createMockServer(options: MockApiOptions = {}): MockServer {
  const api = createMockApi(options);
  return { server: setupServer(...api.handlers), api };
}

/**
 * The usual MSW idiom, over the default instance (`/api/v1` on any origin):
 * `import { server, api } from '@budget-citoyen/mock-server/node'`. Nothing is intercepted
 * until `server.listen()`.
 */
export const { server, api }: MockServer = createMockServer();
