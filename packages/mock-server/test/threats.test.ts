/**
 * Rows of the contract's threat table ("Threats the contract answers") that the HTTP layer and
 * the text rules answer, each tried the way an attacker would: forged proxy headers against the
 * rate limits of a real server, control characters and bidi overrides in what ends up in e-mails.
 * (The others: the voter's e-mail code, the secrets and the annulment notices have their own tests.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startMockHttpServer, type MockHttpServer } from '../src/server.js';
import { ADMIN_HEADERS, T, assertProblem, createTestApi, storeFingerprint } from './helpers.js';

describe('dodging rate limits with a forged X-Forwarded-For: proxy headers believed only behind a configured proxy', () => {
  const servers: MockHttpServer[] = [];
  let now = 0;
  before(() => {
    now = performance.now();
  });
  after(() => Promise.all(servers.map((s) => s.close())));

  const flood = async (url: string, headers: (i: number) => Record<string, string>) => {
    const replies = await Promise.all(Array.from({ length: 260 }, (_, i) => fetch(`${url}/campaigns/bc-2026`, { headers: headers(i) })));
    await Promise.all(replies.map((r) => r.arrayBuffer()));
    return replies.filter((r) => r.status === 429).length;
  };

  test('one client rotating X-Forwarded-For, X-BC-Client, Forwarded and bearer tokens is still one client: 60 of 260 refused', async (context) => {
    // The buckets refill by real time: stopped, so that the count does not depend on the machine's speed.
    context.mock.method(performance, 'now', () => now);
    const server = await startMockHttpServer({ port: 0 });
    servers.push(server);
    const limited = await flood(server.url, (i) => ({
      'X-Forwarded-For': `198.51.100.${i % 250}`,
      'X-BC-Client': `client-${i}`,
      Forwarded: `for=203.0.113.${i % 250}`,
      'X-Real-IP': `192.0.2.${i % 250}`,
      Authorization: `Bearer forged-${i}`,
    }));
    assert.equal(limited, 60, 'a read burst of 200, then 429');
  });

  test('--trust-proxy 1: the address the proxy appended counts, what the client wrote before it does not', async (context) => {
    context.mock.method(performance, 'now', () => now);
    const server = await startMockHttpServer({ port: 0, trustProxy: '1' });
    servers.push(server);
    // The proxy (here, this machine) appends the address it saw: one real client, forged entries before it.
    assert.equal(await flood(server.url, (i) => ({ 'X-Forwarded-For': `10.9.${i >> 8}.${i & 255}, 198.51.100.9` })), 60);
    // 260 clients behind the proxy, 1 request each: none refused.
    assert.equal(await flood(server.url, (i) => ({ 'X-Forwarded-For': `203.0.${i >> 8}.${i & 255}` })), 0);
  });
});

describe('a header or e-mail injection through a name or title: control characters refused in single-line text', () => {
  const injections = ['T\r\nBcc: victime@example.org', 'Titre\n', 'Nul\u0000', 'Cloche\u0007', '\u202Egnp.exe', 'Isolé\u2066x\u2069', 'Marque\u200F', 'Ligne\u2028suivante', 'NEL\u0085'];

  test('dossier titles, holder names and organisations: 422 validation_failed, nothing stored, no e-mail', async () => {
    const t = createTestApi();
    await t.setClock(T.comptoirsOpen);
    const registration = await t.post('/campaigns/bc-2026/comptoirs/cpt-2026-lievin/registrations', { name: 'Rémi Quéval', email: 'remi@example.org' });
    await t.post('/admin/campaigns/bc-2026/comptoirs/cpt-2026-lievin/attendance', { codes: [registration.body.code] }, ADMIN_HEADERS);
    await t.setClock(T.depot);
    const dossier = {
      holder: { name: 'Rémi Quéval', email: 'remi@example.org', kind: 'association', organisation: 'Les Amis du Vélo' },
      comptoirCode: registration.body.code,
      title: 'Atelier vélo',
      summary: 'Réparer.',
      description: 'Un atelier.',
      requestedAmountCents: 500_000,
      communeCode: '62510',
      certifiesAccuracy: true,
    };
    const before = storeFingerprint(t.api);
    for (const bad of injections) {
      const fields: object[] = [{ title: bad }, { holder: { ...dossier.holder, name: bad } }, { holder: { ...dossier.holder, organisation: bad } }];
      // A summary is paragraphs: its line feeds are text, every other control is refused.
      if (bad !== 'Titre\n') fields.push({ summary: `Résumé ${bad}` });
      for (const field of fields) {
        const reply = await t.post('/campaigns/bc-2026/dossiers', { ...dossier, ...field });
        assertProblem(reply, 422, 'validation_failed');
        assert.match(reply.body.errors[0].message, /control characters/);
      }
    }
    assert.equal(storeFingerprint(t.api), before, 'nothing stored, no e-mail queued');
    // A field the rules refuse beside a malformed one: the malformed request is a 400 naming both.
    const both = await t.post('/campaigns/bc-2026/dossiers', { ...dossier, title: 'T\r\nX', requestedAmountCents: 'much' });
    assertProblem(both, 400, 'validation_failed');
    assert.deepEqual(both.body.errors.map((e: { path: string }) => e.path).sort(), ['requestedAmountCents', 'title']);

    const accepted = await t.post('/campaigns/bc-2026/dossiers', { ...dossier, title: 'L’atelier « Vélo » de Liévin\u00a0: réparer ensemble', summary: 'Deux lignes :\nréparer, apprendre.' });
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    const [mail] = (await t.get('/__mock/outbox?to=remi@example.org')).body.items;
    assert.match(mail.subject, /« L’atelier « Vélo » de Liévin\u00a0: réparer ensemble »/);
    assert.doesNotMatch(mail.subject, /[\r\n]/);
  });

  test('names of comptoir registrations and of voters: 422 validation_failed, nothing stored', async () => {
    const t = createTestApi();
    const before = storeFingerprint(t.api);
    const voter = { firstName: 'Léa', lastName: 'Petit', birthDate: '1990-04-12', communeCode: '62041', email: 'lea@example.org' };
    for (const bad of injections) {
      assertProblem(await t.post('/campaigns/bc-2026/voters', { ...voter, lastName: bad }), 422, 'validation_failed');
      assertProblem(await t.post('/campaigns/bc-2026/voters', { ...voter, firstName: bad }), 422, 'validation_failed');
    }
    assert.equal(storeFingerprint(t.api), before);
    const accepted = await t.post('/campaigns/bc-2026/voters', { ...voter, lastName: 'D’Arc-Lefèvre' });
    assert.ok(accepted.status === 201 || accepted.status === 202, accepted.text); // a token, or (contract 1.1) a code e-mailed

    await t.setClock(T.comptoirsOpen);
    const registrations = storeFingerprint(t.api);
    for (const bad of injections) {
      assertProblem(await t.post('/campaigns/bc-2026/comptoirs/cpt-2026-lievin/registrations', { name: bad, email: 'x@example.org' }), 422, 'validation_failed');
    }
    assert.equal(storeFingerprint(t.api), registrations);
  });

  test('a rejection’s reason is paragraphs: line feeds kept, other controls refused', async () => {
    const t = createTestApi();
    await t.setClock(T.labellisation);
    const [submitted] = (await t.get('/admin/campaigns/bc-2026/dossiers?status=submitted', ADMIN_HEADERS)).body.items;
    assertProblem(await t.post(`/admin/campaigns/bc-2026/dossiers/${submitted.id}/decision`, { decision: 'rejected', reason: 'Motif\r\nBcc: x' }, ADMIN_HEADERS), 422, 'validation_failed');
    const decided = await t.post(`/admin/campaigns/bc-2026/dossiers/${submitted.id}/decision`, { decision: 'rejected', reason: 'Hors du champ.\n\nÀ retravailler.' }, ADMIN_HEADERS);
    assert.equal(decided.status, 201);
    assert.equal(decided.body.decision.reason, 'Hors du champ.\n\nÀ retravailler.');
  });
});
