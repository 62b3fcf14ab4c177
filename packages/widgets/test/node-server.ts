/**
 * The mock server of a Node test file (msw's `setupServer` over the mock's handlers): what
 * reaches it, logged; listening during the suite; its handlers, the file's own state and the
 * log back after each test.
 */
import { after, afterEach, before } from 'node:test';
import type { SetupServer } from 'msw/node';

/** A request that reached the server: method, path and Idempotency-Key. */
export interface Received {
  method: string;
  path: string;
  key: string | null;
}

/** The log of what reaches `server`, oldest first (emptied after each test by `serveDuringSuite`). */
export function logRequests(server: SetupServer): Received[] {
  const requests: Received[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push({ method: request.method, path: new URL(request.url).pathname, key: request.headers.get('idempotency-key') });
  });
  return requests;
}

/**
 * Hooks, called first in the suite (its own `before` may then use the server): `server`
 * listens, a request it does not handle failing the test; after each test, `reset()` puts the
 * file's state back, then the handlers and the log are reset.
 */
export function serveDuringSuite(server: SetupServer, requests: Received[], reset: () => void): void {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    reset();
    server.resetHandlers();
    requests.length = 0;
  });
  after(() => server.close());
}
