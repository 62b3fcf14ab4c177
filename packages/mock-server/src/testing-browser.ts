/**
 * `@budget-citoyen/mock-server/testing/browser`: a test mock in MSW's service worker, started
 * once per test file (the page must serve MSW's worker script, as `./browser` explains).
 * Per test: `worker.use(…)` overrides in front of the mock's handlers, `worker.resetHandlers()`
 * and `mock.load()` after each.
 *
 *   const mock = createTestMock();
 *   const worker = await startTestWorker(mock);
 */
import type { HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { whenControlled } from './browser.js';
import type { TestMock } from './testing.js';

export interface TestWorkerOptions {
  /** Where the page serves MSW's worker script. @default '/mockServiceWorker.js' */
  serviceWorkerUrl?: string;
  /** Handlers after the mock's, for what the API does not serve (a page's images…). */
  handlers?: HttpHandler[];
}

/**
 * Resolves once the page's requests are intercepted. A request to the mock's API that no handler
 * answers is an error (printed by MSW, and a network error for the page); others go to the network.
 */
export async function startTestWorker(mock: TestMock, options: TestWorkerOptions = {}): Promise<SetupWorker> {
  const worker = setupWorker(...mock.handlers, ...(options.handlers ?? []));
  const apiPath = new URL(mock.options.baseUrl, location.origin).pathname.replace(/\/+$/, '');
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith(apiPath)) print.error();
    },
  });
  await whenControlled();
  return worker;
}
