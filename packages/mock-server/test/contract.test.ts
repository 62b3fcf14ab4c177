/**
 * Contract: every answer of every endpoint, errors included, parses with the SDK's schemas.
 * A checking `fetch` validates each response against the schema of its route (Problem for
 * every error) while a walk visits each endpoint in each state of the campaign, and provokes
 * every error code of the contract.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpoints, type Endpoint } from '@budget-citoyen/sdk';
import { DossierRequest, Problem, Results } from '@budget-citoyen/sdk/schemas';
import { compilePath } from '../src/http/route.js';
import { verificationCode } from '../src/testing.js';
import { ADMIN_HEADERS, T, assertSchema, createTestApi, type Json } from './helpers.js';

type Schema = Parameters<typeof assertSchema>[0];
/**
 * Every endpoint of the contract table, its path as a pattern and its response schema (`null`
 * for a body that is not JSON, or not in the contract); the most literal path first, so that
 * `…/comptoirs/{comptoirId}.ics` is not taken for a comptoir.
 */
const ROUTES: Array<[method: string, pattern: RegExp, schema: Schema | null, name: string]> = (Object.entries(endpoints) as [string, Endpoint][])
  .sort(([, a], [, b]) => b.path.replace(/\{\w+\}/g, '').length - a.path.replace(/\{\w+\}/g, '').length)
  .map(([name, e]) => [e.method, compilePath('', e.path), (e.response as Schema | undefined) ?? null, name]);

