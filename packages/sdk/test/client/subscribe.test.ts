/** results.subscribe: polling with If-None-Match (Node has no EventSource), and SSE with a fake one. */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createClient, isPermissionError, isResponseValidationError, type BudgetCitoyenError, type Results } from '@budget-citoyen/sdk';
import { BASE, problem, results, sleep, useServer, waitFor } from './fixtures.js';

const server = useServer();
const client = createClient({ baseUrl: BASE, retry: 0 });
const RESULTS = `${BASE}/campaigns/pdc-2026/results`;

/** A results endpoint whose body the test changes; ETag = computedAt + status. */
function liveResults(initial: Results) {
  const state = { body: initial, requests: [] as Request[], notModified: 0 };
  server.use(
    http.get(RESULTS, ({ request }) => {
      state.requests.push(request);
      const etag = `"${state.body.status}-${state.body.computedAt}"`;
      if (request.headers.get('if-none-match') === etag) {
        state.notModified++;
        return new HttpResponse(null, { status: 304, headers: { etag } });
      }
      return HttpResponse.json(state.body, { headers: { etag } });
    }),
  );
  return state;
}

describe('polling (Node: no EventSource)', () => {
  test('calls back on a change, not on a 304; unsubscribe stops the requests', async () => {
    assert.equal(typeof (globalThis as { EventSource?: unknown }).EventSource, 'undefined');
    const state = liveResults(results('2026-09-14T10:00:00+02:00'));
    const seen: Results[] = [];
    const unsubscribe = client.results.subscribe('pdc-2026', (r) => seen.push(r), { pollIntervalMs: 50 });

    await waitFor(() => seen.length === 1);
    await waitFor(() => state.notModified >= 2);
    assert.equal(seen.length, 1, 'a 304 is no change');
    assert.equal(state.requests.at(-1)!.headers.get('if-none-match'), '"provisional-2026-09-14T10:00:00+02:00"');

    state.body = results('2026-09-14T10:05:00+02:00');
    await waitFor(() => seen.length === 2);
    assert.equal(seen[1]!.computedAt, '2026-09-14T10:05:00+02:00');

    state.body = results('2026-09-14T10:05:00+02:00', 'final');
    await waitFor(() => seen.length === 3);
    assert.equal(seen[2]!.status, 'final');

    unsubscribe();
    await sleep(50); // a request already on its way may still reach the server
    const count = state.requests.length;
    await sleep(150);
    assert.equal(state.requests.length, count, 'no request after unsubscribe');
    unsubscribe(); // twice is harmless
  });

  test('an older result never replaces a newer one', async () => {
    const state = liveResults(results('2026-09-14T10:05:00+02:00'));
    const seen: string[] = [];
    const unsubscribe = client.results.subscribe('pdc-2026', (r) => seen.push(r.computedAt), { pollIntervalMs: 50 });
    await waitFor(() => seen.length === 1);
    state.body = results('2026-09-14T10:00:00+02:00');
    await waitFor(() => state.requests.length >= 4);
    unsubscribe();
    assert.deepEqual(seen, ['2026-09-14T10:05:00+02:00']);
  });

  test('errors go to onError and polling goes on', async () => {
    let calls = 0;
    server.use(
      http.get(RESULTS, () =>
        ++calls < 3 ? HttpResponse.json(problem(403, 'results_not_public'), { status: 403 }) : HttpResponse.json(results()),
      ),
    );
    const errors: BudgetCitoyenError[] = [];
    const seen: Results[] = [];
    const unsubscribe = client.results.subscribe('pdc-2026', (r) => seen.push(r), { pollIntervalMs: 50, onError: (e) => errors.push(e) });
    await waitFor(() => seen.length === 1);
    unsubscribe();
    assert.equal(errors.length, 2);
    assert.ok(errors.every(isPermissionError));
  });

  test('the signal ends the subscription, even mid-request', async () => {
    const state = liveResults(results());
    const controller = new AbortController();
    const errors: unknown[] = [];
    client.results.subscribe('pdc-2026', () => controller.abort(), { pollIntervalMs: 50, signal: controller.signal, onError: (e) => errors.push(e) });
    await waitFor(() => state.requests.length === 1);
    await sleep(150);
    assert.equal(state.requests.length, 1);
    assert.deepEqual(errors, []);

    const before = state.requests.length;
    client.results.subscribe('pdc-2026', () => assert.fail('never called'), { signal: AbortSignal.abort() });
    await sleep(30);
    assert.equal(state.requests.length, before, 'an aborted signal subscribes to nothing');
  });
});

