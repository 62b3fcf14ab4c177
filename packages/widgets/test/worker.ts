/**
 * One MSW service worker per test file, answering with the page's mock API (./mock.ts); the
 * log of requests and answers; the reset between tests.
 *
 * ```ts
 * useWorker();                                       // or useWorker({ now: AGENDA_NOW })
 * it('…', () => { worker.use(http.get(…, () => delay('infinite'))); … });   // this test only
 * ```
 */
import { fixtureCleanup, waitUntil } from '@open-wc/testing';
import { startTestWorker } from '@budget-citoyen/mock-server/testing/browser';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { resetSharedClients } from '../src/base/client.js';
import { mock, resetMockData, setMockDefaults, type MockDefaults } from './mock.js';

export let worker: SetupWorker;
const seen: Request[] = [];
const answered: Array<{ url: URL; status: number }> = [];
let started: Promise<unknown> | undefined;

/** Project images with a relative URL (`/images/…`): the page's own, not the API's. */
const images = http.get(`${location.origin}/images/:name`, () =>
  new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#e3e3fd"/></svg>', {
    headers: { 'content-type': 'image/svg+xml' },
  }),
);

/**
 * Starts the worker once per file (later calls return the same promise), with the file's own
 * fixture and clock when given: `resetMock()` returns to them after each test.
 */
export function startWorker(defaults: MockDefaults = {}): Promise<unknown> {
  setMockDefaults(defaults);
  started ??= (async () => {
    worker = await startTestWorker(mock, { handlers: [images] });
    const api = (url: string) => new URL(url).pathname.startsWith('/api/');
    // A copy: the handler reads the body of the original.
    worker.events.on('request:start', ({ request }) => void (api(request.url) && seen.push(request.clone())));
    worker.events.on('response:mocked', ({ request, response }) => void (api(request.url) && answered.push({ url: new URL(request.url), status: response.status })));
  })();
  return started;
}

/**
 * Mocha hooks of a widget test file: the worker started before its tests (on the file's fixture
 * and clock when given), everything back to them after each test.
 */
export function useWorker(defaults: MockDefaults = {}): void {
  before(() => startWorker(defaults));
  afterEach(() => resetMock());
}

/** API requests the worker saw since the last reset, oldest first. */
export function requests(): Request[] {
  return [...seen];
}

/** The API requests whose path ends with `suffix` (e.g. `/projects`), as URLs. */
export function requestsTo(suffix: string): URL[] {
  return seen.map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith(suffix));
}

/** The POST requests the worker saw to a path ending with `suffix` (e.g. `/ballot`), oldest first. */
export function postsTo(suffix: string): Request[] {
  return seen.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith(suffix));
}

/** The statuses the API answered to requests whose path ends with `suffix`, oldest first. */
export function statusesOf(suffix: string): number[] {
  return answered.filter((a) => a.url.pathname.endsWith(suffix)).map((a) => a.status);
}

/**
 * Waits until the worker has seen a request to `suffix`. A test that ends while its request is
 * still on its way (a loading state) must wait for it, or the request lands in the next test's
 * log and meets the next test's handlers.
 */
export async function waitForRequest(suffix: string, count = 1): Promise<void> {
  await waitUntil(() => requestsTo(suffix).length >= count, `no request to ${suffix}`, { timeout: 4000 });
}

/** After each test: the mock's handlers, data and clock as the file set them, an empty log, fresh shared clients. */
export function resetMock(): void {
  // The test's widgets leave first (open-wc would remove them only after this hook): one still
  // in the page could fetch through the fresh shared client below and leave its answer, at this
  // test's mock clock, in the next test's cache.
  fixtureCleanup();
  worker?.resetHandlers();
  resetMockData();
  resetSharedClients();
  seen.length = 0;
  answered.length = 0;
  try {
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable; nothing to clear then.
  }
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}
