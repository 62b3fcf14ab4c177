/**
 * The testing entry: the mock on its small fixture, answering as the contract says (the same
 * handlers as on the generated seed), with per-test fixtures, clocks, ballots and overrides.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { createClient } from '@budget-citoyen/sdk';
import { allocate } from '@budget-citoyen/sdk/rules';
import { Campaign, Comptoir, Project, Results, type Page } from '@budget-citoyen/sdk/schemas';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import {
  FIXTURE,
  FIXTURE_CAMPAIGN,
  FIXTURE_CAMPAIGN_2025,
  FIXTURE_TIMES,
  ballotsFor,
  createTestMock,
  fixtureProject,
  fixtureProjects,
  problem,
  type TestMock,
} from '../src/testing.js';
import { assertSchema, dossierRequest, type Json } from './helpers.js';

const C = FIXTURE_CAMPAIGN;

async function get(mock: TestMock, path: string): Promise<{ status: number; body: Json }> {
  const response = await mock.fetch(path);
  return { status: response.status, body: await response.json() };
}

async function post(mock: TestMock, path: string, body: unknown): Promise<{ status: number; body: Json }> {
  const response = await mock.fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function allPages(mock: TestMock, path: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const { status, body } = await get(mock, `${path}${cursor === null ? '' : `${separator}cursor=${encodeURIComponent(cursor)}`}`);
    assert.equal(status, 200);
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor !== null);
  return items;
}

describe('the default fixture', () => {
  const mock = createTestMock();

  test('one campaign in its vote, by the fixture clock, with its five phases and three categories', async () => {
    const { body } = await get(mock, '/campaigns');
    assert.deepEqual(body.items.map((c: Json) => c.id), [C]);
    const campaign = assertSchema(Campaign, (await get(mock, `/campaigns/${C}`)).body);
    assert.equal(campaign.now, FIXTURE_TIMES.vote);
    assert.equal(campaign.currentPhase, 'vote');
    assert.deepEqual(campaign.phases.map((p) => p.id), ['comptoirs', 'depot', 'labellisation', 'vote', 'resultats']);
    assert.deepEqual(campaign.categories.map((c) => c.id), ['innovation-sociale', 'cooperation', 'pratiques-ess']);
  });

  test('twelve labelled projects, every category and arrondissement represented, with INSEE commune names', async () => {
    const projects = (await allPages(mock, `/campaigns/${C}/projects?limit=5`)).map((p) => assertSchema(Project, p));
    assert.deepEqual(projects.map((p) => p.id).sort(), fixtureProjects(12).map((p) => p.id));
    assert.equal(new Set(projects.map((p) => p.category)).size, 3);
    assert.equal(new Set(projects.map((p) => p.arrondissement.code)).size, 7);
    assert.deepEqual(projects.find((p) => p.id === 'prj-004')!.commune, { code: '62588', name: 'Montreuil-sur-Mer' });
    assert.ok(projects.every((p) => p.status === 'labelled' && p.votes === undefined), 'no votes while the results are not public');
  });

  test('nine communes listed, the département still valid input', async () => {
    const listed = await allPages(mock, '/communes?limit=100');
    assert.equal(listed.length, 9);
    assert.deepEqual((await get(mock, '/communes?arrondissement=627')).body.items.map((c: Json) => c.name), ['Lens', 'Liévin']);
    assert.equal((await get(mock, '/communes/62108')).body.name, 'Berck');
    const voter = await post(mock, `/campaigns/${C}/voters`, { firstName: 'Nour', lastName: 'Berckois', birthDate: '1990-05-01', communeCode: '62108', email: 'nour@example.org' });
    assert.equal(voter.status, 202, JSON.stringify(voter.body));
  });

  test('the comptoirs: one past, one open, online, full with a waitlist, one seat left', async () => {
    mock.load({ now: FIXTURE_TIMES.comptoirs });
    const comptoirs = ((await get(mock, `/campaigns/${C}/comptoirs?limit=100`)).body as Page<Comptoir>).items.map((c) => assertSchema(Comptoir, c));
    const byId = Object.fromEntries(comptoirs.map((c) => [c.id, c]));
    assert.deepEqual(comptoirs.map((c) => c.id), ['cpt-arras', 'cpt-lens', 'cpt-visio', 'cpt-calais', 'cpt-bethune', 'cpt-saint-omer']);
    assert.equal(byId['cpt-arras']!.registration, 'closed');
    assert.deepEqual([byId['cpt-lens']!.seatsLeft, byId['cpt-lens']!.registration], [12, 'open']);
    assert.deepEqual([byId['cpt-visio']!.format, byId['cpt-visio']!.seatsLeft], ['online', 55]);
    assert.deepEqual([byId['cpt-calais']!.seatsLeft, byId['cpt-calais']!.registration], [0, 'full']);
    assert.equal(byId['cpt-bethune']!.seatsLeft, 1);
    const waitlisted = mock.store.registrations('cpt-calais').filter((r) => r.status === 'waitlisted');
    assert.equal(waitlisted.length, 2);
    const registered = await post(mock, `/campaigns/${C}/comptoirs/cpt-calais/registrations`, { name: 'Ana Lopes', email: 'ana@example.org' });
    assert.deepEqual([registered.status, registered.body.status], [201, 'waitlisted']);
    mock.load();
  });

  test('registrations with known codes: one free to submit a dossier, one used, one not attended', async () => {
    mock.load({ now: FIXTURE_TIMES.comptoirs });
    assert.equal((await post(mock, `/campaigns/${C}/dossiers`, dossierRequest('C-ARRA-0001'))).status, 201);
    assert.equal((await post(mock, `/campaigns/${C}/dossiers`, dossierRequest('C-ARRA-0002'))).body.code, 'comptoir_participation_used');
    assert.equal((await post(mock, `/campaigns/${C}/dossiers`, dossierRequest('C-LENS-0001'))).body.code, 'comptoir_participation_required');
    mock.load();
  });

  test('a dossier still submitted and a rejected one, each seen by its holder only, never public', async () => {
    assert.equal((await get(mock, `/campaigns/${C}/dossiers/d-submitted?receipt=D-SUBM-0001`)).body.status, 'submitted');
    const rejected = (await get(mock, `/campaigns/${C}/dossiers/d-rejected?receipt=D-REJE-0001`)).body;
    assert.deepEqual([rejected.status, rejected.decision.decision], ['rejected', 'rejected']);
    assert.equal((await get(mock, `/campaigns/${C}/dossiers/d-rejected?receipt=D-SUBM-0001`)).status, 404);
    const titles = (await allPages(mock, `/campaigns/${C}/projects?limit=100`)).map((p) => p.title);
    assert.ok(!titles.includes('Boîte à livres du square') && !titles.includes('Rénovation de la façade de nos magasins'));
  });

  test('the same fixture gives the same answers, mock after mock', async () => {
    const other = createTestMock();
    for (const path of [`/campaigns/${C}/projects?limit=100&seed=abc`, `/campaigns/${C}/comptoirs?limit=100`, '/communes?limit=100']) {
      assert.equal(await (await other.fetch(path)).text(), await (await mock.fetch(path)).text(), path);
    }
  });
});

describe('fixtures per test', () => {
  const mock = createTestMock();
  afterEach(() => mock.load());

  test('thirty generated projects page through with no repeat, on the real pagination', async () => {
    mock.load({ fixture: (f) => ({ ...f, projects: fixtureProjects(30) }) });
    const ids = (await allPages(mock, `/campaigns/${C}/projects?limit=12&seed=s1`)).map((p) => p.id);
    assert.equal(ids.length, 30);
    assert.equal(new Set(ids).size, 30);
    assert.deepEqual((await get(mock, `/campaigns/${C}/projects?category=cooperation&limit=100`)).body.total, 10);
  });

  test('load() goes back to the fixture and clock the mock was created with', async () => {
    mock.load({ fixture: (f) => ({ ...f, projects: [] }), now: FIXTURE_TIMES.beforeVote });
    assert.equal((await get(mock, `/campaigns/${C}/projects`)).body.total, 0);
    assert.equal((await get(mock, `/campaigns/${C}`)).body.currentPhase, null);
    mock.clock.set(Date.parse(FIXTURE_TIMES.results));
    mock.reset();
    assert.equal((await get(mock, `/campaigns/${C}`)).body.now, FIXTURE_TIMES.beforeVote, 'reset: back to what was loaded');
    mock.load();
    assert.equal((await get(mock, `/campaigns/${C}/projects`)).body.total, 12);
    assert.equal((await get(mock, `/campaigns/${C}`)).body.now, FIXTURE_TIMES.vote);
  });

  test('a project with a very long title, a second campaign, categories of other names', async () => {
    const long = 'Un très long titre de projet '.repeat(12).trim();
    mock.load({
      fixture: (f) => ({
        ...f,
        campaigns: [
          { ...f.campaigns[0]!, categories: f.campaigns[0]!.categories.map((c, i) => ({ ...c, name: `Catégorie ${i + 1}` })) },
          FIXTURE_CAMPAIGN_2025,
        ],
        projects: [fixtureProject(1, { title: long }), fixtureProject(2, { id: 'prj-2025', campaignId: 'bc-2025', labelledAt: '2025-05-02T10:00:00+02:00' })],
      }),
    });
    assert.equal((await get(mock, `/campaigns/${C}/projects/prj-001`)).body.title, long);
    assert.deepEqual((await get(mock, `/campaigns/${C}`)).body.categories.map((c: Json) => c.name), ['Catégorie 1', 'Catégorie 2', 'Catégorie 3']);
    assert.deepEqual((await get(mock, '/campaigns/bc-2025/projects')).body.items.map((p: Json) => p.id), ['prj-2025']);
    const current = await createClient({ baseUrl: 'http://mock.test/api/v1', fetch: (i, init) => mock.fetch(new Request(i, init)) }).campaigns.current();
    assert.equal(current.id, C, 'the campaign in a phase is the current one');
  });

  test('votes through ballots: the results are the SDK allocation, the annulled ballots counted apart', async () => {
    const votes = { 'prj-001': 40, 'prj-004': 12, 'prj-003': 25, 'prj-002': 9 };
    mock.load({
      now: FIXTURE_TIMES.results,
      fixture: (f) => ({
        ...f,
        ballots: [
          ...ballotsFor(votes, f.projects, { castAt: '2026-09-10T18:00:00+02:00' }),
          { choices: { cooperation: 'prj-001' }, voter: 'twice' },
          { choices: { cooperation: 'prj-004' }, voter: 'twice' },
        ],
      }),
    });
    const results = assertSchema(Results, (await get(mock, `/campaigns/${C}/results`)).body);
    assert.equal(results.status, 'final');
    // Coopération has the most votes (prj-001 and prj-004): 52 ballots, one per voter.
    assert.deepEqual(results.ballots, { cast: 54, annulled: 2, counted: 52 });
    const expected = allocate({ categories: FIXTURE.campaigns[0]!.categories, projects: FIXTURE.projects, votes, minVotes: 10 });
    assert.deepEqual(results.categories, expected.categories);
    assert.deepEqual(results.rollover, expected.rollover);
    const winner = (await get(mock, `/campaigns/${C}/projects/prj-001`)).body;
    assert.deepEqual([winner.status, winner.votes], ['winner', 40]);
    assert.equal((await get(mock, `/campaigns/${C}/projects/prj-002`)).body.status, 'not-selected', 'below the minimum of votes');
  });

  test('castBallots: as voters would, told once to the results streams, and refused outside the vote', async () => {
    mock.load({ fixture: (f) => ({ ...f, campaigns: [{ ...f.campaigns[0]!, voting: { ...f.campaigns[0]!.voting, liveResults: true } }] }) });
    const events: string[] = [];
    const unsubscribe = mock.store.subscribe((event) => events.push(event.type));
    mock.castBallots(ballotsFor({ 'prj-001': 7, 'prj-003': 2 }), { at: '2026-09-15T09:59:00+02:00' });
    unsubscribe();
    assert.deepEqual(events, ['ballots']);
    const results = (await get(mock, `/campaigns/${C}/results`)).body as Results;
    assert.equal(results.computedAt, '2026-09-15T09:59:00+02:00');
    assert.equal(results.ballots.counted, 7);
    assert.equal(results.categories.flatMap((c) => c.projects).find((p) => p.projectId === 'prj-001')!.votes, 7);

    const before = mock.store.ballots(C).length;
    assert.throws(() => mock.castBallots(ballotsFor({ 'prj-001': 1 }), { at: FIXTURE_TIMES.results }), /not open/);
    assert.throws(() => mock.castBallots([{ choices: { cooperation: 'prj-003' } }]), /cooperation/);
    assert.equal(mock.store.ballots(C).length, before, 'nothing cast');
  });
});

describe('in Node, behind setupServer', () => {
  const mock = createTestMock({ baseUrl: 'http://api.test/api/v1' });
  const server = setupServer(...mock.handlers);
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock.load();
  });
  after(() => server.close());

  test('global fetch and the SDK reach the mock; a per-test override answers a 503 in front of it', async () => {
    const client = createClient({ baseUrl: 'http://api.test/api/v1', retry: { limit: 0 } });
    assert.equal((await client.campaigns.get(C)).id, C);
    server.use(http.get('http://api.test/api/v1/campaigns/:id', () => problem(503, 'service_unavailable', { headers: { 'Retry-After': '1' } }), { once: true }));
    const response = await fetch(`http://api.test/api/v1/campaigns/${C}`);
    assert.equal(response.status, 503);
    assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    assert.equal((await response.json()).code, 'service_unavailable');
    assert.equal((await fetch(`http://api.test/api/v1/campaigns/${C}`)).status, 200, 'the override was for once');
  });
});