/** A stand-in for the browser's EventSource, driven by the test. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  static readonly CLOSED = 2;
  readyState = 0;
  readonly listeners = new Map<string, ((event: { data?: unknown }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(type: string, data?: unknown) {
    if (type === 'results') this.readyState = 1;
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}

describe('Server-Sent Events (a fake EventSource on globalThis)', () => {
  const global = globalThis as { EventSource?: unknown };
  const install = () => {
    FakeEventSource.instances = [];
    global.EventSource = FakeEventSource;
  };
  afterEach(() => delete global.EventSource);

  test('listens to `results` events on …/results/stream, deduplicated and validated', () => {
    install();
    const seen: Results[] = [];
    const errors: BudgetCitoyenError[] = [];
    const unsubscribe = client.results.subscribe('pdc-2026', (r) => seen.push(r), { onError: (e) => errors.push(e) });
    const [source] = FakeEventSource.instances as [FakeEventSource];
    assert.equal(source.url, `${BASE}/campaigns/pdc-2026/results/stream`);

    source.emit('results', JSON.stringify(results('2026-09-14T10:00:00+02:00')));
    source.emit('results', JSON.stringify(results('2026-09-14T10:00:00+02:00')));
    source.emit('results', JSON.stringify({ ...results(), ballots: { cast: -1 } }));
    source.emit('results', 'not json');
    source.emit('error'); // a reconnect after messages is EventSource's business
    source.emit('results', JSON.stringify(results('2026-09-14T10:01:00+02:00')));

    assert.deepEqual(
      seen.map((r) => r.computedAt),
      ['2026-09-14T10:00:00+02:00', '2026-09-14T10:01:00+02:00'],
    );
    assert.equal(errors.length, 2);
    assert.ok(errors.every(isResponseValidationError));
    assert.ok(errors[0]!.errors.some((e) => e.path.startsWith('ballots.')));

    unsubscribe();
    assert.equal(source.readyState, FakeEventSource.CLOSED);
    source.emit('results', JSON.stringify(results('2026-09-14T10:02:00+02:00')));
    assert.equal(seen.length, 2, 'nothing after unsubscribe');
  });

  test('two errors before any event: falls back to polling', async () => {
    install();
    const state = liveResults(results());
    const seen: Results[] = [];
    const unsubscribe = client.results.subscribe('pdc-2026', (r) => seen.push(r), { pollIntervalMs: 50, transport: 'sse' });
    const [source] = FakeEventSource.instances as [FakeEventSource];
    source.emit('error');
    await sleep(20);
    assert.equal(state.requests.length, 0, 'one error may be a reconnect');
    source.emit('error');
    assert.equal(source.readyState, FakeEventSource.CLOSED);
    await waitFor(() => seen.length === 1 && state.requests.length >= 2);
    unsubscribe();
  });

  test('a closed stream falls back to polling, even after events', async () => {
    install();
    const state = liveResults(results('2026-09-14T10:00:00+02:00'));
    const seen: string[] = [];
    const unsubscribe = client.results.subscribe('pdc-2026', (r) => seen.push(r.computedAt), { pollIntervalMs: 50 });
    const [source] = FakeEventSource.instances as [FakeEventSource];
    source.emit('results', JSON.stringify(results('2026-09-14T10:00:00+02:00')));
    source.readyState = FakeEventSource.CLOSED;
    source.emit('error');
    await waitFor(() => state.requests.length >= 1);
    state.body = results('2026-09-14T10:03:00+02:00');
    await waitFor(() => seen.length === 2);
    unsubscribe();
    assert.deepEqual(seen, ['2026-09-14T10:00:00+02:00', '2026-09-14T10:03:00+02:00'], 'the polled copy of the same result is not delivered again');
  });

  test('a stream silent past firstEventTimeoutMs (a buffering proxy) is given up for polling', async () => {
    install();
    const state = liveResults(results('2026-09-14T10:00:00+02:00'));
    const seen: string[] = [];
    const unsubscribe = client.results.subscribe('pdc-2026', (r) => seen.push(r.computedAt), {
      pollIntervalMs: 50,
      firstEventTimeoutMs: 80,
    });
    const [source] = FakeEventSource.instances as [FakeEventSource];
    await sleep(30);
    assert.equal(state.requests.length, 0, 'within the timeout, the stream is waited for');
    await waitFor(() => seen.length === 1);
    assert.equal(source.readyState, FakeEventSource.CLOSED, 'the silent stream is closed');
    state.body = results('2026-09-14T10:02:00+02:00');
    await waitFor(() => seen.length === 2);
    unsubscribe();
    assert.equal(FakeEventSource.instances.length, 1, 'no second stream');
  });

  test('a stream that speaks in time is kept: no polling', async () => {
    install();
    const state = liveResults(results());
    const seen: Results[] = [];
    const unsubscribe = client.results.subscribe('pdc-2026', (r) => seen.push(r), { pollIntervalMs: 50, firstEventTimeoutMs: 40 });
    const [source] = FakeEventSource.instances as [FakeEventSource];
    source.emit('results', JSON.stringify(results('2026-09-14T10:00:00+02:00')));
    await sleep(150);
    assert.equal(state.requests.length, 0);
    assert.notEqual(source.readyState, FakeEventSource.CLOSED);
    assert.equal(seen.length, 1);
    unsubscribe();
  });

  test("transport 'poll' never opens a stream", async () => {
    install();
    const state = liveResults(results());
    const unsubscribe = client.results.subscribe('pdc-2026', () => {}, { transport: 'poll', pollIntervalMs: 50 });
    await waitFor(() => state.requests.length >= 1);
    unsubscribe();
    assert.equal(FakeEventSource.instances.length, 0);
  });
});
