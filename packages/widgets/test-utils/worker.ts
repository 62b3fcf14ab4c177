/**
 * One MSW service worker per test file, the request log, and the reset between tests.
 *
 * ```ts
 * before(() => startWorker());
 * afterEach(() => resetMock());
 * ```
 */
import { fixtureCleanup, waitUntil } from '@open-wc/testing';
import { whenControlled } from '@budget-citoyen/mock-server/browser';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { resetSharedClients } from '../src/base/client.js';
import { handlers, resetMockData } from './mock-api.js';

export let worker: SetupWorker;
const seen: Request[] = [];
let started: Promise<unknown> | undefined;

/** Starts the worker with the default handlers (once per file; later calls return the same promise). */
export function startWorker(): Promise<unknown> {
  started ??= (async () => {
    worker = setupWorker(...handlers);
    worker.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.startsWith('/api/')) seen.push(request);
    });
    await worker.start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      quiet: true,
      onUnhandledRequest(request, print) {
        if (new URL(request.url).pathname.startsWith('/api/')) print.error();
      },
    });
    await whenControlled();
  })();
  return started;
}

/** API requests the worker saw since the last reset, oldest first. */
export function requests(): Request[] {
  return [...seen];
}

/** The API requests whose path ends with `suffix` (e.g. `/projects`), as URLs. */
export function requestsTo(suffix: string): URL[] {
  return seen.map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith(suffix));
}

/**
 * Waits until the worker has seen a request to `suffix`. A test that ends while its request is
 * still on its way (a loading state) must wait for it, or the request lands in the next test's
 * log and meets the next test's handlers.
 */
export async function waitForRequest(suffix: string, count = 1): Promise<void> {
  await waitUntil(() => requestsTo(suffix).length >= count, `no request to ${suffix}`, { timeout: 4000 });
}

/** After each test: default handlers and data, an empty request log, fresh shared clients. */
export function resetMock(): void {
  // The test's widgets leave first (open-wc would remove them only after this hook): one still
  // in the page could fetch through the fresh shared client below and leave its answer, at this
  // test's mock clock, in the next test's cache.
  fixtureCleanup();
  worker?.resetHandlers();
  resetMockData();
  resetSharedClients();
  seen.length = 0;
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable; nothing to clear then.
  }
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}