test('every answer of every endpoint matches the contract', async () => {
  const t = createTestApi({ rateLimit: false });
  const seenCodes = new Set<string>();
  const checked = new Map<string, number>();

  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
    }
    const response = await t.call(path, init);
    const text = await response.text();
    const route = path.split('?')[0]!;
    const what = `${method} ${path} → ${response.status}`;
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*', what);
    assert.ok(response.status < 500, `${what}: ${text}`);
    let parsed: Json;
    if (response.status >= 400) {
      assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/, what);
      parsed = assertSchema(Problem, JSON.parse(text), what);
      assert.equal(parsed.status, response.status, what);
      seenCodes.add(parsed.code);
    } else if (response.status !== 304) {
      const entry = ROUTES.find(([m, pattern]) => m === method && pattern.test(route));
      assert.ok(entry, `no contract for ${what}`);
      if (method === 'GET') assert.ok(response.headers.get('ETag'), `${what} has an ETag`);
      if (entry[2]) parsed = assertSchema(entry[2], JSON.parse(text), what);
      checked.set(entry[3], (checked.get(entry[3]) ?? 0) + 1);
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };
  const everyList = async (path: string, headers: Record<string, string> = {}) => {
    let cursor: string | null = null;
    const items: Json[] = [];
    do {
      const page: { body: { items: Json[]; nextCursor: string | null } } = await send('GET', `${path}${path.includes('?') ? '&' : '?'}limit=100${cursor ? `&cursor=${cursor}` : ''}`, undefined, headers);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  };

  // Public reads at four moments: before the vote, during it, after it; both campaigns.
  for (const now of [T.comptoirsOpen, T.beforeVote, T.vote, T.afterVote]) {
    t.api.clock.set(Date.parse(now));
    await send('GET', '/campaigns');
    for (const id of ['bc-2025', 'bc-2026']) {
      await send('GET', `/campaigns/${id}`);
      for (const project of await everyList(`/campaigns/${id}/projects`)) await send('GET', `/campaigns/${id}/projects/${project.id}`);
      for (const comptoir of await everyList(`/campaigns/${id}/comptoirs`)) {
        await send('GET', `/campaigns/${id}/comptoirs/${comptoir.id}`);
        await send('GET', `/campaigns/${id}/comptoirs/${comptoir.id}.ics`);
      }
      await send('GET', `/campaigns/${id}/comptoirs.ics`);
      await send('GET', `/campaigns/${id}/results`);
    }
  }
  await send('GET', '');
  await everyList('/communes');
  await send('GET', '/communes/62041');
  await send('GET', '/communes/59350');

  // Seeded dossiers hold what a holder could have submitted.
  for (const d of await everyList('/admin/campaigns/bc-2026/dossiers', ADMIN_HEADERS)) {
    const { id, campaignId, status, submittedAt, receiptCode, decision, projectId, ...request } = d;
    assertSchema(DossierRequest, request, `seeded dossier ${id}`);
    await send('GET', `/admin/campaigns/bc-2026/dossiers/${id}`, undefined, ADMIN_HEADERS);
    await send('GET', `/campaigns/bc-2026/dossiers/${id}?receipt=${receiptCode}`);
    void [campaignId, status, submittedAt, decision, projectId];
  }
  await everyList('/admin/campaigns/bc-2025/dossiers', ADMIN_HEADERS);

  // The process, with its refusals.
  t.api.clock.set(Date.parse(T.comptoirsOpen));
  const reg = (email: string, comptoir = 'cpt-2026-berck') => send('POST', `/campaigns/bc-2026/comptoirs/${comptoir}/registrations`, { name: 'Élise Noël', email });
  const r1 = await reg('elise@example.org');
  const r2 = await reg('elise.2@example.org');
  await reg('ELISE@example.org'); // already_registered
  await reg('someone@example.org', 'cpt-nope'); // not_found
  await send('POST', '/campaigns/bc-2026/comptoirs/cpt-2026-berck/registrations', { name: '', email: 'not-an-email' }); // validation_failed
  await send('POST', '/campaigns/bc-2026/comptoirs/cpt-2026-berck/registrations', 'name=x', { 'Content-Type': 'application/x-www-form-urlencoded' }); // unsupported_media_type
  await send('POST', '/campaigns/bc-2026/comptoirs/cpt-2026-berck/registrations', JSON.stringify({ name: 'x'.repeat(70_000) })); // payload_too_large
  await send('POST', '/admin/campaigns/bc-2026/comptoirs/cpt-2026-berck/attendance', { codes: [r1.body.code, 'C-ZZZZ-ZZZZ'] }, ADMIN_HEADERS);
  await everyList('/admin/campaigns/bc-2026/comptoirs/cpt-2026-berck/registrations', ADMIN_HEADERS);
  await send('POST', '/admin/campaigns/bc-2026/comptoirs/cpt-2026-berck/attendance', { codes: [] }, ADMIN_HEADERS); // validation_failed
  await send('POST', '/admin/campaigns/bc-2026/comptoirs/cpt-2026-berck/attendance', { codes: ['x'] }); // unauthorized

  t.api.clock.set(Date.parse(T.depot));
  const dossier = (comptoirCode: string) => ({
    holder: { name: 'Élise Noël', email: 'elise@example.org', kind: 'collective', organisation: 'Collectif du marais' },
    comptoirCode,
    title: 'Jardin partagé du marais',
    summary: 'Un jardin cultivé ensemble.',
    description: 'Un paragraphe.',
    requestedAmountCents: 500_000,
    communeCode: '62765',
    certifiesAccuracy: true,
  });
  const d1 = await send('POST', '/campaigns/bc-2026/dossiers', dossier(r1.body.code));
  await send('POST', '/campaigns/bc-2026/dossiers', dossier(r1.body.code)); // comptoir_participation_used
  await send('POST', '/campaigns/bc-2026/dossiers', dossier(r2.body.code)); // comptoir_participation_required
  await send('POST', '/campaigns/bc-2026/dossiers', { ...dossier(r2.body.code), certifiesAccuracy: false }); // validation_failed
  await send('PATCH', `/campaigns/bc-2026/dossiers/${d1.body.id}`, { title: 'x' }); // dossier_immutable
  await send('GET', `/campaigns/bc-2026/dossiers/${d1.body.id}?receipt=${d1.body.receiptCode}`);
  await send('GET', `/campaigns/bc-2026/dossiers/${d1.body.id}`); // validation_failed (no receipt)
  await send('POST', `/admin/campaigns/bc-2026/dossiers/${d1.body.id}/decision`, { decision: 'labelled', category: 'cooperation' }, ADMIN_HEADERS); // phase_closed

  t.api.clock.set(Date.parse(T.labellisation));
  await send('POST', `/admin/campaigns/bc-2026/dossiers/${d1.body.id}/decision`, { decision: 'labelled', category: 'nope' }, ADMIN_HEADERS); // validation_failed 422
  await send('POST', `/admin/campaigns/bc-2026/dossiers/${d1.body.id}/decision`, { decision: 'maybe' }, ADMIN_HEADERS); // validation_failed 400
  const decided = await send('POST', `/admin/campaigns/bc-2026/dossiers/${d1.body.id}/decision`, { decision: 'labelled', category: 'cooperation' }, ADMIN_HEADERS);
  await send('POST', `/admin/campaigns/bc-2026/dossiers/${d1.body.id}/decision`, { decision: 'rejected', reason: 'Non.' }, ADMIN_HEADERS); // decision_final
  await send('GET', `/campaigns/bc-2026/projects/${decided.body.projectId}`);
  await send('GET', '/__mock/outbox');

  await send('POST', '/__mock/clock', { now: T.beforeVote });
  await send('GET', '/__mock/clock');
  t.api.clock.set(Date.parse(T.beforeVote));
  await send('GET', '/campaigns/bc-2026/results'); // results_not_public
  t.api.clock.set(Date.parse(T.vote));
  const voter = (email: string, extra = {}) => ({ firstName: 'Élise', lastName: 'Noël', birthDate: '1990-02-03', communeCode: '62765', email, ...extra });
  const registered = await send('POST', '/campaigns/bc-2026/voters', voter('elise@example.org'));
  await send('POST', '/campaigns/bc-2026/voters', voter('elise@example.org')); // rate_limited (a code moments ago)
  await send('POST', '/campaigns/bc-2026/voters', voter('young@example.org', { birthDate: '2020-01-01' })); // not_eligible_age
  await send('POST', '/campaigns/bc-2026/voters', voter('north@example.org', { communeCode: '59350' })); // not_resident
  const verify = (verificationId: string, code: string) => send('POST', '/campaigns/bc-2026/voters/verify', { verificationId, code });
  const code = verificationCode(t.api, 'elise@example.org');
  /** A code of six digits other than `right`. */
  const wrong = (right: string, n: number) => String((Number(right) + n) % 1_000_000).padStart(6, '0');
  await verify(registered.body.verificationId, wrong(code, 1)); // invalid_code
  await verify(registered.body.verificationId, '12345'); // validation_failed
  const session = await verify(registered.body.verificationId, code);
  await send('POST', '/campaigns/bc-2026/voters', voter('elise@example.org', { firstName: 'Autre' })); // email_in_use
  const spent = await send('POST', '/campaigns/bc-2026/voters', voter('spent@example.org'));
  const spentCode = verificationCode(t.api, 'spent@example.org');
  for (let n = 1; n <= 5; n++) await verify(spent.body.verificationId, wrong(spentCode, n)); // 4 × invalid_code, then verification_expired
  const auth = { Authorization: `Bearer ${session.body.token}` };
  await send('GET', '/campaigns/bc-2026/ballot', undefined, auth);
  await send('GET', '/campaigns/bc-2026/ballot'); // unauthorized
  await send('GET', '/admin/campaigns/bc-2026/dossiers', undefined, auth); // forbidden
  const key = { ...auth, 'Idempotency-Key': 'contract-1' };
  await send('POST', '/campaigns/bc-2026/ballot', { choices: { cooperation: decided.body.projectId } }, key);
  await send('POST', '/campaigns/bc-2026/ballot', { choices: { cooperation: decided.body.projectId } }, key); // replay
  await send('POST', '/campaigns/bc-2026/ballot', { choices: { 'pratiques-ess': decided.body.projectId } }, key); // idempotency_conflict
  await send('POST', '/campaigns/bc-2026/ballot', { choices: { cooperation: decided.body.projectId } }, auth); // already_voted
  await send('GET', '/campaigns/bc-2026/ballot', undefined, auth);
  await send('GET', '/nowhere'); // not_found
  await send('DELETE', '/campaigns'); // method_not_allowed

  await send('POST', '/__mock/config', { rateLimit: { read: { perSecond: 1, burst: 1 } } });
  await send('GET', '/campaigns');
  await send('GET', '/campaigns'); // rate_limited
  await send('POST', '/__mock/config', { rateLimit: false });
  await send('GET', '/__mock/config');

  // The SSE stream's data is the results resource.
  const response = await t.call('/campaigns/bc-2026/results/stream');
  assert.match(response.headers.get('Content-Type') ?? '', /^text\/event-stream/);
  const reader = response.body!.getReader();
  let buffer = '';
  while (!/\n\n[^]*event: results\ndata: .*\n\n/.test(`\n\n${buffer}`)) buffer += new TextDecoder().decode((await reader.read()).value);
  await reader.cancel();
  const data = /event: results\ndata: (.*)\n/.exec(buffer)![1]!;
  assertSchema(Results, JSON.parse(data), 'SSE results');
  checked.set('streamResults', 1);
  await send('POST', '/__mock/reset', {});

  for (const code of [
    'validation_failed', 'unauthorized', 'forbidden', 'not_found', 'dossier_immutable', 'already_registered', 'already_voted',
    'idempotency_conflict', 'decision_final', 'phase_closed', 'not_eligible_age', 'not_resident', 'comptoir_participation_required',
    'comptoir_participation_used', 'results_not_public', 'rate_limited', 'payload_too_large', 'unsupported_media_type',
    'invalid_code', 'verification_expired', 'email_in_use',
  ]) {
    assert.ok(seenCodes.has(code), `error code ${code} was produced and checked`);
  }
  for (const [method, , , name] of ROUTES) assert.ok(checked.has(name), `${method} ${name} was checked`);
});
