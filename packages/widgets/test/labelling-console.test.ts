/**
 * The committee's console without a page: `ConsoleFlow` (with its decision and attendance
 * flows) driven against the mock server in Node (its real handlers and store behind msw's
 * `setupServer`), through a real SDK client, its token kept in a `Map`.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { getResponse, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createTestMock, problem, verifiedVoter } from '@budget-citoyen/mock-server/testing';
import { createClient, type AdminDossier, type AttendanceResult, type Campaign, type Client } from '@budget-citoyen/sdk';
import { parseCodes, mergeCodes } from '../src/admin/codes.js';
import { ConsoleFlow, tokenKey, type ConsoleView } from '../src/admin/console-flow.js';
import { facetCounts, NO_CATEGORY, START_FILTERS } from '../src/admin/dossier-filters.js';
import { ADMIN_TOKEN, LABELLING_NOW, withDossiers } from './admin.js';
import { logRequests, serveDuringSuite } from './node-server.js';

const BASE = 'http://console.test/api/v1';
const CAMPAIGN = 'bc-2026';
const DECISION = `${BASE}/admin/campaigns/:campaignId/dossiers/:dossierId/decision`;

const mock = createTestMock({ baseUrl: BASE, now: LABELLING_NOW, fixture: withDossiers(30) });
const server = setupServer(...mock.handlers);
/** What reached the server: method, path and Idempotency-Key. */
const requests = logRequests(server);

let client: Client;
let campaign: Campaign;

/** A console started on the campaign, as `<bc-labelling-console>` starts it, with what it told its view. */
function console_(store = new Map<string, string>(), token?: string) {
  const errors: Array<{ code: string; view: ConsoleView }> = [];
  const decided: AdminDossier[] = [];
  const marked: Array<{ comptoirId: string; result: AttendanceResult }> = [];
  const flow = new ConsoleFlow({
    store,
    onChange: () => undefined,
    onError: (code, view) => errors.push({ code, view }),
    onDecided: (d) => decided.push(d),
    onAttendance: (comptoirId, result) => marked.push({ comptoirId, result }),
  });
  flow.start({ api: client, campaign, apiBase: BASE, now: () => mock.clock.now(), token });
  return { flow, store, errors, decided, marked };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(condition(), `never happened: ${what}`);
}

async function signedIn(store?: Map<string, string>) {
  const c = console_(store);
  await c.flow.signIn(ADMIN_TOKEN);
  assert.equal(c.flow.view, 'list');
  assert.equal(c.flow.status, 'ready');
  return c;
}

/** Opens a dossier still submitted and returns it. */
function openSubmitted(flow: ConsoleFlow, id = 'd-submitted'): AdminDossier {
  flow.open(id);
  assert.equal(flow.view, 'detail');
  assert.equal(flow.decision.dossier?.status, 'submitted');
  return flow.decision.dossier!;
}

