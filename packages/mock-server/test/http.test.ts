/** HTTP-level rules: caching, limits, media types, CORS, routing, lists, calendar, controls. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CommunePage, ComptoirPage, ProjectPage } from '@budget-citoyen/sdk/schemas';
import { ADMIN_HEADERS, T, assertProblem, assertSchema, createTestApi, storeFingerprint, voterToken } from './helpers.js';

describe('ETag and 304', () => {
  const t = createTestApi();
  for (const path of ['/campaigns', '/campaigns/bc-2026', '/communes?q=lens', '/campaigns/bc-2026/projects', '/campaigns/bc-2026/comptoirs', '/campaigns/bc-2026/comptoirs.ics', '/campaigns/bc-2026/results', '/campaigns/bc-2025/results']) {
    test(`GET ${path}`, async () => {
      const first = await t.get(path);
      assert.equal(first.status, 200);
      const etag = first.headers.get('ETag');
      assert.ok(etag, 'has an ETag');
      const second = await t.get(path);
      assert.equal(second.headers.get('ETag'), etag, 'stable while nothing changes');
      assert.equal(second.text, first.text);
      const revalidated = await t.call(path, { headers: { 'If-None-Match': etag } });
      assert.equal(revalidated.status, 304);
      assert.equal(await revalidated.text(), '');
      assert.equal(revalidated.headers.get('ETag'), etag);
      const list = await t.call(path, { headers: { 'If-None-Match': `"other", ${etag.replace(/^W\//, '')}` } });
      assert.equal(list.status, 304, 'weak comparison over a list');
      const stale = await t.call(path, { headers: { 'If-None-Match': '"stale"' } });
      assert.equal(stale.status, 200);
    });
  }

  test('results: Cache-Control public, ETag changes with a ballot, computedAt with it', async () => {
    const before = await t.get('/campaigns/bc-2026/results');
    assert.match(before.headers.get('Cache-Control') ?? '', /^public, max-age=\d+/);
    t.api.clock.set(Date.parse('2026-09-21T08:15:00+02:00'));
    const token = await voterToken(t, 'bc-2026', { firstName: 'Yann', lastName: 'Ramet', birthDate: '1999-09-09', communeCode: '62193', email: 'yann@example.org' });
    const project = t.api.store.projects('bc-2026').find((p) => p.category === 'cooperation')!;
    const cast = await t.post('/campaigns/bc-2026/ballot', { choices: { cooperation: project.id } }, { Authorization: `Bearer ${token}` });
    assert.equal(cast.status, 201);
    const after = await t.get('/campaigns/bc-2026/results');
    assert.notEqual(after.headers.get('ETag'), before.headers.get('ETag'));
    assert.equal(after.body.computedAt, '2026-09-21T08:15:00+02:00');
    assert.equal(after.body.ballots.cast, before.body.ballots.cast + 1);
    // Moving the clock within the vote changes nothing: same body, same ETag.
    t.api.clock.set(Date.parse('2026-09-22T08:15:00+02:00'));
    const later = await t.get('/campaigns/bc-2026/results');
    assert.equal(later.headers.get('ETag'), after.headers.get('ETag'));
  });
});

describe('limits and media types', () => {
  test('429 with Retry-After when a client floods; other clients unaffected', async (context) => {
    // The buckets refill by real time (performance.now): stopped here, so that a slow machine
    // does not hand a token back mid-flood (seen: 19 writes refused instead of 20).
    const now = performance.now();
    context.mock.method(performance, 'now', () => now);
    const t = createTestApi();
    const replies = await Promise.all(Array.from({ length: 260 }, () => t.call('/campaigns/bc-2026', {}, '203.0.113.1')));
    const limited = replies.filter((r) => r.status === 429);
    assert.ok(limited.length >= 50, `${limited.length} limited`);
    assert.ok(replies.filter((r) => r.status === 200).length >= 200);
    const one = limited[0]!;
    assert.ok(Number(one.headers.get('Retry-After')) >= 1);
    assert.match(one.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    const body = await one.json();
    assert.equal(body.code, 'rate_limited');
    assert.equal((await t.call('/campaigns/bc-2026', {}, '203.0.113.2')).status, 200);

    // Writes are stricter: 60 at once, then 429.
    const writes = await Promise.all(Array.from({ length: 80 }, () => t.call('/campaigns/bc-2026/voters', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }, '203.0.113.3')));
    assert.equal(writes.filter((r) => r.status === 429).length, 20);
  });

  test('413 over 64 KB, 415 not JSON, 400 malformed JSON — and no state change', async () => {
    const t = createTestApi();
    const before = storeFingerprint(t.api);
    const big = JSON.stringify({ name: 'x'.repeat(70_000), email: 'a@example.org' });
    assertProblem(await t.post('/campaigns/bc-2026/comptoirs/cpt-2026-lievin/registrations', JSON.parse(big)), 413, 'payload_too_large');
    const declared = await t.call('/campaigns/bc-2026/voters', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '999999' }, body: '{}' });
    assert.equal(declared.status, 413);
    const asText = await t.call('/campaigns/bc-2026/voters', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"a":1}' });
    assertProblem({ status: asText.status, headers: asText.headers, body: await asText.json(), text: '' }, 415, 'unsupported_media_type');
    const form = await t.call('/campaigns/bc-2026/ballot', { method: 'POST', body: new URLSearchParams({ a: '1' }), headers: { Authorization: 'Bearer x' } });
    assert.equal(form.status, 401, 'authentication comes first on voter routes');
    const formAnonymous = await t.call('/campaigns/bc-2026/voters', { method: 'POST', body: new URLSearchParams({ a: '1' }) });
    assert.equal(formAnonymous.status, 415);
    const malformed = await t.call('/campaigns/bc-2026/voters', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"firstName": "Ana",' });
    const problem = await malformed.json();
    assert.equal(malformed.status, 400);
    assert.equal(problem.code, 'validation_failed');
    const vendorJson = await t.call('/campaigns/bc-2026/voters', { method: 'POST', headers: { 'Content-Type': 'application/merge-patch+json; charset=utf-8' }, body: '{}' });
    assert.equal(vendorJson.status, 400, '+json types are JSON');
    assert.equal(storeFingerprint(t.api), before);
  });
});

describe('routing, CORS and errors', () => {
  const t = createTestApi();

  test('CORS on every answer; preflight answered', async () => {
    for (const reply of [await t.get('/campaigns'), await t.get('/nowhere'), await t.post('/campaigns/bc-2026/voters', {})]) {
      assert.equal(reply.headers.get('Access-Control-Allow-Origin'), '*');
      assert.match(reply.headers.get('Access-Control-Expose-Headers') ?? '', /ETag.*Retry-After/);
    }
    const preflight = await t.call('/campaigns/bc-2026/ballot', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.pasdecalais.fr', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match(preflight.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /idempotency-key/);
  });

  test('unknown routes: 404 problem; known path, other method: 405 with Allow', async () => {
    assertProblem(await t.get('/nowhere'), 404, 'not_found');
    assertProblem(await t.get('/campaigns/bc-2026/nothing/here'), 404, 'not_found');
    assertProblem(await t.get('/campaigns/bc-1999'), 404, 'not_found');
    assertProblem(await t.get('/campaigns/bc-1999/projects'), 404, 'not_found');
    const wrongMethod = await t.post('/campaigns', {});
    assertProblem(wrongMethod, 405, 'method_not_allowed');
    assert.equal(wrongMethod.headers.get('Allow'), 'GET');
    assertProblem(await t.get('/campaigns/%E0%A4%A'), 400, 'validation_failed');
    const index = await t.get('');
    assert.equal(index.status, 200);
  });

  test('admin: 401 without or with a wrong token, 403 with a voter token', async () => {
    assertProblem(await t.get('/admin/campaigns/bc-2026/dossiers'), 401, 'unauthorized');
    assertProblem(await t.get('/admin/campaigns/bc-2026/dossiers', { Authorization: 'Bearer nope' }), 401, 'unauthorized');
    const token = await voterToken(t, 'bc-2026', { firstName: 'Lou', lastName: 'Baillet', birthDate: '2001-01-01', communeCode: '62498', email: 'lou@example.org' });
    assertProblem(await t.get('/admin/campaigns/bc-2026/dossiers', { Authorization: `Bearer ${token}` }), 403, 'forbidden');
    const all = await t.get('/admin/campaigns/bc-2026/dossiers?limit=100', ADMIN_HEADERS);
    assert.equal(all.status, 200);
    assert.ok(all.body.items.some((d: { status: string }) => d.status === 'rejected'));
    assert.ok(all.body.items.some((d: { status: string }) => d.status === 'submitted'));
    const submitted = await t.get('/admin/campaigns/bc-2026/dossiers?status=submitted', ADMIN_HEADERS);
    assert.equal(submitted.body.total, 3);
  });
});

describe('lists', () => {
  const t = createTestApi();

  test('cursor pagination: limit 1–100 (default 20), total, no repeat or skip, foreign cursor refused', async () => {
    const first = await t.get('/communes');
    assertSchema(CommunePage, first.body);
    assert.equal(first.body.items.length, 20);
    assert.equal(first.body.total, 887);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ code: string }>; nextCursor: string | null } } = await t.get(`/communes?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((c) => c.code));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 887);
    assert.equal(new Set(seen).size, 887);
    for (const limit of ['0', '101', '1.5', 'abc']) assertProblem(await t.get(`/communes?limit=${limit}`), 400, 'validation_failed');
    const cursorOfLens = (await t.get('/communes?arrondissement=627&limit=5')).body.nextCursor;
    const foreign = await t.get(`/communes?arrondissement=621&limit=5&cursor=${cursorOfLens}`);
    assertProblem(foreign, 400, 'validation_failed');
    assert.equal(foreign.body.errors[0].path, 'cursor');
    assertProblem(await t.get('/communes?cursor=garbage'), 400, 'validation_failed');
    const sameQueryOtherLimit = await t.get(`/communes?arrondissement=627&limit=7&cursor=${cursorOfLens}`);
    assert.equal(sameQueryOtherLimit.status, 200);
  });

  test('communes: by name (accents, case), by postal code prefix, postcode, arrondissement', async () => {
    const byName = await t.get('/communes?q=bethune');
    assert.equal(byName.body.items[0].name, 'Béthune');
    assert.equal(byName.body.items[0].arrondissement.name, 'Béthune');
    const saint = await t.get('/communes?q=SAINT-OMER');
    assert.equal(saint.body.items[0].code, '62765');
    const prefix = await t.get('/communes?q=6220&limit=100');
    assert.ok(prefix.body.items.every((c: { postcodes: string[]; code: string }) => c.postcodes.some((p) => p.startsWith('6220')) || c.code.startsWith('6220')));
    assert.ok(prefix.body.items.some((c: { name: string }) => c.name === 'Boulogne-sur-Mer'));
    const postcode = await t.get('/communes?postcode=62300');
    assert.deepEqual(postcode.body.items.map((c: { name: string }) => c.name), ['Éleu-dit-Leauwette', 'Lens']);
    const arr = await t.get('/communes?arrondissement=626&limit=100');
    assert.equal(arr.body.total, 52);
    assertProblem(await t.get('/communes?postcode=6230'), 400, 'validation_failed');
  });

  test('projects: seeded random order stable per seed, sorts, filters, accent-insensitive search', async () => {
    const pageOf = async (query: string) => assertSchema(ProjectPage, (await t.get(`/campaigns/bc-2025/projects?${query}`)).body);
    const a1 = await pageOf('seed=alpha&limit=10');
    const a2 = await pageOf(`seed=alpha&limit=10&cursor=${a1.nextCursor}`);
    const again = await pageOf('seed=alpha&limit=20');
    assert.deepEqual([...a1.items, ...a2.items].map((p) => p.id), again.items.map((p) => p.id));
    const b = await pageOf('seed=beta&limit=20');
    assert.notDeepEqual(b.items.map((p) => p.id), again.items.map((p) => p.id));
    assertProblem(await t.get(`/campaigns/bc-2025/projects?seed=beta&limit=10&cursor=${a1.nextCursor}`), 400, 'validation_failed');

    const byTitle = await pageOf('sort=title&limit=100');
    const titles = byTitle.items.map((p) => p.title);
    assert.deepEqual(titles, [...titles].sort(new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare));
    const byAmount = await pageOf('sort=amount&limit=100');
    assert.ok(byAmount.items.every((p, i, all) => i === 0 || all[i - 1]!.requestedAmountCents <= p.requestedAmountCents));
    const byVotes = await pageOf('sort=votes&limit=100');
    assert.ok(byVotes.items.every((p, i, all) => i === 0 || all[i - 1]!.votes! >= p.votes!));
    assert.ok(byVotes.items.every((p) => p.status === 'winner' || p.status === 'not-selected'), 'bc-2025 is final');

    const inno = await pageOf('category=innovation-sociale&limit=100');
    assert.equal(inno.total, 17);
    const arr = await pageOf('arrondissement=627&limit=100');
    assert.ok(arr.items.every((p) => p.arrondissement.code === '627'));
    const some = byTitle.items.find((p) => /é/.test(p.title))!;
    const word = some.title.split(/\s+/).find((w) => /é/.test(w))!.replace(/[«»]/g, '');
    const plain = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
    const found = await pageOf(`q=${encodeURIComponent(plain)}&limit=100`);
    assert.ok(found.items.some((p) => p.id === some.id), `"${plain}" finds "${some.title}"`);
    const byCommune = await pageOf(`q=${encodeURIComponent(some.commune.name.toLowerCase())}&limit=100`);
    assert.ok(byCommune.items.some((p) => p.id === some.id));
    const byHolder = await pageOf(`q=${encodeURIComponent(some.holder.name)}&limit=100`);
    assert.ok(byHolder.items.some((p) => p.id === some.id));
    assertProblem(await t.get('/campaigns/bc-2025/projects?sort=popularity'), 400, 'validation_failed');
  });

  test('projects appear only once labelled, by the clock: none during the dépôt, each from its decision on', async () => {
    const all = assertSchema(ProjectPage, (await t.get('/campaigns/bc-2026/projects?limit=100')).body);
    assert.ok(all.total > 0);
    const one = all.items[0]!;
    t.api.clock.set(Date.parse(T.depot));
    const during = assertSchema(ProjectPage, (await t.get('/campaigns/bc-2026/projects?limit=100')).body);
    assert.equal(during.total, 0, 'nothing labelled yet: the dossiers are still confidential');
    assertProblem(await t.get(`/campaigns/bc-2026/projects/${one.id}`), 404, 'not_found');
    const labelledAt = Math.max(...t.api.store.projects('bc-2026').map((p) => p.labelledAt));
    t.api.clock.set(labelledAt);
    assert.equal(assertSchema(ProjectPage, (await t.get('/campaigns/bc-2026/projects?limit=100')).body).total, all.total);
    t.api.reset();
  });

  test('comptoirs: from/to, arrondissement, commune, format', async () => {
    const all = assertSchema(ComptoirPage, (await t.get('/campaigns/bc-2026/comptoirs?limit=100')).body);
    assert.equal(all.total, 11);
    assert.ok(all.items.some((c) => c.format === 'online' && c.onlineUrl && !c.venue));
    const online = (await t.get('/campaigns/bc-2026/comptoirs?format=online')).body;
    assert.equal(online.total, 2);
    const march = (await t.get(`/campaigns/bc-2026/comptoirs?from=${encodeURIComponent('2026-03-01T00:00:00+01:00')}&to=${encodeURIComponent('2026-04-01T00:00:00+02:00')}`)).body;
    assert.deepEqual(march.items.map((c: { id: string }) => c.id), ['cpt-2026-bethune', 'cpt-2026-saint-omer', 'cpt-2026-montreuil-sur-mer', 'cpt-2026-visio-mars']);
    const calais = (await t.get('/campaigns/bc-2026/comptoirs?commune=62193')).body;
    assert.deepEqual(calais.items.map((c: { id: string }) => c.id), ['cpt-2026-calais']);
    const arras = (await t.get('/campaigns/bc-2026/comptoirs?arrondissement=621')).body;
    assert.deepEqual(arras.items.map((c: { id: string }) => c.id), ['cpt-2026-arras']);
    assert.ok(all.items.every((c) => c.registration === 'closed'), 'at the default clock, all past');
    t.api.clock.set(Date.parse(T.comptoirsOpen));
    const open = assertSchema(ComptoirPage, (await t.get('/campaigns/bc-2026/comptoirs?limit=100')).body);
    const state = Object.fromEntries(open.items.map((c) => [c.id, [c.registration, c.seatsLeft]]));
    assert.deepEqual(state['cpt-2026-bethune'], ['full', 0]);
    assert.deepEqual(state['cpt-2026-boulogne-sur-mer'], ['full', 0]);
    assert.deepEqual(state['cpt-2026-saint-omer'], ['open', 3]);
    assert.deepEqual(state['cpt-2026-montreuil-sur-mer'], ['open', 3]);
    t.api.clock.set(Date.parse(T.vote));
  });
});

describe('comptoirs.ics', () => {
  test('RFC 5545: CRLF, folded lines ≤ 75 octets, VTIMEZONE Europe/Paris, local times, escaped text', async () => {
    const t = createTestApi();
    const reply = await t.get('/campaigns/bc-2026/comptoirs.ics');
    assert.match(reply.headers.get('Content-Type') ?? '', /^text\/calendar/);
    const text = reply.text;
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    for (const line of text.split('\r\n')) assert.ok(new TextEncoder().encode(line).byteLength <= 75, `line too long: ${line}`);
    const unfolded = text.replace(/\r\n /g, '');
    assert.match(unfolded, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris/);
    assert.equal(unfolded.match(/BEGIN:VEVENT/g)?.length, 11);
    // 24 January 2026, 14:00 in Paris (winter) and 4 April 2026, 14:00 (summer): local times.
    assert.match(unfolded, /DTSTART;TZID=Europe\/Paris:20260124T140000/);
    assert.match(unfolded, /DTSTART;TZID=Europe\/Paris:20260404T140000/);
    assert.match(unfolded, /DTSTAMP:20260920T100000Z/);
    assert.match(unfolded, /LOCATION:Maison de la vie associative\\, 2 rue de la Paix\\, Arras/);
    assert.match(unfolded, /DESCRIPTION:Trois heures pour transformer une idée en projet : présentation du budget citoyen\\, ateliers/);
    const uids = unfolded.match(/^UID:.*$/gm) ?? [];
    assert.equal(new Set(uids).size, 11);
  });
});

describe('mock controls', () => {
  test('clock, reset (same seed, same data), outbox, config: latency and failures', async () => {
    const t = createTestApi();
    assert.equal((await t.get('/__mock/clock')).body.now, '2026-09-20T12:00:00+02:00');
    const projectsBefore = (await t.get('/campaigns/bc-2026/projects?limit=100')).text;
    await t.setClock(T.depot);
    assert.equal((await t.get('/campaigns/bc-2026')).body.currentPhase, 'depot');
    await t.setClock('2026-02-01T10:00:00+01:00');
    assert.equal((await t.get('/campaigns/bc-2026')).body.currentPhase, 'depot', 'comptoirs and dépôt overlap: the latest-starting wins');
    await t.setClock('2026-07-01T10:00:00+02:00');
    assert.equal((await t.get('/campaigns/bc-2026')).body.currentPhase, null);
    assertProblem(await t.post('/__mock/clock', { now: 'tomorrow' }), 400, 'validation_failed');

    const reset = await t.post('/__mock/reset', {});
    assert.equal(reset.status, 200);
    assert.equal(reset.body.now, '2026-09-20T12:00:00+02:00');
    assert.equal((await t.get('/campaigns/bc-2026/projects?limit=100')).text, projectsBefore);
    const emptyBody = await t.call('/__mock/reset', { method: 'POST' });
    assert.equal(emptyBody.status, 200, 'reset takes no body');
    await t.post('/__mock/reset', { seed: 7 });
    assert.notEqual((await t.get('/campaigns/bc-2026/projects?limit=100')).text, projectsBefore);
    await t.post('/__mock/reset', { seed: 62 });
    assert.equal((await t.get('/campaigns/bc-2026/projects?limit=100')).text, projectsBefore);
    assert.deepEqual((await t.get('/__mock/outbox')).body, { items: [] });

    const configured = await t.post('/__mock/config', { failureRate: 1, failPaths: ['/campaigns/*/results'] });
    assert.equal(configured.status, 200);
    assertProblem(await t.get('/campaigns/bc-2026/results'), 503, 'service_unavailable');
    assert.equal((await t.get('/campaigns/bc-2026')).status, 200, 'other paths unaffected');
    await t.post('/__mock/config', { failureMode: 'network' });
    await assert.rejects(t.call('/campaigns/bc-2026/results'), TypeError);
    await t.post('/__mock/config', { failureRate: 0, latencyMs: 60 });
    const start = performance.now();
    assert.equal((await t.get('/campaigns/bc-2026')).status, 200);
    assert.ok(performance.now() - start >= 55, 'latency injected');
    assert.equal((await t.get('/__mock/clock')).status, 200);
    assertProblem(await t.post('/__mock/config', { failureRate: 2 }), 400, 'validation_failed');
    await t.post('/__mock/reset', {});
    assert.equal((await t.get('/__mock/config')).body.latencyMs, 0);
  });
});
