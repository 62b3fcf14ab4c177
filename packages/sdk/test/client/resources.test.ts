/** Every namespace method: the right method, path, query, body and headers, and a parsed answer. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { BudgetCitoyenError, createClient, endpoints, isNotFoundError, type Client, type Endpoint } from '@budget-citoyen/sdk';
import {
  adminDossier,
  attendanceResult,
  ballotReceipt,
  ballotState,
  BASE,
  campaign,
  commune,
  comptoir,
  dossierReceipt,
  dossierRequest,
  holderDossier,
  page,
  project,
  registration,
  results,
  useServer,
  UUID,
  voterSession,
  voterVerification,
} from './fixtures.js';

const server = useServer();

interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Answers `method path` with `body` and records what the client sent. */
function expectCall(method: 'get' | 'post', path: string, body: unknown, status = 200): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http[method](`${BASE}${path}`, async ({ request }) => {
      const text = method === 'post' ? await request.text() : '';
      seen.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: text ? JSON.parse(text) : undefined });
      return body === undefined ? new HttpResponse(null, { status: 204 }) : HttpResponse.json(body, { status });
    }),
  );
  return seen;
}

const client = createClient({ baseUrl: BASE, retry: 0 });
const facets = {
  categories: [{ id: 'cooperation', name: 'Coopération', count: 1 }],
  arrondissements: [{ code: '621', name: 'Arras', count: 1 }],
  communes: [{ code: '62041', name: 'Arras', count: 1 }],
};
const voterRequest = { firstName: 'Léa', lastName: 'Dupont', birthDate: '2010-03-02', communeCode: '62041', email: 'lea@example.org' };
const admin = createClient({ baseUrl: BASE, token: 'admin-secret', retry: 0 });

interface Case {
  name: string;
  method: 'get' | 'post';
  path: string;
  answer: unknown;
  status?: number;
  call: (c: Client) => Promise<unknown> | PromiseLike<unknown>;
  query?: Record<string, string>;
  body?: unknown;
  token?: string;
  /** A creating POST: carries a generated Idempotency-Key. */
  creates?: boolean;
  expected?: unknown;
}

