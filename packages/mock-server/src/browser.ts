/**
 * Browser runtime: the handlers in MSW's service worker, for demos, stories and widget tests.
 * The worker script (public/mockServiceWorker.js, also exported as
 * `@budget-citoyen/mock-server/mockServiceWorker.js`) must be served at the page's root:
 * `/mockServiceWorker.js`.
 *
 *   const { api, stop } = await startMockWorker({ baseUrl: '/api/v1' });
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from './api.js';

export { createMockApi, DEFAULT_ADMIN_TOKEN, type MockApi, type MockApiOptions } from './api.js';

export interface MockWorkerOptions extends MockApiOptions {
  /** Where the page serves msw's worker script. @default '/mockServiceWorker.js' */
  serviceWorkerUrl?: string;
  /** Silence MSW's console messages. @default true */
  quiet?: boolean;
  /** What to do with requests no handler matches (pages, assets…). @default 'bypass' */
  onUnhandledRequest?: 'bypass' | 'warn' | 'error';
}

export interface MockWorker {
  worker: SetupWorker;
  api: MockApi;
  /** Stops intercepting (the worker stays registered for the next start). */
  stop: () => void;
}

/** A worker over a fresh mock API, not started yet. */
export function createMockWorker(options: MockApiOptions = {}): { worker: SetupWorker; api: MockApi } {
  const api = createMockApi(options);
  return { worker: setupWorker(...api.handlers), api };
}

/**
 * Resolves once the page is controlled by the service worker. On a first visit, MSW's start can
 * resolve while the new worker is still claiming the page (seen in Firefox): a request made in
 * that gap, such as an EventSource opened at once, goes to the network instead.
 */
export function whenControlled(): Promise<void> {
  const container = navigator.serviceWorker;
  if (!container || container.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 5_000); // never hang a page on it: the worker still answers what it sees
    container.addEventListener('controllerchange', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** Creates the mock API, registers the service worker and resolves once requests are intercepted. */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const { serviceWorkerUrl = '/mockServiceWorker.js', quiet = true, onUnhandledRequest = 'bypass', ...apiOptions } = options;
  const { worker, api } = createMockWorker(apiOptions);
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, quiet, onUnhandledRequest });
  await whenControlled();
  return { worker, api, stop: () => worker.stop() };
}
export { canStreamBodies } from './util/streams.js';
