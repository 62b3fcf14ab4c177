/**
 * Property tests: whatever the body, query, path or headers, no answer is a 5xx, every error is
 * a problem document, and a refused request leaves the store exactly as it was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Problem } from '@budget-citoyen/sdk/schemas';
import { ADMIN, ADMIN_HEADERS, T, createTestApi, storeFingerprint, voterToken as verifiedToken } from './helpers.js';

const t = createTestApi({ rateLimit: false });
let voterToken = '';

async function voterSession(): Promise<string> {
  if (voterToken) return voterToken;
  t.api.clock.set(Date.parse(T.vote));
  voterToken = await verifiedToken(t, 'bc-2026', { firstName: 'Fuzz', lastName: 'Testeur', birthDate: '1980-01-01', communeCode: '62041', email: 'fuzz@example.org' });
  return voterToken;
}

/** Sends, then checks: no 5xx, problems well formed, and no change unless it succeeded. */
async function probe(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}): Promise<number> {
  const before = storeFingerprint(t.api);
  const response = await t.call(path, { method, headers: init.headers ?? {}, ...(init.body === undefined ? {} : { body: init.body }) });
  const text = await response.text();
  assert.ok(response.status < 500, `${method} ${path} ${init.body?.slice(0, 200)} → ${response.status} ${text}`);
  if (response.status >= 400) {
    assert.ok(Problem.safeParse(JSON.parse(text)).success, `${method} ${path} → not a problem: ${text}`);
    assert.equal(storeFingerprint(t.api), before, `${method} ${path} ${init.body?.slice(0, 200)} → ${response.status} changed the store`);
  }
  return response.status;
}

const clock = fc.constantFrom(...Object.values(T));
const headerText = fc.stringMatching(/^[\x20-\x7e]{0,80}$/);
const jsonBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
  fc.constant(''),
  fc.constant('{"__proto__":{"polluted":true}}'),
  fc.constant('{"choices":{"__proto__":"x","constructor":["a","a"]}}'),
);

const POSTS = [
  '/campaigns/bc-2026/comptoirs/cpt-2026-lievin/registrations',
  '/campaigns/bc-2026/dossiers',
  '/campaigns/bc-2026/voters',
  '/campaigns/bc-2026/voters/verify',
  '/campaigns/bc-2026/ballot',
  '/admin/campaigns/bc-2026/dossiers/d-unknown00/decision',
  '/admin/campaigns/bc-2026/comptoirs/cpt-2026-lievin/attendance',
  '/__mock/clock',
  '/__mock/config',
];

/** A valid body for each creating POST, to be broken one field at a time. */
const VALID: Record<string, Record<string, unknown>> = {
  registrations: { name: 'Alix Cuvelier', email: 'alix@example.org' },
  dossiers: {
    holder: { name: 'Alix Cuvelier', email: 'alix@example.org', kind: 'citizen' },
    comptoirCode: 'C-0000-0000',
    title: 'Un projet',
    summary: 'Résumé',
    description: 'Texte',
    requestedAmountCents: 100_000,
    communeCode: '62041',
    certifiesAccuracy: true,
  },
  voters: { firstName: 'Alix', lastName: 'Cuvelier', birthDate: '2014-09-20', communeCode: '62041', email: 'alix@example.org' },
  'voters/verify': { verificationId: 'vf-0123456789abcdef', code: '123456' },
};

test('random JSON (and non-JSON) bodies on every POST: no 5xx, no change when refused', async () => {
  const token = await voterSession();
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...POSTS), jsonBody, clock, fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', ''), async (path, body, now, type) => {
      t.api.clock.set(Date.parse(now));
      const headers: Record<string, string> = { Authorization: `Bearer ${path.startsWith('/admin') ? ADMIN : token}` };
      if (type) headers['Content-Type'] = type;
      // The mock's own clock control may succeed on a valid instant: the rest must not.
      if (path.startsWith('/__mock')) return void (await probe('POST', path, { body, headers }));
      const status = await probe('POST', path, { body, headers });
      assert.ok(status >= 400, `${path} accepted ${body}`);
    }),
    { numRuns: 150 },
  );
});

test('valid bodies with one field broken: no 5xx, no change when refused', async () => {
  const wrong = fc.oneof(fc.jsonValue(), fc.string({ maxLength: 400 }), fc.constantFrom(null, '', ' ', -1, 0, 1e308, '2026-02-30', '62', '59350', 'x'.repeat(20_000)));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('registrations', 'dossiers', 'voters', 'voters/verify'), fc.nat(), wrong, fc.boolean(), clock, async (kind, pick, value, drop, now) => {
      t.api.clock.set(Date.parse(now));
      const body: Record<string, unknown> = structuredClone(VALID[kind]!);
      const keys = Object.keys(body);
      const key = keys[pick % keys.length]!;
      if (drop) delete body[key];
      else body[key] = value;
      const path = kind === 'registrations' ? '/campaigns/bc-2026/comptoirs/cpt-2026-berck/registrations' : `/campaigns/bc-2026/${kind}`;
      await probe('POST', path, { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `k-${pick}` } });
    }),
    { numRuns: 150 },
  );
});

test('random queries on every list, random paths and methods: no 5xx, nothing changes', async () => {
  const lists = ['/campaigns', '/communes', '/campaigns/bc-2026/projects', '/campaigns/bc-2025/projects', '/campaigns/bc-2026/comptoirs', '/admin/campaigns/bc-2026/dossiers', '/campaigns/bc-2026/dossiers/d-x'];
  const params = fc.dictionary(
    fc.constantFrom('limit', 'cursor', 'q', 'sort', 'seed', 'category', 'commune', 'arrondissement', 'postcode', 'from', 'to', 'format', 'status', 'receipt', 'x'),
    fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('0', '1', '100', '101', '-1', 'NaN', 'votes', 'random', '2026-01-01T00:00:00Z', '62041', '621', 'MS4wMDAwMDAwMDAw')),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...lists), params, clock, async (path, query, now) => {
      t.api.clock.set(Date.parse(now));
      const status = await probe('GET', `${path}?${new URLSearchParams(query)}`, { headers: ADMIN_HEADERS });
      assert.ok([200, 400, 403, 404].includes(status), `unexpected ${status}`);
    }),
    { numRuns: 150 },
  );
  await fc.assert(
    fc.asyncProperty(
      // Dot segments are left out: URL parsing resolves them, possibly out of /api/v1.
      fc.array(
        fc.oneof(fc.webSegment().filter((s) => !/^(?:\.|%2e){1,2}$/i.test(s)), fc.constantFrom('campaigns', 'bc-2026', 'projects', 'ballot', 'admin', 'dossiers', '%', '%E0%A4%A', '__mock')),
        { maxLength: 6 },
      ),
      fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
      headerText,
      async (segments, method, headerValue) => {
        const path = `/${segments.join('/')}`;
        if (method === 'POST' && path.includes('__mock')) return;
        const body = method === 'GET' || method === 'OPTIONS' ? undefined : '{}';
        await probe(method, path, { headers: { 'Content-Type': 'application/json', 'Idempotency-Key': headerValue, 'If-None-Match': headerValue }, ...(body === undefined ? {} : { body }) });
      },
    ),
    { numRuns: 150 },
  );
});