const cases: Case[] = [
  {
    name: 'campaigns.list',
    method: 'get',
    path: '/campaigns',
    answer: page([campaign]),
    call: (c) => c.campaigns.list({ limit: 5 }),
    query: { limit: '5' },
  },
  { name: 'campaigns.get', method: 'get', path: '/campaigns/pdc-2026', answer: campaign, call: (c) => c.campaigns.get('pdc-2026') },
  {
    name: 'communes.list',
    method: 'get',
    path: '/communes',
    answer: page([commune]),
    call: (c) => c.communes.list({ q: 'arras', postcode: '62000', arrondissement: '621' }),
    query: { q: 'arras', postcode: '62000', arrondissement: '621' },
  },
  { name: 'communes.get', method: 'get', path: '/communes/62041', answer: commune, call: (c) => c.communes.get('62041') },
  {
    name: 'projects.list',
    method: 'get',
    path: '/campaigns/pdc-2026/projects',
    answer: page([project], 'next', 40),
    call: (c) =>
      c.projects.list('pdc-2026', { category: 'cooperation', commune: '62041', arrondissement: '621', q: 'jardin', sort: 'random', seed: 's1', limit: 1 }),
    query: { category: 'cooperation', commune: '62041', arrondissement: '621', q: 'jardin', sort: 'random', seed: 's1', limit: '1' },
  },
  {
    name: 'projects.list with facets',
    method: 'get',
    path: '/campaigns/pdc-2026/projects',
    answer: { ...page([project]), facets },
    call: (c) => c.projects.list('pdc-2026', { facets: true, category: 'cooperation' }),
    query: { facets: 'true', category: 'cooperation' },
  },
  {
    name: 'projects.facets',
    method: 'get',
    path: '/campaigns/pdc-2026/projects',
    answer: { ...page([project], 'next', 40), facets },
    call: (c) => c.projects.facets('pdc-2026', { arrondissement: '621', q: 'jardin' }),
    query: { arrondissement: '621', q: 'jardin', limit: '1', facets: 'true' },
    expected: facets,
  },
  {
    name: 'projects.get',
    method: 'get',
    path: '/campaigns/pdc-2026/projects/p-1',
    answer: project,
    call: (c) => c.projects.get('pdc-2026', 'p-1'),
  },
  {
    name: 'comptoirs.list',
    method: 'get',
    path: '/campaigns/pdc-2026/comptoirs',
    answer: page([comptoir]),
    call: (c) =>
      c.comptoirs.list('pdc-2026', { from: '2026-02-01T00:00:00+01:00', to: '2026-03-01T00:00:00+01:00', arrondissement: '627', format: 'in-person' }),
    query: { from: '2026-02-01T00:00:00+01:00', to: '2026-03-01T00:00:00+01:00', arrondissement: '627', format: 'in-person' },
  },
  { name: 'comptoirs.get', method: 'get', path: '/campaigns/pdc-2026/comptoirs/c-1', answer: comptoir, call: (c) => c.comptoirs.get('pdc-2026', 'c-1') },
  {
    name: 'comptoirs.register',
    method: 'post',
    path: '/campaigns/pdc-2026/comptoirs/c-1/registrations',
    status: 201,
    answer: registration,
    call: (c) => c.comptoirs.register('pdc-2026', 'c-1', { name: 'Camille', email: 'camille@example.org' }),
    body: { name: 'Camille', email: 'camille@example.org' },
    creates: true,
  },
  {
    name: 'dossiers.submit',
    method: 'post',
    path: '/campaigns/pdc-2026/dossiers',
    status: 201,
    answer: dossierReceipt,
    call: (c) => c.dossiers.submit('pdc-2026', dossierRequest),
    body: dossierRequest,
    creates: true,
  },
  {
    name: 'dossiers.get',
    method: 'get',
    path: '/campaigns/pdc-2026/dossiers/d-1',
    answer: holderDossier,
    call: (c) => c.dossiers.get('pdc-2026', 'd-1', 'RC-123'),
    query: { receipt: 'RC-123' },
  },
  {
    name: 'voters.register',
    method: 'post',
    path: '/campaigns/pdc-2026/voters',
    status: 202,
    answer: voterVerification,
    call: (c) => c.voters.register('pdc-2026', voterRequest),
    body: voterRequest,
    creates: true,
  },
  {
    name: 'voters.verify',
    method: 'post',
    path: '/campaigns/pdc-2026/voters/verify',
    status: 201,
    answer: voterSession,
    call: (c) => c.voters.verify('pdc-2026', { verificationId: 'vf-1', code: '042917' }),
    body: { verificationId: 'vf-1', code: '042917' },
    creates: true,
  },
  {
    name: 'ballot.get',
    method: 'get',
    path: '/campaigns/pdc-2026/ballot',
    answer: ballotState,
    call: (c) => c.ballot.get('pdc-2026', { token: 'voter-token' }),
    token: 'voter-token',
  },
  {
    name: 'ballot.cast',
    method: 'post',
    path: '/campaigns/pdc-2026/ballot',
    status: 201,
    answer: ballotReceipt,
    call: (c) => c.ballot.cast('pdc-2026', { cooperation: 'p-1' }, { token: 'voter-token' }),
    body: { choices: { cooperation: 'p-1' } },
    token: 'voter-token',
    creates: true,
  },
  {
    name: 'results.get',
    method: 'get',
    path: '/campaigns/pdc-2026/results',
    answer: results(),
    call: (c) => c.results.get('pdc-2026'),
  },
  {
    name: 'admin.dossiers',
    method: 'get',
    path: '/admin/campaigns/pdc-2026/dossiers',
    answer: page([adminDossier]),
    call: (c) => c.admin.dossiers('pdc-2026', { limit: 50, cursor: 'abc' }),
    query: { limit: '50', cursor: 'abc' },
    token: 'admin-secret',
  },
  {
    name: 'admin.dossier',
    method: 'get',
    path: '/admin/campaigns/pdc-2026/dossiers/d-1',
    answer: adminDossier,
    call: (c) => c.admin.dossier('pdc-2026', 'd-1'),
    token: 'admin-secret',
  },
  {
    name: 'admin.decide',
    method: 'post',
    path: '/admin/campaigns/pdc-2026/dossiers/d-1/decision',
    answer: adminDossier,
    call: (c) => c.admin.decide('pdc-2026', 'd-1', { decision: 'labelled', category: 'cooperation' }),
    body: { decision: 'labelled', category: 'cooperation' },
    token: 'admin-secret',
    creates: true,
  },
  {
    name: 'admin.registrations',
    method: 'get',
    path: '/admin/campaigns/pdc-2026/comptoirs/c-1/registrations',
    answer: page([
      { id: 'r-1', name: 'Camille', email: 'camille@example.org', code: 'C-7K2Q-M3XP', status: 'confirmed', attended: true, usedByDossier: false, registeredAt: '2026-01-20T09:00:00+01:00' },
    ]),
    call: (c) => c.admin.registrations('pdc-2026', 'c-1', { limit: 100 }),
    query: { limit: '100' },
    token: 'admin-secret',
  },
  {
    name: 'admin.markAttendance',
    method: 'post',
    path: '/admin/campaigns/pdc-2026/comptoirs/c-1/attendance',
    answer: attendanceResult,
    call: (c) => c.admin.markAttendance('pdc-2026', 'c-1', { codes: ['CPT-7K2Q'] }),
    body: { codes: ['CPT-7K2Q'] },
    token: 'admin-secret',
    creates: true,
  },
  {
    name: 'mock.outbox',
    method: 'get',
    path: '/__mock/outbox',
    answer: { items: [{ to: 'a@example.org', subject: 'Dossier', body: 'Refusé', sentAt: '2026-05-20T10:00:00+02:00' }] },
    call: (c) => c.mock.outbox(),
  },
  {
    name: 'mock.clock',
    method: 'get',
    path: '/__mock/clock',
    answer: { now: '2026-09-14T10:00:00+02:00', running: false },
    call: (c) => c.mock.clock(),
  },
  {
    name: 'mock.setClock',
    method: 'post',
    path: '/__mock/clock',
    answer: undefined,
    call: (c) => c.mock.setClock('2026-09-14T10:00:00+02:00'),
    body: { now: '2026-09-14T10:00:00+02:00' },
    expected: undefined,
  },
  {
    name: 'mock.reset',
    method: 'post',
    path: '/__mock/reset',
    answer: { ok: true },
    call: (c) => c.mock.reset(7),
    body: { seed: 7 },
    expected: undefined,
  },
];

