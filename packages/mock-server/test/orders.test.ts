/**
 * Which refusal comes first when a request has several faults, as the route answers them from
 * the contract table: the path, the token, the body's syntax, the Idempotency-Key, what must be
 * found, the phase, and only then the body's fields. And the layers: the store speaks in
 * refusals, never in HTTP.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ADMIN_HEADERS, T, assertProblem, createTestApi, storeFingerprint } from './helpers.js';

describe('the order of refusals', () => {
  test('a closed phase says so whatever the form holds; a malformed body or an unknown id, before it', async () => {
    const t = createTestApi();
    t.api.clock.set(Date.parse(T.beforeVote));
    const before = storeFingerprint(t.api);
    assertProblem(await t.post('/campaigns/bc-2026/dossiers', { title: 42 }), 409, 'phase_closed');
    assertProblem(await t.post('/campaigns/bc-2026/voters', { firstName: '' }), 409, 'phase_closed');
    assertProblem(await t.post('/campaigns/bc-2026/comptoirs/cpt-2026-berck/registrations', { email: 'no' }), 409, 'phase_closed');
    assertProblem(await t.post('/campaigns/bc-2026/comptoirs/cpt-nope/registrations', { email: 'no' }), 404, 'not_found');
    assertProblem(await t.post('/campaigns/bc-1999/dossiers', { title: 42 }), 404, 'not_found');
    const malformed = await t.call('/campaigns/bc-2026/dossiers', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"title":' });
    assert.equal(malformed.status, 400, 'the body is read before the phase is checked');
    assert.equal(storeFingerprint(t.api), before);
  });

  test('a ballot: the campaign, then the token, then the body', async () => {
    const t = createTestApi();
    assertProblem(await t.post('/campaigns/bc-1999/ballot', { choices: {} }, { Authorization: 'Bearer nope' }), 404, 'not_found');
    const anonymous = await t.post('/campaigns/bc-2026/ballot', { choices: {} });
    assertProblem(anonymous, 401, 'unauthorized');
    assert.equal(anonymous.headers.get('WWW-Authenticate'), 'Bearer');
    const forged = await t.call('/campaigns/bc-2026/ballot', { method: 'POST', body: 'x', headers: { Authorization: 'Bearer nope' } });
    assert.equal(forged.status, 401);
    assert.equal(forged.headers.get('WWW-Authenticate'), 'Bearer error="invalid_token"');
  });

  test('a decision is final in any phase; an undecided dossier waits for labellisation', async () => {
    const t = createTestApi();
    const dossiers = (await t.get('/admin/campaigns/bc-2026/dossiers?limit=100', ADMIN_HEADERS)).body.items as Array<{ id: string; status: string }>;
    const decided = dossiers.find((d) => d.status !== 'submitted')!;
    const undecided = dossiers.find((d) => d.status === 'submitted')!;
    t.api.clock.set(Date.parse(T.vote));
    assertProblem(await t.post(`/admin/campaigns/bc-2026/dossiers/${decided.id}/decision`, { decision: 'rejected', reason: 'Non.' }, ADMIN_HEADERS), 409, 'decision_final');
    assertProblem(await t.post(`/admin/campaigns/bc-2026/dossiers/${undecided.id}/decision`, { decision: 'maybe' }, ADMIN_HEADERS), 409, 'phase_closed');
    assertProblem(await t.post('/admin/campaigns/bc-2026/dossiers/d-nope/decision', { decision: 'maybe' }, ADMIN_HEADERS), 404, 'not_found');
    t.api.clock.set(Date.parse(T.labellisation));
    assertProblem(await t.post(`/admin/campaigns/bc-2026/dossiers/${undecided.id}/decision`, { decision: 'maybe' }, ADMIN_HEADERS), 400, 'validation_failed');
    const unknownCategory = await t.post(`/admin/campaigns/bc-2026/dossiers/${undecided.id}/decision`, { decision: 'labelled', category: 'culture' }, ADMIN_HEADERS);
    assertProblem(unknownCategory, 422, 'validation_failed');
  });

  test('an id longer than 200 characters is an unknown one, after the token', async () => {
    const t = createTestApi();
    const long = 'x'.repeat(201);
    assertProblem(await t.get(`/campaigns/${long}`), 404, 'not_found');
    assertProblem(await t.get(`/admin/campaigns/${long}/dossiers`), 401, 'unauthorized');
    assertProblem(await t.get(`/admin/campaigns/${long}/dossiers`, ADMIN_HEADERS), 404, 'not_found');
  });
});

describe('layers', () => {
  test('the store imports nothing of the HTTP layer and names no status', () => {
    const dir = new URL('../src/store/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      assert.doesNotMatch(source, /from '\.\.\/http\//, `store/${file} imports the HTTP layer`);
      assert.doesNotMatch(source, /\b(?:status|[45]\d\d)\s*[:,]\s*[45]\d\d\b|ApiProblem/, `store/${file} names an HTTP status`);
    }
  });
});