describe('ConsoleFlow against the mock server', () => {
  serveDuringSuite(server, requests, () => mock.load());
  before(async () => {
    client = createClient({ baseUrl: BASE, retry: { limit: 2, maxBackoffMs: 10 } });
    campaign = await client.campaigns.get(CAMPAIGN);
    requests.length = 0;
  });

  it('asks for the token first; an empty one is refused before any request', async () => {
    const { flow, store } = console_();
    assert.equal(flow.view, 'sign-in');
    await flow.signIn('   ');
    assert.equal(flow.authProblem, 'empty');
    assert.equal(flow.takeFocus(), 'token');
    assert.equal(requests.length, 0);
    assert.equal(store.size, 0);
  });

  it('a wrong token: back to the sign-in (401), nothing kept; a voter token says so (403)', async () => {
    const { flow, store, errors } = console_();
    await flow.signIn('not-the-token');
    assert.equal(flow.view, 'sign-in');
    assert.equal(flow.authProblem, 'unauthorized');
    assert.equal(flow.signedIn, false);
    assert.deepEqual(flow.dossiers, []);
    assert.equal(store.size, 0);
    assert.deepEqual(errors, [{ code: 'unauthorized', view: 'sign-in' }]);

    // A voter registers during the vote (and types the e-mailed code); their token is not the committee's.
    mock.clock.set(Date.parse('2026-09-15T10:00:00+02:00'));
    const voter = await verifiedVoter(client, mock, CAMPAIGN, {
      firstName: 'Camille',
      lastName: 'Durand',
      birthDate: '1990-07-14',
      communeCode: '62041',
      email: 'camille.console@example.fr',
    });
    mock.clock.set(Date.parse(LABELLING_NOW));
    await flow.signIn(voter.token);
    assert.equal(flow.authProblem, 'forbidden');
    assert.equal(flow.view, 'sign-in');
    assert.equal(store.size, 0);
  });

  it('the right token: every dossier, page after page, the token kept for the tab; signing out forgets both', async () => {
    mock.load({ fixture: withDossiers(250) });
    const { flow, store } = await signedIn();
    const all = mock.store.dossiers(CAMPAIGN);
    assert.equal(flow.dossiers.length, all.length);
    assert.equal(flow.total, all.length);
    assert.ok(all.length > 250);
    assert.equal(requests.filter((r) => r.path.endsWith('/admin/campaigns/bc-2026/dossiers')).length, Math.ceil(all.length / 100));
    assert.equal(store.get(tokenKey(BASE)), ADMIN_TOKEN);
    assert.equal(flow.takeFocus(), 'heading');

    // Another console of the tab (a reload) starts signed in.
    const again = console_(store);
    await until(() => again.flow.status === 'ready', 'the second console loads');
    assert.equal(again.flow.view, 'list');

    flow.signOut();
    assert.equal(flow.view, 'sign-in');
    assert.deepEqual(flow.dossiers, []);
    assert.equal(store.size, 0);
  });

  it('filters in the page: status (the submitted ones first), category, commune, words; counts per option', async () => {
    const { flow } = await signedIn();
    const all = flow.dossiers;
    const submitted = all.filter((d) => d.status === 'submitted');
    assert.deepEqual(flow.filters, START_FILTERS);
    assert.deepEqual(flow.visible.map((d) => d.id), submitted.sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt)).map((d) => d.id));

    flow.setFilters({ status: '' });
    assert.equal(flow.visible.length, all.length);
    const counts = facetCounts(all, flow.filters, 'status');
    assert.equal(counts.get('submitted'), submitted.length);
    assert.equal(counts.get('rejected'), all.filter((d) => d.status === 'rejected').length);

    flow.setFilters({ category: 'cooperation' });
    assert.ok(flow.visible.length > 0);
    assert.ok(flow.visible.every((d) => d.proposedCategory === 'cooperation'));
    flow.setFilters({ category: NO_CATEGORY });
    assert.ok(flow.visible.length > 0);
    assert.ok(flow.visible.every((d) => d.proposedCategory === undefined));

    flow.setFilters({ category: '', commune: '62041' });
    assert.ok(flow.visible.every((d) => d.communeCode === '62041'));
    assert.equal(facetCounts(all, flow.filters, 'commune').get('62041'), flow.visible.length);

    flow.setFilters({ commune: '', q: 'EPICERIE porteur 004' });
    assert.deepEqual(flow.visible.map((d) => d.id), ['d-gen-004']);
    flow.setFilters({ q: 'dominique' }); // the holder's name
    assert.deepEqual(flow.visible.map((d) => d.id), ['d-submitted']);

    flow.clearFilters();
    flow.sortBy('amount');
    const amounts = flow.visible.map((d) => d.requestedAmountCents);
    assert.deepEqual(amounts, [...amounts].sort((a, b) => a - b));
    flow.sortBy('amount');
    assert.deepEqual(flow.visible.map((d) => d.requestedAmountCents), [...amounts].sort((a, b) => b - a));
    flow.sortBy('title');
    const titles = flow.visible.map((d) => d.title);
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true, sensitivity: 'base' })));
  });

  it('labels a dossier in a category: confirmed, final, e-mailed; the project is public, and the gallery lists it in the vote', async () => {
    const { flow, decided } = await signedIn();
    const dossier = openSubmitted(flow);
    assert.equal(flow.decision.kind, 'labelled');
    assert.equal(flow.decision.category, dossier.proposedCategory, 'the proposed category first');
    flow.decision.setCategory('pratiques-ess');
    flow.decision.review();
    assert.equal(flow.decision.confirming, true);
    assert.equal(requests.filter((r) => r.method === 'POST').length, 0, 'nothing sent before the confirmation');

    await flow.decision.confirm();
    assert.equal(flow.decision.outcome, 'decided');
    assert.equal(flow.decision.confirming, false);
    const recorded = mock.store.dossier(CAMPAIGN, dossier.id);
    assert.equal(recorded.status, 'labelled');
    assert.equal(recorded.decision?.category, 'pratiques-ess');
    assert.equal(flow.dossiers.find((d) => d.id === dossier.id)?.status, 'labelled', 'the list shows the decision');
    assert.deepEqual(decided.map((d) => d.id), [dossier.id]);
    assert.equal(mock.store.outbox.at(-1)?.to, dossier.holder.email);
    assert.match(mock.store.outbox.at(-1)!.subject, /labellisé/);

    const projectId = flow.decision.dossier!.projectId!;
    assert.ok(projectId);
    mock.clock.set(Date.parse('2026-09-15T10:00:00+02:00'));
    const published = await client.projects.list(CAMPAIGN, { limit: 100 }).toArray();
    const project = published.find((p) => p.id === projectId);
    assert.equal(project?.title, dossier.title);
    assert.equal(project?.category, 'pratiques-ess');
  });

  it('rejects with a reason (required, multi-line kept): the holder’s e-mail in the outbox', async () => {
    const { flow } = await signedIn();
    const dossier = openSubmitted(flow);
    flow.decision.setKind('rejected');
    flow.decision.review();
    assert.deepEqual(flow.decision.fieldErrors, { reason: 'required' });
    assert.deepEqual(flow.takeFocus(), { field: 'reason' });
    assert.equal(flow.decision.confirming, false);

    const reason = 'Le projet sert un intérêt privé.\nIl ne relève pas du budget citoyen.';
    flow.decision.setReason(`  ${reason}  `);
    flow.decision.review();
    await flow.decision.confirm();
    assert.equal(flow.decision.outcome, 'decided');
    assert.equal(mock.store.dossier(CAMPAIGN, dossier.id).decision?.reason, reason);
    const mail = mock.store.outbox.at(-1)!;
    assert.equal(mail.to, 'dominique.martin@example.org');
    assert.ok(mail.body.includes(reason));
  });

  it('a second decision is refused (decision_final): the recorded one is shown, and the list follows', async () => {
    const { flow, errors } = await signedIn();
    const dossier = openSubmitted(flow);
    // Another member of the committee decides first, from another console.
    await client.admin.decide(CAMPAIGN, dossier.id, { decision: 'rejected', reason: 'Hors sujet.' }, { token: ADMIN_TOKEN });
    flow.decision.review();
    await flow.decision.confirm();
    assert.equal(flow.decision.outcome, 'already');
    assert.equal(flow.decision.dossier?.decision?.decision, 'rejected');
    assert.equal(flow.decision.dossier?.decision?.reason, 'Hors sujet.');
    assert.equal(flow.dossiers.find((d) => d.id === dossier.id)?.status, 'rejected');
    assert.deepEqual(errors.map((e) => e.code), ['decision_final']);
    assert.equal(mock.store.dossier(CAMPAIGN, dossier.id).decision?.reason, 'Hors sujet.');
  });

  it('outside the labelling: phase_closed shown, nothing recorded', async () => {
    const { flow } = await signedIn();
    const dossier = openSubmitted(flow);
    mock.clock.set(Date.parse('2026-06-15T10:00:00+02:00'));
    flow.decision.review();
    await flow.decision.confirm();
    assert.equal((flow.decision.error as { code?: string }).code, 'phase_closed');
    assert.equal(flow.decision.outcome, undefined);
    assert.equal(mock.store.dossier(CAMPAIGN, dossier.id).status, 'submitted');
    assert.equal(flow.takeFocus(), 'decision');
  });

  it('a lost answer, then "Réessayer": the same Idempotency-Key, one decision, one e-mail', async () => {
    const { flow } = await signedIn();
    const dossier = openSubmitted(flow);
    // The server records the decision, but its answer never arrives (nor those of the SDK's retries).
    server.use(
      http.post(DECISION, async ({ request }) => {
        await getResponse(mock.handlers, request);
        return HttpResponse.error();
      }),
    );
    const mails = mock.store.outbox.length;
    flow.decision.review();
    await flow.decision.confirm();
    assert.equal((flow.decision.error as { code?: string }).code, 'network_error');
    assert.equal(mock.store.dossier(CAMPAIGN, dossier.id).status, 'labelled');

    server.resetHandlers();
    await flow.decision.confirm();
    assert.equal(flow.decision.outcome, 'decided');
    const keys = requests.filter((r) => r.method === 'POST').map((r) => r.key);
    assert.ok(keys.length >= 2);
    assert.equal(new Set(keys).size, 1, `one key for every attempt: ${keys.join(', ')}`);
    assert.equal(mock.store.outbox.length, mails + 1, 'one e-mail');
  });

  it('a category the server refuses is shown at its field (validation_failed)', async () => {
    const { flow } = await signedIn();
    openSubmitted(flow);
    server.use(
      http.post(DECISION, () =>
        problem(422, 'validation_failed', { detail: 'Unknown category.', errors: [{ path: 'category', message: 'unknown' }] }),
      ),
    );
    flow.decision.review();
    await flow.decision.confirm();
    assert.deepEqual(flow.decision.fieldErrors, { category: 'invalid' });
    assert.deepEqual(flow.takeFocus(), { field: 'category' });
    assert.equal(flow.decision.error, undefined);
  });

  it('a token revoked during the session: back to the sign-in, which says so', async () => {
    const store = new Map<string, string>();
    const { flow } = await signedIn(store);
    openSubmitted(flow);
    server.use(http.post(DECISION, () => problem(401, 'unauthorized')));
    flow.decision.review();
    await flow.decision.confirm();
    assert.equal(flow.view, 'sign-in');
    assert.equal(flow.authProblem, 'expired');
    assert.equal(store.size, 0);
    assert.deepEqual(flow.dossiers, []);
  });

  it('back to the list: the focus on the dossier, or on the row that took its place', async () => {
    const { flow } = await signedIn();
    const [first, second] = flow.visible;
    flow.open(first!.id);
    flow.back();
    assert.deepEqual(flow.takeFocus(), { row: first!.id });

    flow.open(first!.id);
    flow.decision.setKind('rejected');
    flow.decision.setReason('Non.');
    flow.decision.review();
    await flow.decision.confirm();
    assert.equal(flow.nextUndecided?.id, second!.id);
    flow.back();
    assert.ok(!flow.visible.some((d) => d.id === first!.id), 'decided: no longer "à examiner"');
    assert.deepEqual(flow.takeFocus(), { row: second!.id });
  });

  it('the host page’s token: used, never kept; signing out forgets it', async () => {
    const store = new Map<string, string>();
    const { flow } = console_(store, ADMIN_TOKEN);
    await until(() => flow.status === 'ready', 'loaded with the host token');
    assert.equal(flow.view, 'list');
    assert.equal(store.size, 0);
    flow.signOut();
    assert.equal(flow.view, 'sign-in');
    assert.equal(flow.token, '');
  });

  it('marks attendance by codes typed (any case, lines or commas) and rows ticked; unknown codes said', async () => {
    const { flow, marked } = await signedIn();
    flow.showAttendance();
    const attendance = flow.attendance;
    await until(() => attendance.comptoirsStatus === 'ready', 'comptoirs');
    assert.deepEqual(attendance.comptoirs.map((c) => c.id), ['cpt-arras', 'cpt-lens', 'cpt-visio', 'cpt-calais', 'cpt-bethune', 'cpt-saint-omer']);

    attendance.choose('cpt-lens');
    await until(() => attendance.registrationsStatus === 'ready', 'registrations');
    const lou = attendance.registrations.find((r) => r.code === 'C-LENS-0001')!;
    assert.equal(lou.attended, false);
    const other = attendance.registrations.find((r) => r.code !== 'C-LENS-0001')!;

    await attendance.submit();
    assert.equal(attendance.codesProblem, 'empty');
    assert.deepEqual(flow.takeFocus(), { field: 'codes' });

    attendance.setCodes('c-lens-0001, x-0000\nC-ARRA-0001');
    attendance.check(other.code, true);
    assert.deepEqual(attendance.codes, ['C-LENS-0001', 'X-0000', 'C-ARRA-0001', other.code.toUpperCase()]);
    await attendance.submit();
    assert.deepEqual(attendance.result?.attended.sort(), ['C-LENS-0001', other.code.toUpperCase()].sort());
    assert.deepEqual(attendance.result?.unknown.sort(), ['C-ARRA-0001', 'X-0000']);
    assert.equal(attendance.codesText, '', 'the form is emptied');
    assert.equal(marked.length, 1);
    await until(() => attendance.registrationsStatus === 'ready' && attendance.registrations.find((r) => r.code === 'C-LENS-0001')!.attended, 'reloaded');
    assert.equal(mock.store.registrations('cpt-lens').find((r) => r.code === 'C-LENS-0001')?.attended, true);
  });

  it('reads codes as typed or pasted', () => {
    assert.deepEqual(parseCodes(' c-1 ,C-2;c-1\n\n  c-3\tc-4 '), ['C-1', 'C-2', 'C-3', 'C-4']);
    assert.deepEqual(parseCodes(' \n , '), []);
    assert.deepEqual(mergeCodes(['C-1'], ['c-1', 'C-2']), ['C-1', 'C-2']);
  });
});