describe('every resource method', () => {
  for (const c of cases) {
    test(`${c.name}: ${c.method.toUpperCase()} ${c.path}`, async () => {
      const seen = expectCall(c.method, c.path, c.answer, c.status);
      const got = await c.call(c.token === 'admin-secret' ? admin : client);
      assert.deepEqual(got, 'expected' in c ? c.expected : c.answer);
      assert.equal(seen.length, 1);
      const [request] = seen as [Seen];
      assert.equal(request.method, c.method.toUpperCase());
      assert.deepEqual(Object.fromEntries(request.url.searchParams), c.query ?? {});
      assert.deepEqual(request.body, c.body);
      if (c.body !== undefined) assert.equal(request.headers.get('content-type'), 'application/json');
      assert.equal(request.headers.get('authorization'), c.token ? `Bearer ${c.token}` : null);
      assert.match(request.headers.get('accept') ?? '', /application\/json/);
      if (c.creates) assert.match(request.headers.get('idempotency-key') ?? '', UUID);
      else assert.equal(request.headers.get('idempotency-key'), null);
    });
  }
});

describe('the contract table', () => {
  // Reached by URL, not by a call: the calendars (`comptoirs.icsUrl`) and the stream
  // (`results.subscribe`); and the mock's index and latency/failure settings, for people.
  const notCalled = new Set(['getComptoirsCalendar', 'getComptoirCalendar', 'streamResults', 'getIndex', 'getMockConfig', 'setMockConfig']);

  test('every endpoint has a client method, tested above', () => {
    for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
      if (notCalled.has(name)) continue;
      const pattern = new RegExp(`^${endpoint.path.replace(/\{\w+\}/g, '[^/]+')}$`);
      const tested = cases.some((c) => c.method.toUpperCase() === endpoint.method && pattern.test(c.path));
      assert.ok(tested, `${name} (${endpoint.method} ${endpoint.path}) is called by a tested client method`);
    }
  });

  test('icsUrl: the whole agenda, or one comptoir’s event', () => {
    assert.equal(client.comptoirs.icsUrl('pdc-2026'), `${BASE}/campaigns/pdc-2026/comptoirs.ics`);
    assert.equal(client.comptoirs.icsUrl('pdc 2026', 'c/1'), `${BASE}/campaigns/pdc%202026/comptoirs/c%2F1.ics`);
  });
});

