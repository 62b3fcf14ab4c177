/** Retries: idempotent requests only, the same Idempotency-Key on every attempt, Retry-After honoured. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createClient, isNetworkError, isRateLimitError, isValidationError, hasErrorCode } from '@budget-citoyen/sdk';
import { BASE, ballotReceipt, campaign, problem, registration, useServer, UUID } from './fixtures.js';

const server = useServer();
// Small backoff keeps the suite fast; jitter keeps each wait at or under it.
const client = createClient({ baseUrl: BASE, retry: { limit: 2, maxBackoffMs: 20 } });

const unavailable = (headers: Record<string, string> = {}) =>
  HttpResponse.json(problem(503, 'unavailable'), { status: 503, headers: { 'content-type': 'application/problem+json', ...headers } });

/** Answers with `answers[n]` on the n-th call (the last one again after that), recording each request. */
function sequence(method: 'get' | 'post', path: string, answers: (() => Response)[]) {
  const requests: { at: number; headers: Headers; body: string }[] = [];
  server.use(
    http[method](`${BASE}${path}`, async ({ request }) => {
      requests.push({ at: Date.now(), headers: request.headers, body: await request.text() });
      return answers[Math.min(requests.length, answers.length) - 1]!();
    }),
  );
  return requests;
}

describe('POSTs that create something', () => {
  test('a 503 then a 201: retried with the same Idempotency-Key and body', async () => {
    const requests = sequence('post', '/campaigns/pdc-2026/ballot', [unavailable, () => HttpResponse.json(ballotReceipt, { status: 201 })]);
    const receipt = await client.ballot.cast('pdc-2026', { cooperation: 'p-1' }, { token: 'voter-token' });
    assert.deepEqual(receipt, ballotReceipt);
    assert.equal(requests.length, 2);
    const [first, second] = requests as [(typeof requests)[0], (typeof requests)[0]];
    assert.match(first.headers.get('idempotency-key') ?? '', UUID);
    assert.equal(second.headers.get('idempotency-key'), first.headers.get('idempotency-key'));
    assert.equal(second.body, first.body);
    assert.equal(second.headers.get('authorization'), 'Bearer voter-token');
  });

  test('a network failure then a 201: retried with the same key', async () => {
    const requests = sequence('post', '/campaigns/pdc-2026/comptoirs/c-1/registrations', [
      () => HttpResponse.error(),
      () => HttpResponse.json(registration, { status: 201 }),
    ]);
    await client.comptoirs.register('pdc-2026', 'c-1', { name: 'Camille', email: 'c@example.org' }, { idempotencyKey: 'k-1' });
    assert.deepEqual(
      requests.map((r) => r.headers.get('idempotency-key')),
      ['k-1', 'k-1'],
    );
  });

  test('a 400 is never retried', async () => {
    const requests = sequence('post', '/campaigns/pdc-2026/ballot', [
      () => HttpResponse.json(problem(400, 'validation_failed'), { status: 400 }),
    ]);
    await assert.rejects(client.ballot.cast('pdc-2026', {}, { token: 't' }), isValidationError);
    assert.equal(requests.length, 1);
  });

  test('no 4xx but 408 and 429 is retried (409, 422, 401, 404, 413)', async () => {
    for (const [status, code] of [
      [409, 'already_voted'],
      [422, 'not_resident'],
      [401, 'unauthorized'],
      [404, 'not_found'],
      [413, 'payload_too_large'],
    ] as const) {
      const requests = sequence('post', '/campaigns/pdc-2026/ballot', [() => HttpResponse.json(problem(status, code), { status })]);
      await assert.rejects(client.ballot.cast('pdc-2026', {}, { token: 't' }), (e: unknown) => hasErrorCode(e, code));
      assert.equal(requests.length, 1, `${status} is not retried`);
    }
  });

  test('mock controls (POSTs without a key) are never retried', async () => {
    const requests = sequence('post', '/__mock/reset', [unavailable]);
    await assert.rejects(client.mock.reset(), (e: unknown) => hasErrorCode(e, 'unavailable'));
    assert.equal(requests.length, 1);
  });
});

describe('GETs', () => {
  test('retried on 503 until they succeed', async () => {
    const requests = sequence('get', '/campaigns/pdc-2026', [unavailable, unavailable, () => HttpResponse.json(campaign)]);
    assert.deepEqual(await client.campaigns.get('pdc-2026'), campaign);
    assert.equal(requests.length, 3);
  });

  test('retried on 408, 429, 500, 502, 504', async () => {
    for (const status of [408, 429, 500, 502, 504]) {
      const requests = sequence('get', '/campaigns/pdc-2026', [
        () => HttpResponse.json(problem(status, 'x'), { status }),
        () => HttpResponse.json(campaign),
      ]);
      await client.campaigns.get('pdc-2026');
      assert.equal(requests.length, 2, `${status} is retried`);
    }
  });

  test('`retry.limit` attempts, then the last error', async () => {
    const requests = sequence('get', '/campaigns/pdc-2026', [unavailable]);
    await assert.rejects(client.campaigns.get('pdc-2026'), (e: unknown) => hasErrorCode(e, 'unavailable'));
    assert.equal(requests.length, 3);

    const once = createClient({ baseUrl: BASE, retry: 0 });
    const again = sequence('get', '/campaigns/pdc-2026', [unavailable]);
    await assert.rejects(once.campaigns.get('pdc-2026'));
    assert.equal(again.length, 1);
  });

  test('network failures are retried, then a NetworkError', async () => {
    const requests = sequence('get', '/campaigns/pdc-2026', [() => HttpResponse.error()]);
    await assert.rejects(client.campaigns.get('pdc-2026'), isNetworkError);
    assert.equal(requests.length, 3);
  });
});

describe('Retry-After', () => {
  test('is waited for before the next attempt', async () => {
    const patient = createClient({ baseUrl: BASE, retry: { limit: 1, maxBackoffMs: 5000 } });
    const requests = sequence('get', '/campaigns/pdc-2026', [
      () => HttpResponse.json(problem(429, 'rate_limited'), { status: 429, headers: { 'retry-after': '1' } }),
      () => HttpResponse.json(campaign),
    ]);
    await patient.campaigns.get('pdc-2026');
    assert.equal(requests.length, 2);
    const waited = requests[1]!.at - requests[0]!.at;
    assert.ok(waited >= 950, `waited ${waited} ms for Retry-After: 1`);
  });

  test('longer than maxBackoffMs: not waited for, the RateLimitError says when to come back', async () => {
    const requests = sequence('get', '/campaigns/pdc-2026', [
      () => HttpResponse.json(problem(429, 'rate_limited'), { status: 429, headers: { 'retry-after': '120' } }),
    ]);
    const error = await client.campaigns.get('pdc-2026').catch((e: unknown) => e);
    assert.ok(isRateLimitError(error));
    assert.equal(error.retryAfterMs, 120_000);
    assert.equal(requests.length, 1);
  });
});
