/**
 * `--data FILE`: the standalone server's data kept in a journal and found again after a
 * restart. What comes back must be exactly what was there (the store deep-equal, every read
 * the same); a retried request replays; a torn last line is dropped; a file that does not
 * describe this server is refused, never mixed in; a reset starts the file again.
 */
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startMockHttpServer, type MockHttpServer, type MockHttpServerOptions } from '../src/server.js';
import { ADMIN_HEADERS, T } from './helpers.js';
import { registerVoter } from './server-helpers.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bc-mock-data-'));
});
after(() => rm(dir, { recursive: true, force: true }));

let files = 0;
const newFile = () => join(dir, `data-${++files}.jsonl`);
const start = (data: string, options: MockHttpServerOptions = {}) => startMockHttpServer({ port: 0, rateLimit: false, data, ...options });

interface Reply {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

function client(server: MockHttpServer) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const response = await fetch(server.url + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
  return {
    url: server.url,
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => call('POST', path, body, headers),
    clock: async (now: string) => assert.equal((await call('POST', '/__mock/clock', { now })).status, 200),
  };
}

const linesOf = (text: string) => text.split('\n').filter(Boolean);
const lines = (file: string) => linesOf(readFileSync(file, 'utf8'));

/** Voters, comptoirs, attendance, a dossier, decisions, ballots, a refusal, the clock: one of each write. */
async function writeOneOfEverything(api: ReturnType<typeof client>) {
  await api.clock(T.comptoirsOpen);
  const registered = await api.post('/campaigns/bc-2026/comptoirs/cpt-2026-lievin/registrations', { name: 'Rémi Quéval', email: 'remi@example.org' }, { 'Idempotency-Key': 'reg-1' });
  assert.equal(registered.status, 201);
  assert.equal((await api.post('/campaigns/bc-2026/comptoirs/cpt-2026-lievin/registrations', { name: 'Anne Sailly', email: 'anne@example.org' })).status, 201);
  assert.equal((await api.post('/campaigns/bc-2026/comptoirs/cpt-2026-lievin/registrations', { name: 'Rémi', email: 'remi@example.org' })).status, 409);
  assert.equal((await api.post('/admin/campaigns/bc-2026/comptoirs/cpt-2026-lievin/attendance', { codes: [registered.body.code] }, ADMIN_HEADERS)).status, 200);
  await api.clock(T.depot);
  const dossier = await api.post('/campaigns/bc-2026/dossiers', {
    holder: { name: 'Rémi Quéval', email: 'remi@example.org', kind: 'citizen' },
    comptoirCode: registered.body.code,
    title: 'Atelier vélo de Liévin',
    summary: 'Réparer ensemble.',
    description: 'Un atelier.\n\nOuvert à tous.',
    requestedAmountCents: 800_000,
    communeCode: '62510',
    certifiesAccuracy: true,
  });
  assert.equal(dossier.status, 201);
  await api.clock(T.labellisation);
  assert.equal((await api.post(`/admin/campaigns/bc-2026/dossiers/${dossier.body.id}/decision`, { decision: 'labelled', category: 'pratiques-ess' }, ADMIN_HEADERS)).status, 201);
  await api.clock(T.vote);
  const token = await registerVoter(api.url, 'bc-2026', { firstName: 'Léa', lastName: 'Petit', birthDate: '1990-04-12', communeCode: '62041', email: 'lea@example.org' });
  const auth = { Authorization: `Bearer ${token}` };
  const projects = (await api.get('/campaigns/bc-2026/projects?category=pratiques-ess&limit=1')).body.items;
  const cast = await api.post('/campaigns/bc-2026/ballot', { choices: { 'pratiques-ess': projects[0].id } }, { ...auth, 'Idempotency-Key': 'ballot-1' });
  assert.equal(cast.status, 201);
  assert.equal((await api.post('/campaigns/bc-2026/ballot', { choices: { 'pratiques-ess': projects[0].id } }, auth)).status, 409);
  return { auth, cast: cast.body, choices: { 'pratiques-ess': projects[0].id } };
}

describe('--data', () => {
  test('after a restart, the store deep-equals what it was, and every read answers the same', async () => {
    const file = newFile();
    const first = await start(file);
    assert.deepEqual(first.data, { path: file, replayed: 0, warnings: [] });
    const api = client(first);
    const { auth } = await writeOneOfEverything(api);
    const reads = ['/campaigns/bc-2026/results', '/campaigns/bc-2026/ballot', '/__mock/outbox', '/__mock/clock', '/admin/campaigns/bc-2026/dossiers?limit=100', '/campaigns/bc-2026/projects?limit=100'];
    const headers = { ...auth, ...ADMIN_HEADERS };
    const seen = await Promise.all(reads.map(async (path) => (await api.get(path, path.startsWith('/admin') ? ADMIN_HEADERS : headers)).body));
    const state = first.api.store.state;
    const clock = first.api.clock.now();
    await first.close();

    const second = await start(file);
    try {
      assert.equal(second.data?.replayed, lines(file).length - 1);
      assert.equal(second.api.clock.now(), clock);
      assert.deepStrictEqual(second.api.store.state, state);
      const again = client(second);
      const reread = await Promise.all(reads.map(async (path) => (await again.get(path, path.startsWith('/admin') ? ADMIN_HEADERS : headers)).body));
      assert.deepEqual(reread, seen);
    } finally {
      await second.close();
    }
  });

  test('a request retried after a restart replays its answer: nothing twice', async () => {
    const file = newFile();
    const first = await start(file);
    const { auth, cast, choices } = await writeOneOfEverything(client(first));
    const counted = (await client(first).get('/campaigns/bc-2026/results')).body.ballots.cast;
    await first.close();

    const second = await start(file);
    try {
      const api = client(second);
      const retried = await api.post('/campaigns/bc-2026/ballot', { choices }, { ...auth, 'Idempotency-Key': 'ballot-1' });
      assert.equal(retried.status, 201);
      assert.equal(retried.headers.get('Idempotent-Replayed'), 'true');
      assert.deepEqual(retried.body, cast);
      assert.equal((await api.get('/campaigns/bc-2026/results')).body.ballots.cast, counted);
    } finally {
      await second.close();
    }
  });

  test('a last line cut short by a crash is dropped with a warning; the rest comes back, and writing goes on', async () => {
    const file = newFile();
    const first = await start(file);
    await writeOneOfEverything(client(first));
    await first.close();
    const whole = readFileSync(file, 'utf8');
    appendFileSync(file, '{"at":{"now":1789912800000,"wall":17');

    const second = await start(file);
    try {
      assert.equal(second.data?.replayed, linesOf(whole).length - 1);
      assert.match(second.data!.warnings[0]!, new RegExp(`line ${linesOf(whole).length + 1} was cut short .*dropped`));
      assert.equal(readFileSync(file, 'utf8'), whole, 'the torn bytes are gone, the file ends with a whole line');
      assert.equal((await client(second).post('/__mock/clock', { now: T.afterVote })).status, 200);
    } finally {
      await second.close();
    }
    const third = await start(file);
    try {
      assert.deepEqual(third.data?.warnings, []);
      assert.equal(third.data?.replayed, linesOf(whole).length);
      assert.equal(third.api.clock.now(), Date.parse(T.afterVote));
    } finally {
      await third.close();
    }
  });

  test('a file it does not describe is refused with a clear message, and left as it was', async () => {
    const file = newFile();
    const first = await start(file);
    await client(first).clock(T.afterVote);
    await first.close();
    const written = readFileSync(file, 'utf8');
    await assert.rejects(start(file, { seed: 7 }), /holds data built from seed 62, not 7: start with --seed 62, or give --data another file/);

    const [header, ...entries] = lines(file);
    const newer = newFile();
    writeFileSync(newer, `${JSON.stringify({ ...JSON.parse(header!), bcMockJournal: 2 })}\n`);
    await assert.rejects(start(newer), /was written by a newer bc-mock-server \(format 2; this one reads format 1\)/);

    const stranger = newFile();
    writeFileSync(stranger, 'ballots: 12\n');
    await assert.rejects(start(stranger), /is not a data file of bc-mock-server/);

    const damaged = newFile();
    writeFileSync(damaged, `${header}\n{"at":\n${entries.join('\n')}\n`);
    await assert.rejects(start(damaged), /line 2 is damaged/);

    const tampered = newFile();
    const entry = JSON.parse(entries[0]!);
    writeFileSync(tampered, `${header}\n${JSON.stringify({ ...entry, body: { now: T.vote } })}\n`);
    await assert.rejects(start(tampered), /line 2: POST \/api\/v1\/__mock\/clock answered 200 with another body where the journal says 200.*does not describe what this server does/);

    assert.equal(readFileSync(file, 'utf8'), written);
    assert.equal(readFileSync(newer, 'utf8').split('\n').length, 2);
    assert.equal(readFileSync(stranger, 'utf8'), 'ballots: 12\n');
  });

  test('POST /__mock/reset starts the file again: after a restart, the data as reset (another seed included)', async () => {
    const file = newFile();
    const first = await start(file);
    const { auth } = await writeOneOfEverything(client(first));
    assert.equal((await client(first).post('/__mock/reset', { seed: 7 })).status, 200);
    assert.equal(lines(file).length, 2, 'the header, then the reset');
    await first.close();

    const second = await start(file);
    try {
      assert.equal(second.data?.replayed, 1);
      assert.equal(second.api.store.seed, 7);
      const api = client(second);
      assert.equal((await api.get('/campaigns/bc-2026/ballot', auth)).status, 401, 'the voter and the ballot went with the reset');
      assert.deepEqual((await api.get('/__mock/outbox?to=remi@example.org')).body.items, []);
    } finally {
      await second.close();
    }
  });
});