describe('requests', () => {
  test('a fresh Idempotency-Key per logical call, or the caller’s own', async () => {
    const seen = expectCall('post', '/campaigns/pdc-2026/voters', voterVerification, 202);
    await client.voters.register('pdc-2026', voterRequest);
    await client.voters.register('pdc-2026', voterRequest);
    await client.voters.register('pdc-2026', voterRequest, { idempotencyKey: 'my-key-1' });
    const keys = seen.map((s) => s.headers.get('idempotency-key'));
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'my-key-1');
  });

  test('ids are encoded as path segments', async () => {
    const seen = expectCall('get', '/campaigns/a%2Fb%20c/projects/%3F', project);
    await client.projects.get('a/b c', '?');
    assert.equal(seen.length, 1);
  });

  test('an empty, "." or ".." id is refused before anything is sent', async () => {
    const invalidInput = (e: unknown) => e instanceof BudgetCitoyenError && e.code === 'invalid_input';
    await assert.rejects(client.campaigns.get(''), invalidInput);
    await assert.rejects(client.projects.get('..', 'p-1'), invalidInput);
    await assert.rejects(client.dossiers.get('pdc-2026', '.', 'RC'), invalidInput);
    await assert.rejects(client.voters.register('..', voterRequest), invalidInput);
    assert.throws(() => client.comptoirs.icsUrl('..'), invalidInput);
    const seen = expectCall('get', '/campaigns/.../projects/a.b', project);
    await client.projects.get('...', 'a.b');
    assert.equal(seen.length, 1, 'dots inside an id are fine');
  });

  test('token: the client’s default (a function read per call), a call’s own wins, headers merge', async () => {
    const auth: { token?: string } = {};
    const c = createClient({ baseUrl: BASE, token: () => auth.token, headers: { 'x-app': 'widgets' }, retry: 0 });
    const seen = expectCall('get', '/campaigns/pdc-2026', campaign);
    await c.campaigns.get('pdc-2026');
    auth.token = 't1';
    await c.campaigns.get('pdc-2026');
    await c.campaigns.get('pdc-2026', { token: 't2', headers: { 'x-trace': '1' } });
    assert.deepEqual(
      seen.map((s) => s.headers.get('authorization')),
      [null, 'Bearer t1', 'Bearer t2'],
    );
    assert.ok(seen.every((s) => s.headers.get('x-app') === 'widgets'));
    assert.equal(seen[2]!.headers.get('x-trace'), '1');
  });

  test('baseUrl: trailing slashes do not matter; icsUrl is absolute', async () => {
    const c = createClient({ baseUrl: `${BASE}///` });
    assert.equal(c.comptoirs.icsUrl('pdc-2026'), `${BASE}/campaigns/pdc-2026/comptoirs.ics`);
    const seen = expectCall('get', '/campaigns/pdc-2026', campaign);
    await c.campaigns.get('pdc-2026');
    assert.equal(seen.length, 1);
  });

  test('a relative baseUrl without a page to resolve it against is a BudgetCitoyenError', () => {
    assert.throws(
      () => createClient({ baseUrl: '/api/v1' }),
      (e: unknown) => e instanceof BudgetCitoyenError && e.code === 'invalid_input',
    );
  });

  test('an injected fetch is used', async () => {
    const calls: string[] = [];
    const c = createClient({
      baseUrl: 'http://elsewhere.test/api/v1',
      fetch: async (input) => {
        calls.push(input instanceof Request ? input.url : String(input));
        return Response.json(campaign);
      },
    });
    assert.deepEqual(await c.campaigns.get('pdc-2026'), campaign);
    assert.deepEqual(calls, ['http://elsewhere.test/api/v1/campaigns/pdc-2026']);
  });
});

describe('campaigns.current', () => {
  const at = (id: string, start: string, currentPhase: 'vote' | null) => ({
    ...campaign,
    id,
    currentPhase,
    phases: [{ id: 'comptoirs' as const, start, end: '2030-01-01T00:00:00Z' }],
  });

  test('the open campaign that started last, across pages', async () => {
    const list = [at('old-open', '2025-01-01T00:00:00+01:00', 'vote'), at('new-closed', '2027-01-01T00:00:00Z', null)];
    // Offsets differ: 2026-01-01T00:30+02:00 is earlier than 2026-01-01T00:00+01:00.
    const later = [at('newest-open', '2026-01-01T00:00:00+01:00', 'vote'), at('tz-trap', '2026-01-01T00:30:00+02:00', 'vote')];
    server.use(
      http.get(`${BASE}/campaigns`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return HttpResponse.json(cursor ? page(later, null, 4) : page(list, 'p2', 4));
      }),
    );
    assert.equal((await client.campaigns.current()).id, 'newest-open');
  });

  test('else the campaign that started last', async () => {
    const list = [at('a', '2025-01-01T00:00:00Z', null), at('b', '2026-01-01T00:00:00Z', null)];
    server.use(http.get(`${BASE}/campaigns`, () => HttpResponse.json(page(list))));
    assert.equal((await client.campaigns.current()).id, 'b');
  });

  test('no campaign at all is a NotFoundError', async () => {
    server.use(http.get(`${BASE}/campaigns`, () => HttpResponse.json(page([]))));
    await assert.rejects(client.campaigns.current(), isNotFoundError);
  });
});
