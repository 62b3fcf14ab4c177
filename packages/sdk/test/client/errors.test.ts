/** Every failure is a typed BudgetCitoyenError; only the caller's own abort stays the caller's. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import vm from 'node:vm';
import { delay, http, HttpResponse } from 'msw';
import {
  AuthenticationError,
  BudgetCitoyenError,
  ConflictError,
  createClient,
  hasErrorCode,
  isAuthenticationError,
  isBudgetCitoyenError,
  isConflictError,
  isNetworkError,
  isNotFoundError,
  isPermissionError,
  isRateLimitError,
  isResponseValidationError,
  isTimeoutError,
  isValidationError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
} from '@budget-citoyen/sdk';
import { parseRetryAfter } from '../../src/client/response.js';
import type * as Errors from '../../src/errors.js';
import { BASE, campaign, dossierRequest, page, problem, project, useServer } from './fixtures.js';

const server = useServer();
const client = createClient({ baseUrl: BASE, retry: 0 });

type ErrorClass = abstract new (...args: never[]) => BudgetCitoyenError;
const fieldErrors = [{ path: 'holder.email', message: 'Invalid email' }];

// The table at the end of the contract, each with the class and guard it must give.
const REQUIRED: [code: string, status: number, type: ErrorClass, guard: (e: unknown) => boolean][] = [
  ['validation_failed', 400, ValidationError, isValidationError],
  ['validation_failed', 422, ValidationError, isValidationError],
  ['unauthorized', 401, AuthenticationError, isAuthenticationError],
  ['forbidden', 403, PermissionError, isPermissionError],
  ['not_found', 404, NotFoundError, isNotFoundError],
  ['dossier_immutable', 405, ConflictError, isConflictError],
  ['already_registered', 409, ConflictError, isConflictError],
  ['already_voted', 409, ConflictError, isConflictError],
  ['idempotency_conflict', 409, ConflictError, isConflictError],
  ['decision_final', 409, ConflictError, isConflictError],
  ['phase_closed', 409, ConflictError, isConflictError],
  ['not_eligible_age', 422, ValidationError, isValidationError],
  ['not_resident', 422, ValidationError, isValidationError],
  ['comptoir_participation_required', 422, ValidationError, isValidationError],
  ['comptoir_participation_used', 409, ConflictError, isConflictError],
  ['results_not_public', 403, PermissionError, isPermissionError],
  ['rate_limited', 429, RateLimitError, isRateLimitError],
  ['payload_too_large', 413, BudgetCitoyenError, isBudgetCitoyenError],
  ['unsupported_media_type', 415, BudgetCitoyenError, isBudgetCitoyenError],
  ['invalid_code', 422, ValidationError, isValidationError],
  ['verification_expired', 410, ConflictError, isConflictError],
];

const problemJson = (status: number, code: string, headers: Record<string, string> = {}) =>
  HttpResponse.json(problem(status, code, code === 'validation_failed' ? { errors: fieldErrors } : {}), {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req-1', ...headers },
  });

describe('problem+json answers', () => {
  for (const [code, status, type, guard] of REQUIRED) {
    test(`${status} ${code} → ${type.name}`, async () => {
      server.use(http.post(`${BASE}/campaigns/pdc-2026/dossiers`, () => problemJson(status, code, { 'retry-after': '30' })));
      const error = await client.dossiers.submit('pdc-2026', dossierRequest).then(
        () => assert.fail('should reject'),
        (e: unknown) => e,
      );
      assert.ok(error instanceof type, `${String(error)} is a ${type.name}`);
      assert.equal(error.constructor, type, 'the most specific class');
      assert.ok(guard(error));
      assert.ok(hasErrorCode(error, code));
      assert.equal(error.status, status);
      assert.equal(error.title, code.replaceAll('_', ' '));
      assert.equal(error.detail, `detail of ${code}`);
      assert.equal(error.message, `detail of ${code}`);
      assert.equal(error.type, `https://budget.test/problems/${code}`);
      assert.equal(error.requestId, 'req-1');
      assert.equal(error.response?.status, status);
      assert.deepEqual(error.errors, code === 'validation_failed' ? fieldErrors : []);
      if (error instanceof RateLimitError) assert.equal(error.retryAfterMs, 30_000);
    });
  }

  test('extensions: the problem’s other members (triesLeft on invalid_code), none on a plain problem', async () => {
    server.use(
      http.post(`${BASE}/campaigns/pdc-2026/voters/verify`, () =>
        HttpResponse.json({ ...problem(422, 'invalid_code'), triesLeft: 3 }, { status: 422, headers: { 'content-type': 'application/problem+json' } }),
      ),
    );
    const error = await client.voters.verify('pdc-2026', { verificationId: 'vf-1', code: '000000' }).catch((e: unknown) => e);
    assert.ok(isValidationError(error) && hasErrorCode(error, 'invalid_code'));
    assert.deepEqual(error.extensions, { triesLeft: 3 });
    server.use(http.get(`${BASE}/campaigns/x`, () => problemJson(409, 'phase_closed')));
    assert.deepEqual(((await client.campaigns.get('x').catch((e: unknown) => e)) as BudgetCitoyenError).extensions, {});
  });

  test('a code asked for again too soon: RateLimitError at once, retryAfterMs from Retry-After (longer than the backoff)', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/campaigns/pdc-2026/voters`, () => {
        calls++;
        return problemJson(429, 'rate_limited', { 'retry-after': '25' });
      }),
    );
    const retrying = createClient({ baseUrl: BASE });
    const body = { firstName: 'Léa', lastName: 'Dupont', birthDate: '2010-03-02', communeCode: '62041', email: 'lea@example.org' };
    const error = await retrying.voters.register('pdc-2026', body).catch((e: unknown) => e);
    assert.ok(isRateLimitError(error));
    assert.equal(error.retryAfterMs, 25_000);
    assert.equal(calls, 1, 'not held for 25 s');
  });

  test('an unknown code keeps its code, and its class comes from the status', async () => {
    server.use(http.get(`${BASE}/campaigns/x`, () => problemJson(409, 'brand_new_conflict')));
    const error = await client.campaigns.get('x').catch((e: unknown) => e);
    assert.ok(error instanceof ConflictError);
    assert.equal(error.code, 'brand_new_conflict');
  });

  test('a 500 problem is a plain BudgetCitoyenError', async () => {
    server.use(http.get(`${BASE}/campaigns/x`, () => problemJson(500, 'internal')));
    const error = await client.campaigns.get('x').catch((e: unknown) => e);
    assert.ok(error instanceof BudgetCitoyenError);
    assert.equal(error.constructor, BudgetCitoyenError);
    assert.equal(error.kind, 'api');
    assert.equal(error.code, 'internal');
  });
});

describe('answers that are not problem+json', () => {
  const cases: [status: number, body: string, type: string, code: string, ErrorClass][] = [
    [404, 'Not Found', 'text/plain', 'not_found', NotFoundError],
    [502, '<html><body>Bad gateway</body></html>', 'text/html', 'server_error', BudgetCitoyenError],
    [401, '', 'text/plain', 'unauthorized', AuthenticationError],
    [429, '{"broken json', 'application/json', 'rate_limited', RateLimitError],
    [418, '{"code": 42}', 'application/problem+json', 'http_error', BudgetCitoyenError],
  ];
  for (const [status, body, type, code, errorClass] of cases) {
    test(`${status} ${type} ${JSON.stringify(body).slice(0, 20)} → ${code}`, async () => {
      server.use(http.get(`${BASE}/campaigns/x`, () => new HttpResponse(body, { status, headers: { 'content-type': type } })));
      const error = await client.campaigns.get('x').catch((e: unknown) => e);
      assert.ok(error instanceof errorClass);
      assert.equal(error.code, code);
      assert.equal(error.status, status);
      assert.ok(error.title.length > 0);
    });
  }

  test('Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    server.use(http.get(`${BASE}/campaigns/x`, () => problemJson(429, 'rate_limited', { 'retry-after': at })));
    const error = await client.campaigns.get('x').catch((e: unknown) => e);
    assert.ok(isRateLimitError(error));
    assert.ok(error.retryAfterMs! > 100_000 && error.retryAfterMs! <= 120_000, String(error.retryAfterMs));
  });

  test('parseRetryAfter reads seconds and dates, never a negative wait', () => {
    assert.equal(parseRetryAfter('5'), 5000);
    assert.equal(parseRetryAfter(' 0 '), 0);
    assert.equal(parseRetryAfter(null), undefined);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(new Date(Date.now() - 60_000).toUTCString()), 0);
    const later = parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())!;
    assert.ok(later > 8000 && later <= 10_000);
  });
});

describe('responses that break the contract', () => {
  test('a malformed body is a ResponseValidationError listing the paths', async () => {
    const { title: _dropped, ...rest } = campaign;
    server.use(http.get(`${BASE}/campaigns/x`, () => HttpResponse.json({ ...rest, currentPhase: 'bogus', voting: { ...campaign.voting, minAge: -1 } })));
    const error = await client.campaigns.get('x').catch((e: unknown) => e);
    assert.ok(error instanceof ResponseValidationError);
    assert.ok(isResponseValidationError(error));
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.status, 200);
    assert.deepEqual(error.errors.map((e) => e.path).sort(), ['currentPhase', 'title', 'voting.minAge']);
    assert.match(error.message, /currentPhase/);
  });

  test('a malformed list item names its index', async () => {
    server.use(http.get(`${BASE}/campaigns/c/projects`, () => HttpResponse.json(page([project, { ...project, requestedAmountCents: 1.5 }]))));
    const error = await client.projects.list('c').then(
      () => assert.fail('should reject'),
      (e: unknown) => e,
    );
    assert.ok(isResponseValidationError(error));
    assert.deepEqual(error.errors.map((e) => e.path), ['items.1.requestedAmountCents']);
  });

  test('facets: malformed ones name their path; a server without them (contract 1.0) is told apart', async () => {
    const facets = { categories: [{ id: 'cooperation', name: 'Coopération', count: -1 }], arrondissements: [], communes: [{ code: '62041', name: 'Arras' }] };
    server.use(http.get(`${BASE}/campaigns/c/projects`, () => HttpResponse.json({ ...page([project]), facets })));
    const malformed = await client.projects.list('c', { facets: true }).then(
      () => assert.fail('should reject'),
      (e: unknown) => e,
    );
    assert.ok(isResponseValidationError(malformed));
    assert.deepEqual(malformed.errors.map((e) => e.path).sort(), ['facets.categories.0.count', 'facets.communes.0.count']);

    server.use(http.get(`${BASE}/campaigns/c/projects`, () => HttpResponse.json(page([project]))));
    const missing = await client.projects.facets('c').catch((e: unknown) => e);
    assert.ok(isResponseValidationError(missing));
    assert.deepEqual(missing.errors, [{ path: 'facets', message: 'missing' }]);
    assert.match(missing.message, /contract 1\.1/);
  });

  test('a 200 that is not JSON', async () => {
    server.use(http.get(`${BASE}/campaigns/x`, () => HttpResponse.html('<!doctype html><p>Welcome')));
    const error = await client.campaigns.get('x').catch((e: unknown) => e);
    assert.ok(isResponseValidationError(error));
    assert.match(error.message, /not JSON \(text\/html/);
  });

  test('unknown fields are dropped, not refused (newer servers stay compatible)', async () => {
    server.use(http.get(`${BASE}/campaigns/x`, () => HttpResponse.json({ ...campaign, futureField: 1 })));
    assert.deepEqual(await client.campaigns.get('x'), campaign);
  });
});

describe('transport failures', () => {
  test('a network failure is a NetworkError', async () => {
    server.use(http.get(`${BASE}/campaigns/x`, () => HttpResponse.error()));
    const error = await client.campaigns.get('x').catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.ok(isNetworkError(error));
    assert.equal(error.code, 'network_error');
    assert.ok(error.cause instanceof TypeError);
  });

  test('no answer within timeoutMs is a TimeoutError', async () => {
    const slow = createClient({ baseUrl: BASE, timeoutMs: 30, retry: 0 });
    server.use(
      http.get(`${BASE}/campaigns/x`, async () => {
        await delay(300);
        return HttpResponse.json(campaign);
      }),
    );
    const error = await slow.campaigns.get('x').catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.ok(isTimeoutError(error));
    assert.equal(error.code, 'timeout');
    assert.match(error.message, /30 ms/);
  });

  test('a timed-out GET is not retried', async () => {
    let calls = 0;
    const slow = createClient({ baseUrl: BASE, timeoutMs: 30, retry: { limit: 2, maxBackoffMs: 10 } });
    server.use(
      http.get(`${BASE}/campaigns/x`, async () => {
        calls++;
        await delay(300);
        return HttpResponse.json(campaign);
      }),
    );
    await assert.rejects(slow.campaigns.get('x'), isTimeoutError);
    assert.equal(calls, 1);
  });

  test('the caller’s abort rejects with the caller’s reason, not an SDK error', async () => {
    server.use(
      http.get(`${BASE}/campaigns/x`, async () => {
        await delay(300);
        return HttpResponse.json(campaign);
      }),
    );
    const controller = new AbortController();
    const call = client.campaigns.get('x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = await call.catch((e: unknown) => e);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, 'AbortError');

    const reason = new Error('navigated away');
    const again = new AbortController();
    const second = client.campaigns.get('x', { signal: again.signal });
    again.abort(reason);
    assert.equal(await second.catch((e: unknown) => e), reason);
  });

  test('an already aborted signal sends nothing', async () => {
    const error = await client.dossiers.submit('pdc-2026', dossierRequest, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    assert.ok(error instanceof DOMException && error.name === 'AbortError');
  });
});

describe('guards work across copies of the SDK', () => {
  test('an error from a second copy of errors.ts', async () => {
    const copy = (await import('../../src/errors.ts?copy' as string)) as typeof Errors;
    assert.notEqual(copy.BudgetCitoyenError, BudgetCitoyenError);
    const error = new copy.ConflictError({ code: 'already_voted', status: 409 });
    assert.equal(error instanceof BudgetCitoyenError, false, 'instanceof fails across copies…');
    assert.ok(isBudgetCitoyenError(error), '…the brand does not');
    assert.ok(isConflictError(error));
    assert.ok(hasErrorCode(error, 'already_voted'));
    assert.equal(isNotFoundError(error), false);
    const limited = new copy.RateLimitError({ code: 'rate_limited', retryAfterMs: 5 });
    assert.ok(isRateLimitError(limited));
    assert.equal(limited.retryAfterMs, 5);
  });

  test('an object from another realm carrying the brand', () => {
    const foreign: unknown = vm.runInNewContext(
      `const e = new Error('x');
       Object.defineProperty(e, Symbol.for('budget-citoyen.error'), { value: true });
       e.kind = 'permission'; e.code = 'results_not_public'; e`,
    );
    assert.equal(foreign instanceof Error, false);
    assert.ok(isBudgetCitoyenError(foreign));
    assert.ok(isPermissionError(foreign));
    assert.ok(hasErrorCode(foreign, 'results_not_public'));
  });

  test('look-alikes without the brand are refused', () => {
    assert.equal(isBudgetCitoyenError({ kind: 'permission', code: 'forbidden' }), false);
    assert.equal(isBudgetCitoyenError(new Error('x')), false);
    assert.equal(isBudgetCitoyenError(null), false);
  });
});
