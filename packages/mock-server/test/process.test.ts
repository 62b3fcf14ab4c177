/**
 * The whole process of a campaign, through the SDK client, against one mock instance:
 * comptoirs → attendance → dossiers → labelling → voters → ballots → results.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createClient, type BudgetCitoyenError, type DossierRequest } from '@budget-citoyen/sdk';
import { allocate, tally } from '@budget-citoyen/sdk/rules';
import { verifiedVoter } from '../src/testing.js';
import { ADMIN, ADMIN_HEADERS, BASE, T, assertProblem, createTestApi, json } from './helpers.js';

const CID = 'bc-2026';

function expectCode(status: number, code: string) {
  return (error: unknown) => {
    const e = error as { status?: number; code?: string; message?: string };
    assert.equal(e.code, code, `expected ${code}, got ${e.code}: ${e.message}`);
    assert.equal(e.status, status);
    return true;
  };
}

function dossier(comptoirCode: string, overrides: Partial<DossierRequest> = {}): DossierRequest {
  return {
    holder: { name: 'Agnès Verdier', email: 'agnes.verdier@example.org', kind: 'association', organisation: 'Association Le Vélo partagé' },
    comptoirCode,
    title: 'Atelier vélo solidaire de Bapaume',
    summary: 'Un atelier où chacun apprend à réparer son vélo.',
    description: 'Premier paragraphe.\n\nSecond paragraphe.',
    requestedAmountCents: 850_000,
    communeCode: '62080',
    proposedCategory: 'pratiques-ess',
    certifiesAccuracy: true,
    ...overrides,
  };
}

describe('the whole process, through the SDK client', () => {
  const t = createTestApi();
  const client = createClient({ baseUrl: BASE, fetch: t.fetch, retry: 0 });
  const admin = createClient({ baseUrl: BASE, fetch: t.fetch, retry: 0, token: ADMIN });
  const codes: string[] = [];
  let waitlistedCode = '';
  let labelled = { dossierId: '', projectId: '', receipt: '' };
  let rejectedId = '';

  test('registrations: seats, waitlist, duplicates, phase', async () => {
    await client.mock.setClock(T.comptoirsOpen);
    const comptoirs = await client.comptoirs.list(CID, { limit: 100 });
    const small = comptoirs.items.find((c) => c.id === 'cpt-2026-montreuil-sur-mer');
    assert.ok(small);
    assert.equal(small.capacity, 8);
    assert.equal(small.seatsLeft, 3);
    assert.equal(small.registration, 'open');

    for (const [i, name] of ['Inès Carpentier', 'Bruno Lagache', 'Salomé Trannoy'].entries()) {
      const r = await client.comptoirs.register(CID, small.id, { name, email: `porteur${i}@example.org` });
      assert.equal(r.status, 'confirmed');
      codes.push(r.code);
    }
    const late = await client.comptoirs.register(CID, small.id, { name: 'Marc Wiart', email: 'marc.wiart@example.org' });
    assert.equal(late.status, 'waitlisted');
    waitlistedCode = late.code;

    const after = await client.comptoirs.list(CID, { format: 'in-person', arrondissement: '624' });
    const full = after.items.find((c) => c.id === small.id);
    assert.equal(full?.seatsLeft, 0);
    assert.equal(full?.registration, 'full');

    await assert.rejects(client.comptoirs.register(CID, small.id, { name: 'Inès C.', email: 'PORTEUR0@Example.org' }), expectCode(409, 'already_registered'));

    // A comptoir that already took place takes no registration, even with the phase open.
    await client.mock.setClock('2026-04-20T10:00:00+02:00');
    await assert.rejects(client.comptoirs.register(CID, small.id, { name: 'Zoé Petit', email: 'zoe@example.org' }), expectCode(409, 'registration_closed'));
    await client.mock.setClock(T.vote);
    await assert.rejects(
      client.comptoirs.register(CID, 'cpt-2026-lievin', { name: 'Zoé Petit', email: 'zoe@example.org' }),
      (e: BudgetCitoyenError) => e.code === 'phase_closed' && e.status === 409 && /closed on/.test(e.detail ?? ''),
    );
  });

  test('attendance (admin): codes marked attended, unknown ones reported', async () => {
    const result = await admin.admin.markAttendance(CID, 'cpt-2026-montreuil-sur-mer', { codes: [codes[0]!, codes[1]!.toLowerCase(), 'C-0000-0000'] });
    assert.deepEqual(result.attended, [codes[0], codes[1]]);
    assert.deepEqual(result.unknown, ['C-0000-0000']);
    await assert.rejects(client.admin.markAttendance(CID, 'cpt-2026-montreuil-sur-mer', { codes: [codes[2]!] }), expectCode(401, 'unauthorized'));
  });

  test('dossiers: participation required and used once, immutable, confidential', async () => {
    await assert.rejects(client.dossiers.submit(CID, dossier(codes[0]!)), (e: BudgetCitoyenError) => e.code === 'phase_closed' && /closed on 11 April 2026/.test(e.detail ?? ''));
    await client.mock.setClock(T.depot);
    await assert.rejects(client.dossiers.submit(CID, dossier(codes[2]!)), expectCode(422, 'comptoir_participation_required'));
    await assert.rejects(client.dossiers.submit(CID, dossier(waitlistedCode)), expectCode(422, 'comptoir_participation_required'));
    await assert.rejects(client.dossiers.submit(CID, dossier('C-NOPE-NOPE')), expectCode(422, 'comptoir_participation_required'));

    const receipt = await client.dossiers.submit(CID, dossier(codes[0]!));
    assert.equal(receipt.status, 'submitted');
    labelled = { dossierId: receipt.id, projectId: '', receipt: receipt.receiptCode };
    await assert.rejects(client.dossiers.submit(CID, dossier(codes[0]!, { title: 'Un autre projet' })), expectCode(409, 'comptoir_participation_used'));

    const second = await client.dossiers.submit(CID, dossier(codes[1]!, { title: 'Vente de crêpes sur le marché', holder: { name: 'Paul Vion', email: 'paul.vion@example.org', kind: 'citizen' } }));
    rejectedId = second.id;

    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      for (const path of [`/campaigns/${CID}/dossiers/${receipt.id}`, `/campaigns/${CID}/dossiers/unknown`, `/campaigns/${CID}/dossiers`, `/admin/campaigns/${CID}/dossiers/${receipt.id}`]) {
        const reply = await t.call(path, { method, headers: { 'Content-Type': 'application/json', ...ADMIN_HEADERS }, body: '{"title":"changed"}' });
        const body = await reply.json();
        assert.equal(reply.status, 405, `${method} ${path}`);
        assert.equal(body.code, 'dossier_immutable');
      }
    }

    const holderView = await client.dossiers.get(CID, receipt.id, receipt.receiptCode.toLowerCase());
    assert.equal(holderView.status, 'submitted');
    assert.equal(holderView.decision, null);

    // Confidential: same 404 body for the dossier's id, an unknown id, and a wrong receipt.
    const asProject = await t.get(`/campaigns/${CID}/projects/${receipt.id}`);
    const unknown = await t.get(`/campaigns/${CID}/projects/p-unknown00`);
    assertProblem(asProject, 404, 'not_found');
    assert.equal(asProject.text, unknown.text);
    const wrongReceipt = await t.get(`/campaigns/${CID}/dossiers/${receipt.id}?receipt=D-XXXX-XXXX`);
    const unknownDossier = await t.get(`/campaigns/${CID}/dossiers/d-unknown0?receipt=${receipt.receiptCode}`);
    assertProblem(wrongReceipt, 404, 'not_found');
    assert.equal(wrongReceipt.text, unknownDossier.text);
    const search = await client.projects.list(CID, { q: 'Atelier vélo solidaire de Bapaume' });
    assert.equal(search.total, 0);

    const outbox = await client.mock.outbox();
    assert.ok(outbox.items.some((m) => m.to === 'agnes.verdier@example.org' && m.body.includes(receipt.receiptCode)));
  });

  test('labelling: phase, public project, final decision, rejection e-mail', async () => {
    await assert.rejects(admin.admin.decide(CID, labelled.dossierId, { decision: 'labelled', category: 'pratiques-ess' }), expectCode(409, 'phase_closed'));
    await client.mock.setClock(T.labellisation);
    const decided = await admin.admin.decide(CID, labelled.dossierId, { decision: 'labelled', category: 'pratiques-ess' });
    assert.equal(decided.status, 'labelled');
    assert.ok(decided.projectId);
    labelled.projectId = decided.projectId;

    const project = await client.projects.get(CID, decided.projectId);
    assert.equal(project.title, 'Atelier vélo solidaire de Bapaume');
    assert.equal(project.status, 'labelled');
    assert.equal(project.votes, undefined);
    assert.equal(project.commune.name, 'Bapaume');
    assert.equal(project.arrondissement.code, '621');
    assert.equal(project.holder.name, 'Association Le Vélo partagé');

    await assert.rejects(admin.admin.decide(CID, labelled.dossierId, { decision: 'rejected', reason: 'Finalement non.' }), expectCode(409, 'decision_final'));

    const reason = 'Le projet relève d’une activité commerciale.';
    const rejected = await admin.admin.decide(CID, rejectedId, { decision: 'rejected', reason });
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.projectId, null);
    const mail = (await client.mock.outbox()).items.find((m) => m.to === 'paul.vion@example.org' && /décision/.test(m.subject));
    assert.ok(mail, 'rejection e-mail queued');
    assert.match(mail.subject, /Vente de crêpes sur le marché/);
    assert.ok(mail.body.includes(reason));
    assert.match(mail.body, /Bonjour Paul Vion/);
    assert.equal((await client.projects.list(CID, { q: 'crêpes' })).total, 0);

    const holderView = await client.dossiers.get(CID, labelled.dossierId, labelled.receipt);
    assert.equal(holderView.status, 'labelled');
    assert.equal(holderView.projectId, labelled.projectId);
    assert.equal(holderView.decision?.category, 'pratiques-ess');
  });

  const voter = (email: string, overrides: Record<string, string> = {}) => ({
    firstName: 'Léonie',
    lastName: 'Delattre-Évrard',
    birthDate: '1987-03-02',
    communeCode: '62041',
    email,
    ...overrides,
  });

  /** Registered, and the e-mailed code given back: the voter's session. */
  const verified = (body: ReturnType<typeof voter>) => verifiedVoter(client, t.api, CID, body);

  test('voters: age on the Paris day, residence, same e-mail same voter, phase', async () => {
    await client.mock.setClock(T.beforeVote);
    await assert.rejects(client.voters.register(CID, voter('leonie@example.org')), expectCode(409, 'phase_closed'));

    // 00:30 in Paris on 20 September is still the 19th in UTC: the Paris day decides.
    await client.mock.setClock('2026-09-20T00:30:00+02:00');
    const eleven = await verified(voter('birthday@example.org', { firstName: 'Jade', birthDate: '2015-09-20' }));
    assert.ok(eleven.token);
    await assert.rejects(
      client.voters.register(CID, voter('tomorrow@example.org', { firstName: 'Noé', birthDate: '2015-09-21' })),
      (e: BudgetCitoyenError) => e.code === 'not_eligible_age' && e.status === 422 && e.errors.some((f) => f.path === 'birthDate'),
    );
    await assert.rejects(client.voters.register(CID, voter('lille@example.org', { communeCode: '59350' })), expectCode(422, 'not_resident'));

    await client.mock.setClock(T.vote);
    const first = await verified(voter('leonie@example.org'));
    const again = await verified(voter('LEONIE@example.org', { firstName: ' léonie ', lastName: 'DELATTRE-EVRARD' }));
    assert.equal(again.voterId, first.voterId);
    assert.notEqual(again.token, first.token);
    assert.equal(Date.parse(again.expiresAt) - Date.parse(T.vote), 30 * 60_000);
    assert.deepEqual(await client.ballot.get(CID, { token: first.token }), { status: 'empty' });
    assert.deepEqual(await client.ballot.get(CID, { token: again.token }), { status: 'empty' });
    await assert.rejects(client.voters.register(CID, voter('leonie@example.org', { firstName: 'Autre' })), expectCode(409, 'email_in_use'));
    await assert.rejects(admin.admin.markAttendance(CID, 'cpt-2026-lievin', { codes: ['x'] }, { token: first.token }), expectCode(403, 'forbidden'));
  });

  test('ballots: rules, idempotent replay, one per voter, token expiry', async () => {
    const session = await verified(voter('ballot@example.org', { firstName: 'Mathis', birthDate: '1990-05-05' }));
    const projects = await client.projects.list(CID, { limit: 100 }).toArray();
    const of = (category: string) => projects.filter((p) => p.category === category);
    const [inno1, inno2] = of('innovation-sociale');
    const coop = of('cooperation')[0]!;

    await assert.rejects(client.ballot.cast(CID, { cooperation: inno1!.id }, { token: session.token }), (e: BudgetCitoyenError) => e.code === 'validation_failed' && e.status === 422 && e.errors[0]?.path === 'choices.cooperation');
    await assert.rejects(client.ballot.cast(CID, { 'innovation-sociale': [inno1!.id, inno2!.id] }, { token: session.token }), expectCode(422, 'validation_failed'));
    await assert.rejects(client.ballot.cast(CID, { culture: coop.id }, { token: session.token }), expectCode(422, 'validation_failed'));
    await assert.rejects(client.ballot.cast(CID, {}, { token: session.token }), expectCode(422, 'validation_failed'));
    await assert.rejects(client.ballot.cast(CID, { cooperation: coop.id }, { token: 'bcv_forged' }), expectCode(401, 'unauthorized'));

    const before = t.api.store.ballots(CID).length;
    const choices = { 'innovation-sociale': inno1!.id, cooperation: coop.id, 'pratiques-ess': labelled.projectId };
    const headers = { Authorization: `Bearer ${session.token}`, 'Idempotency-Key': 'ballot-key-1' };
    const firstReply = await t.post(`/campaigns/${CID}/ballot`, { choices }, headers);
    assert.equal(firstReply.status, 201);
    // The same key and body, key order changed: the first answer, replayed.
    const replay = await t.post(`/campaigns/${CID}/ballot`, { choices: { cooperation: coop.id, 'pratiques-ess': labelled.projectId, 'innovation-sociale': inno1!.id } }, headers);
    assert.equal(replay.status, 201);
    assert.equal(replay.text, firstReply.text);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(t.api.store.ballots(CID).length, before + 1);

    const conflict = await t.post(`/campaigns/${CID}/ballot`, { choices: { cooperation: coop.id } }, headers);
    assertProblem(conflict, 409, 'idempotency_conflict');
    await assert.rejects(client.ballot.cast(CID, choices, { token: session.token }), expectCode(409, 'already_voted'));
    assert.equal(t.api.store.ballots(CID).length, before + 1);

    const state = await client.ballot.get(CID, { token: session.token });
    assert.equal(state.status, 'cast');
    assert.equal(state.receiptCode, firstReply.body.receiptCode);
    assert.deepEqual(state.choices, choices);

    // Tokens last 30 minutes by the mock's clock.
    await client.mock.setClock('2026-09-20T12:31:00+02:00');
    await assert.rejects(client.ballot.get(CID, { token: session.token }), expectCode(401, 'unauthorized'));
    await client.mock.setClock(T.vote);
  });

  test('an identity voting under two e-mails: both ballots annulled at the tally', async () => {
    const before = await client.results.get(CID);
    const coop = (await client.projects.list(CID, { category: 'cooperation', sort: 'title', limit: 1 })).items[0]!;
    for (const email of ['double.one@example.org', 'double.two@example.net']) {
      const session = await verified(voter(email, { firstName: 'Gaspard', lastName: 'Hennebelle', birthDate: '1975-12-01' }));
      await client.ballot.cast(CID, { cooperation: coop.id }, { token: session.token });
    }
    const after = await client.results.get(CID);
    assert.equal(after.ballots.cast, before.ballots.cast + 2);
    assert.equal(after.ballots.annulled, before.ballots.annulled + 2);
    assert.equal(after.ballots.counted, before.ballots.counted);
    const votes = (r: typeof after) => r.categories.flatMap((c) => c.projects).find((p) => p.projectId === coop.id)?.votes;
    assert.equal(votes(after), votes(before));
  });

  test('results: provisional during the vote, equal to allocate(tally(store)), final after', async () => {
    const campaign = t.api.store.campaign(CID);
    const recompute = () => {
      const projects = t.api.store.projects(CID);
      const counted = tally(t.api.store.ballots(CID), { projectIds: projects.map((p) => p.id) });
      const allocation = allocate({ categories: campaign.categories, projects, votes: counted.votes, minVotes: campaign.voting.minVotes });
      return { ballots: counted.ballots, categories: allocation.categories, rollover: allocation.rollover };
    };

    const live = await client.results.get(CID);
    assert.equal(live.status, 'provisional');
    assert.deepEqual({ ballots: live.ballots, categories: live.categories, rollover: live.rollover }, recompute());
    assert.ok(live.categories.flatMap((c) => c.projects).some((p) => p.fundedFrom === 'rollover'), 'the rollover funds a project');
    const listed = await client.projects.list(CID, { sort: 'votes', limit: 3 });
    assert.ok(listed.items.every((p) => typeof p.votes === 'number' && p.status === 'labelled'));
    assert.ok(listed.items[0]!.votes! >= listed.items[1]!.votes!);

    await client.mock.setClock(T.beforeVote);
    assertProblem(await t.get(`/campaigns/${CID}/results`), 403, 'results_not_public');
    assertProblem(await t.get(`/campaigns/${CID}/projects?sort=votes`), 400, 'validation_failed');
    assert.equal((await client.projects.get(CID, labelled.projectId)).votes, undefined);

    // Without live results, the vote keeps them secret until it closes.
    await client.mock.setClock(T.vote);
    campaign.voting.liveResults = false;
    assertProblem(await t.get(`/campaigns/${CID}/results`), 403, 'results_not_public');
    campaign.voting.liveResults = true;

    await client.mock.setClock(T.afterVote);
    const final = await client.results.get(CID);
    assert.equal(final.status, 'final');
    assert.equal(final.computedAt, live.computedAt, 'no ballot since: same computedAt');
    assert.deepEqual(final.categories, live.categories);
    const funded = new Set(final.categories.flatMap((c) => c.projects.filter((p) => p.funded).map((p) => p.projectId)));
    const all = await client.projects.list(CID, { limit: 100 }).toArray();
    assert.ok(all.length >= 25);
    for (const p of all) assert.equal(p.status, funded.has(p.id) ? 'winner' : 'not-selected', p.id);

    await assert.rejects(client.voters.register(CID, voter('late@example.org')), (e: BudgetCitoyenError) => e.code === 'phase_closed' && /closed on 27 September 2026/.test(e.detail ?? ''));
  });

  test('phase_closed tells when a phase opens', async () => {
    await client.mock.setClock('2025-12-01T10:00:00+01:00');
    const reply = await t.post(`/campaigns/${CID}/dossiers`, dossier('C-0000-0000'));
    assertProblem(reply, 409, 'phase_closed');
    assert.match(reply.body.detail, /opens on 12 January 2026/);
    assert.equal(reply.body.opensAt, '2026-01-12T00:00:00+01:00');
    void json;
  });
});
