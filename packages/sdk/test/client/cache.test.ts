/** The ETag cache and the sharing of identical GETs in flight. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { createClient } from '@budget-citoyen/sdk';
import { LruMap } from '../../src/client/cache.js';
import { BASE, campaign, project, useServer, waitFor } from './fixtures.js';

const server = useServer();

/** A campaign endpoint with ETag "v1": 304 to a matching If-None-Match. */
function etagged(options: { wait?: number } = {}) {
  const requests: Request[] = [];
  server.use(
    http.get(`${BASE}/campaigns/pdc-2026`, async ({ request }) => {
      requests.push(request);
      if (options.wait) await delay(options.wait);
      if (request.headers.get('if-none-match') === '"v1"') return new HttpResponse(null, { status: 304, headers: { etag: '"v1"' } });
      return HttpResponse.json(campaign, { headers: { etag: '"v1"' } });
    }),
  );
  return requests;
}

describe('ETag cache', () => {
  test('the second GET sends If-None-Match, gets a 304 and returns equal data', async () => {
    const client = createClient({ baseUrl: BASE });
    const requests = etagged();
    const first = await client.campaigns.get('pdc-2026');
    const second = await client.campaigns.get('pdc-2026');
    assert.equal(requests.length, 2);
    assert.equal(requests[0]!.headers.get('if-none-match'), null);
    assert.equal(requests[1]!.headers.get('if-none-match'), '"v1"');
    assert.deepEqual(second, first);
    assert.deepEqual(second, campaign);
  });

  test('each call gets its own copy: mutating one result does not touch the cache', async () => {
    const client = createClient({ baseUrl: BASE });
    etagged();
    const first = await client.campaigns.get('pdc-2026');
    first.title = 'changed';
    first.categories.pop();
    assert.deepEqual(await client.campaigns.get('pdc-2026'), campaign);
  });

  test('entries are per token: another token does not revalidate the first one’s copy', async () => {
    const client = createClient({ baseUrl: BASE });
    const requests = etagged();
    await client.campaigns.get('pdc-2026', { token: 'a' });
    await client.campaigns.get('pdc-2026', { token: 'b' });
    await client.campaigns.get('pdc-2026', { token: 'a' });
    assert.deepEqual(
      requests.map((r) => r.headers.get('if-none-match')),
      [null, null, '"v1"'],
    );
  });

  test('entries are per client', async () => {
    const requests = etagged();
    await createClient({ baseUrl: BASE }).campaigns.get('pdc-2026');
    await createClient({ baseUrl: BASE }).campaigns.get('pdc-2026');
    assert.equal(requests[1]!.headers.get('if-none-match'), null);
  });

  test('a new ETag replaces the cached body', async () => {
    const client = createClient({ baseUrl: BASE });
    let version = 1;
    server.use(
      http.get(`${BASE}/campaigns/pdc-2026`, ({ request }) => {
        const etag = `"v${version}"`;
        if (request.headers.get('if-none-match') === etag) return new HttpResponse(null, { status: 304 });
        return HttpResponse.json({ ...campaign, title: `v${version}` }, { headers: { etag } });
      }),
    );
    assert.equal((await client.campaigns.get('pdc-2026')).title, 'v1');
    version = 2;
    assert.equal((await client.campaigns.get('pdc-2026')).title, 'v2');
    assert.equal((await client.campaigns.get('pdc-2026')).title, 'v2');
  });

  test('lists are cached per query', async () => {
    const client = createClient({ baseUrl: BASE });
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/campaigns/c/projects`, ({ request }) => {
        seen.push(request.headers.get('if-none-match'));
        const etag = `"${new URL(request.url).search}"`;
        if (request.headers.get('if-none-match') === etag) return new HttpResponse(null, { status: 304 });
        return HttpResponse.json({ items: [project], nextCursor: null, total: 1 }, { headers: { etag } });
      }),
    );
    await client.projects.list('c', { category: 'cooperation' });
    await client.projects.list('c', { category: 'pratiques-ess' });
    const again = await client.projects.list('c', { category: 'cooperation' });
    assert.deepEqual(seen, [null, null, '"?category=cooperation"']);
    assert.deepEqual(again.items, [project]);
  });

  test('the LRU map forgets the least recently used entry', () => {
    const lru = new LruMap<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    assert.equal(lru.get('b'), undefined);
    assert.equal(lru.get('a'), 1);
    assert.equal(lru.get('c'), 3);
    assert.equal(lru.size, 2);
  });
});

describe('GETs in flight are shared', () => {
  test('two concurrent identical GETs make one request', async () => {
    const client = createClient({ baseUrl: BASE });
    const requests = etagged({ wait: 30 });
    const [a, b] = await Promise.all([client.campaigns.get('pdc-2026'), client.campaigns.get('pdc-2026')]);
    assert.equal(requests.length, 1);
    assert.deepEqual(a, campaign);
    assert.deepEqual(b, campaign);
    assert.notEqual(a, b, 'each caller gets its own copy');
  });

  test('different tokens are not shared; a finished request is not reused', async () => {
    const client = createClient({ baseUrl: BASE });
    const requests = etagged({ wait: 20 });
    await Promise.all([client.campaigns.get('pdc-2026', { token: 'a' }), client.campaigns.get('pdc-2026', { token: 'b' })]);
    assert.equal(requests.length, 2);
    await client.campaigns.get('pdc-2026', { token: 'a' });
    assert.equal(requests.length, 3);
  });

  test('one caller aborting leaves the others their answer', async () => {
    const client = createClient({ baseUrl: BASE });
    const requests = etagged({ wait: 50 });
    const controller = new AbortController();
    const leaving = client.campaigns.get('pdc-2026', { signal: controller.signal });
    const staying = client.campaigns.get('pdc-2026', { signal: new AbortController().signal });
    await waitFor(() => requests.length === 1);
    controller.abort();
    await assert.rejects(leaving, { name: 'AbortError' });
    assert.deepEqual(await staying, campaign);
    assert.equal(requests.length, 1);
  });

  test('when every caller has aborted, the request is aborted and the next call starts afresh', async () => {
    const client = createClient({ baseUrl: BASE });
    const requests = etagged({ wait: 50 });
    const one = new AbortController();
    const two = new AbortController();
    const calls = [client.campaigns.get('pdc-2026', { signal: one.signal }), client.campaigns.get('pdc-2026', { signal: two.signal })];
    await waitFor(() => requests.length === 1);
    one.abort();
    two.abort();
    await Promise.all(calls.map((call) => assert.rejects(call, { name: 'AbortError' })));
    assert.equal(requests[0]!.signal.aborted, true);
    assert.deepEqual(await client.campaigns.get('pdc-2026'), campaign);
    assert.equal(requests.length, 2);
  });

  test('POSTs are never shared', async () => {
    const client = createClient({ baseUrl: BASE });
    let calls = 0;
    server.use(
      http.post(`${BASE}/__mock/clock`, async () => {
        calls++;
        await delay(20);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await Promise.all([client.mock.setClock('2026-09-14T10:00:00+02:00'), client.mock.setClock('2026-09-14T10:00:00+02:00')]);
    assert.equal(calls, 2);
  });
});
