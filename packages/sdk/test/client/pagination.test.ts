/** ListResult: the first page when awaited, every item when iterated, lazy, and never a page too many. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createClient, isResponseValidationError, type Project } from '@budget-citoyen/sdk';
import { BASE, page, project, sleep, useServer } from './fixtures.js';

const server = useServer();
const client = createClient({ baseUrl: BASE, retry: 0 });

const projects: Project[] = Array.from({ length: 6 }, (_, i) => ({ ...project, id: `p-${i + 1}`, title: `Projet ${i + 1}` }));

/** Three pages of two projects: cursors `c2`, `c3`, then null. Records the cursor of each request. */
function threePages(next: (cursor: string | null) => string | null = (c) => ({ '': 'c2', c2: 'c3' })[c ?? ''] ?? null) {
  const cursors: (string | null)[] = [];
  server.use(
    http.get(`${BASE}/campaigns/pdc-2026/projects`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      const cursor = params.get('cursor');
      cursors.push(cursor);
      assert.equal(params.get('seed'), 's1', 'the query goes with every page');
      const start = { c2: 2, c3: 4 }[cursor ?? ''] ?? 0;
      return HttpResponse.json(page(projects.slice(start, start + 2), next(cursor), projects.length));
    }),
  );
  return cursors;
}

describe('ListResult', () => {
  test('await gives the first page', async () => {
    const cursors = threePages();
    const first = await client.projects.list('pdc-2026', { seed: 's1', limit: 2 });
    assert.deepEqual(first, { items: projects.slice(0, 2), nextCursor: 'c2', total: 6 });
    assert.deepEqual(cursors, [null]);
  });

  test('for await walks every item of the three pages', async () => {
    const cursors = threePages();
    const seen: string[] = [];
    for await (const p of client.projects.list('pdc-2026', { seed: 's1' })) seen.push(p.id);
    assert.deepEqual(seen, projects.map((p) => p.id));
    assert.deepEqual(cursors, [null, 'c2', 'c3']);
  });

  test('toArray() collects everything; toArray({ limit }) stops without fetching another page', async () => {
    let cursors = threePages();
    assert.deepEqual(await client.projects.list('pdc-2026', { seed: 's1' }).toArray(), projects);
    assert.equal(cursors.length, 3);

    cursors = threePages();
    assert.deepEqual((await client.projects.list('pdc-2026', { seed: 's1' }).toArray({ limit: 3 })).map((p) => p.id), ['p-1', 'p-2', 'p-3']);
    assert.deepEqual(cursors, [null, 'c2'], 'page 3 is never fetched');

    cursors = threePages();
    assert.equal((await client.projects.list('pdc-2026', { seed: 's1' }).toArray({ limit: 2 })).length, 2);
    assert.deepEqual(cursors, [null], 'the limit is reached on page 1: page 2 is never fetched');

    cursors = threePages();
    assert.deepEqual(await client.projects.list('pdc-2026', { seed: 's1' }).toArray({ limit: 0 }), []);
    assert.deepEqual(cursors, []);
  });

  test('breaking out of for await fetches no further page', async () => {
    const cursors = threePages();
    for await (const p of client.projects.list('pdc-2026', { seed: 's1' })) if (p.id === 'p-2') break;
    assert.deepEqual(cursors, [null]);
  });

  test('lazy: nothing is fetched until awaited or iterated', async () => {
    const cursors = threePages();
    const list = client.projects.list('pdc-2026', { seed: 's1' });
    await sleep(20);
    assert.deepEqual(cursors, []);
    await list;
    await list;
    assert.deepEqual(cursors, [null], 'awaiting twice fetches the first page once');
    assert.equal((await list.toArray()).length, 6);
    assert.deepEqual(cursors, [null, 'c2', 'c3'], 'iteration reuses the first page');
  });

  test('a cursor in the query is where the list starts', async () => {
    const cursors = threePages();
    const rest = await client.projects.list('pdc-2026', { seed: 's1', cursor: 'c2' }).toArray();
    assert.deepEqual(rest.map((p) => p.id), ['p-3', 'p-4', 'p-5', 'p-6']);
    assert.deepEqual(cursors, ['c2', 'c3']);
  });

  test('a failed first page can be asked again', async () => {
    let fail = true;
    server.use(
      http.get(`${BASE}/campaigns/pdc-2026/projects`, () =>
        fail ? HttpResponse.json({ nope: 1 }) : HttpResponse.json(page(projects.slice(0, 2))),
      ),
    );
    const list = client.projects.list('pdc-2026');
    await assert.rejects(Promise.resolve(list), isResponseValidationError);
    fail = false;
    assert.equal((await list).items.length, 2);
  });

  test('a server repeating a cursor cannot make iteration endless', async () => {
    threePages((cursor) => (cursor === 'c3' ? 'c2' : ({ '': 'c2', c2: 'c3' })[cursor ?? ''] ?? null));
    const error = await client.projects.list('pdc-2026', { seed: 's1' }).toArray().catch((e: unknown) => e);
    assert.ok(isResponseValidationError(error));
    assert.deepEqual(error.errors, [{ path: 'nextCursor', message: 'repeated cursor' }]);
  });

  test('every list method is a ListResult', async () => {
    server.use(
      http.get(`${BASE}/campaigns`, () => HttpResponse.json(page([]))),
      http.get(`${BASE}/communes`, () => HttpResponse.json(page([]))),
      http.get(`${BASE}/campaigns/c/comptoirs`, () => HttpResponse.json(page([]))),
      http.get(`${BASE}/admin/campaigns/c/dossiers`, () => HttpResponse.json(page([]))),
    );
    for (const list of [client.campaigns.list(), client.communes.list(), client.comptoirs.list('c'), client.admin.dossiers('c')]) {
      assert.equal(typeof list.then, 'function');
      assert.equal(typeof list[Symbol.asyncIterator], 'function');
      assert.deepEqual(await list.toArray(), []);
    }
  });
});
