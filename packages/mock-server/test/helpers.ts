/**
 * Test helpers: an isolated mock API per test, reached through a `fetch` that hands requests
 * straight to the mock's `handle` (no global interception, so instances never see each other).
 * `from` names the client's address, as a server's connection would (rate limits count per address).
 */
import assert from 'node:assert/strict';
import { Problem } from '@budget-citoyen/sdk/schemas';
import { createMockApi, type MockApi, type MockApiOptions } from '../src/api.js';
import { verificationCode } from '../src/testing.js';

export const BASE = 'http://mock.test/api/v1';
export const ADMIN = 'admin-dev-token';
/** The headers of an admin request. */
export const ADMIN_HEADERS = { Authorization: `Bearer ${ADMIN}` };

export interface TestApi {
  api: MockApi;
  fetch: typeof fetch;
  /** `fetch` of a path under the base URL. */
  call: (path: string, init?: RequestInit, from?: string) => Promise<Response>;
  /** GET or POST with JSON, read back: `{ status, headers, body }`. */
  get: (path: string, headers?: Record<string, string>, from?: string) => Promise<Reply>;
  post: (path: string, body: unknown, headers?: Record<string, string>, from?: string) => Promise<Reply>;
  setClock: (iso: string) => Promise<void>;
}

/** JSON read back in tests; each test asserts the shape it relies on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply {
  status: number;
  headers: Headers;
  body: Json;
  text: string;
}

export function createTestApi(options: MockApiOptions = {}): TestApi {
  const api = createMockApi({ baseUrl: BASE, ...options });
  const send = async (input: RequestInfo | URL, init?: RequestInit, from?: string) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const response = await api.handle(request, from === undefined ? undefined : { address: from, controls: true });
    if (!response) throw new Error(`no handler for ${request.method} ${request.url}`);
    if (response.type === 'error') throw new TypeError('fetch failed (network error)');
    return response;
  };
  const testFetch: typeof fetch = (input, init) => send(input, init);
  const call = (path: string, init?: RequestInit, from?: string) => send(BASE + path, init, from);
  const read = async (response: Response): Promise<Reply> => {
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: response.status, headers: response.headers, body, text };
  };
  return {
    api,
    fetch: testFetch,
    call,
    get: async (path, headers = {}, from) => read(await call(path, { headers }, from)),
    post: async (path, body, headers = {}, from) =>
      read(await call(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }, from)),
    setClock: async (iso) => {
      const response = await call('/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: iso }) });
      assert.equal(response.status, 200, await response.text());
    },
  };
}

/**
 * A voter registered through `t`, and the code e-mailed (the mock's outbox) given back: the
 * session the code gives (`token`, `voterId`, `expiresAt`).
 */
export async function voterSession(t: TestApi, campaignId: string, voter: { email: string } & Record<string, string>): Promise<Json> {
  const registered = await t.post(`/campaigns/${campaignId}/voters`, voter);
  assert.equal(registered.status, 202, registered.text);
  const verified = await t.post(`/campaigns/${campaignId}/voters/verify`, {
    verificationId: registered.body.verificationId,
    code: verificationCode(t.api, voter.email),
  });
  assert.equal(verified.status, 201, verified.text);
  return verified.body;
}

/** {@link voterSession}'s token. */
export async function voterToken(t: TestApi, campaignId: string, voter: { email: string } & Record<string, string>): Promise<string> {
  return (await voterSession(t, campaignId, voter)).token;
}

/** A problem document with this status and code, valid against the SDK's schema. */
export function assertProblem(reply: Reply, status: number, code: string): void {
  assert.equal(reply.status, status, `expected ${status} ${code}, got ${reply.status} ${reply.text}`);
  assert.match(reply.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  const parsed = Problem.safeParse(reply.body);
  assert.ok(parsed.success, `not a Problem: ${reply.text}`);
  assert.equal(reply.body.code, code, reply.text);
  assert.equal(reply.body.status, status);
}

/** Parses with an SDK schema and fails the test with the issues if it does not match. */
export function assertSchema<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: unknown } } }, value: unknown, what = 'body'): T {
  const result = schema.safeParse(value);
  if (!result.success) assert.fail(`${what} does not match the schema: ${JSON.stringify(result.error.issues).slice(0, 800)}\n${JSON.stringify(value).slice(0, 400)}`);
  return result.data;
}

/** A fingerprint of everything the store holds, to prove a request changed nothing. */
export function storeFingerprint(api: MockApi): string {
  const s = api.store.state;
  const ids = (map: Map<string, unknown>) => [...map.keys()].join(',');
  return JSON.stringify({
    campaigns: ids(s.campaigns),
    projects: ids(s.projects),
    comptoirs: ids(s.comptoirs),
    registrations: [...s.registrations.values()].map((r) => `${r.id}:${r.status}:${r.attended}:${r.usedByDossierId}`).join(','),
    dossiers: [...s.dossiers.values()].map((d) => `${d.id}:${d.status}`).join(','),
    voters: s.voters.size,
    tokens: s.tokens.size,
    verifications: [...s.verifications.values()].map((v) => `${v.id}:${v.triesLeft}:${v.voided}:${v.session !== null}`).join(','),
    ballots: s.ballots.size,
    outbox: s.outbox.length,
    idempotency: s.idempotency.size,
  });
}

/** A valid dossier request with `comptoirCode`, for tests where only the code or the phase matters. */
export const dossierRequest = (comptoirCode: string, email = 'camille@example.org') => ({
  holder: { name: 'Camille Roger', email, kind: 'citizen' },
  comptoirCode,
  title: 'Un verger partagé',
  summary: 'Des arbres fruitiers pour le quartier.',
  description: 'Planter vingt arbres.',
  requestedAmountCents: 300_000,
  communeCode: '62041',
  certifiesAccuracy: true,
});

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** Instants of the 2026 scenario (Paris time). */
export const T = {
  comptoirsOpen: '2026-01-15T10:00:00+01:00',
  depot: '2026-04-09T10:00:00+02:00',
  labellisation: '2026-05-12T10:00:00+02:00',
  beforeVote: '2026-09-01T10:00:00+02:00',
  vote: '2026-09-20T12:00:00+02:00',
  afterVote: '2026-09-28T10:00:00+02:00',
} as const;
