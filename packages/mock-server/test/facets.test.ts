/**
 * `GET …/projects?facets=true` (contract 1.1): what each filter can offer, counted with the other
 * filters applied (a facet ignores its own filter), values without a project left out.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createClient } from '@budget-citoyen/sdk';
import { ProjectPage } from '@budget-citoyen/sdk/schemas';
import { buildFixtureState, type Fixture } from '../src/seed/fixture.js';
import { FIXTURE, FIXTURE_CAMPAIGN as C, FIXTURE_TIMES, fixtureProject, fixtureProjects } from '../src/seed/fixture-data.js';
import { assertProblem, assertSchema, BASE, createTestApi } from './helpers.js';

// Twenty projects over the fixture's nine communes, and two more in communes of their own.
const fixture: Fixture = {
  ...FIXTURE,
  projects: [
    ...fixtureProjects(20),
    fixtureProject(21, { communeCode: '62291', title: 'Verger d’Éleu' }),
    fixtureProject(22, { communeCode: '62001', title: 'Chemin des écoliers' }),
  ],
};
const t = createTestApi({ now: FIXTURE_TIMES.vote, rateLimit: false, build: (seed) => buildFixtureState(fixture, seed) });
const client = createClient({ baseUrl: BASE, fetch: t.fetch, retry: 0 });
const path = `/campaigns/${C}/projects`;

type Filters = { category?: string; commune?: string; arrondissement?: string; q?: string };
const queryOf = (filters: Filters, extra: Record<string, string> = {}) =>
  new URLSearchParams({ ...(Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<string, string>), ...extra }).toString();

async function facetsOf(filters: Filters) {
  const reply = await t.get(`${path}?${queryOf(filters, { facets: 'true', limit: '1' })}`);
  assert.equal(reply.status, 200, reply.text);
  const page = assertSchema(ProjectPage, reply.body);
  assert.ok(page.facets, 'facets asked for, facets given');
  return { total: page.total, facets: page.facets };
}

/** How many projects the list gives for these filters: the oracle the facets must agree with. */
const totalOf = async (filters: Filters) => (await t.get(`${path}?${queryOf(filters, { limit: '1' })}`)).body.total as number;

describe('project facets', () => {
  test('unfiltered: every value with projects, in a useful order, counts adding up to the total', async () => {
    const { total, facets } = await facetsOf({});
    assert.equal(total, 22);
    assert.deepEqual(facets.categories, [
      { id: 'innovation-sociale', name: 'Innovation sociale', count: 7 },
      { id: 'cooperation', name: 'Coopération', count: 8 },
      { id: 'pratiques-ess', name: "Pratiques de l'Économie sociale et solidaire", count: 7 },
    ]);
    assert.deepEqual(
      facets.arrondissements.map((a) => a.code),
      ['621', '622', '623', '624', '625', '626', '627'],
    );
    assert.deepEqual(
      facets.communes.map((c) => c.name),
      ['Ablain-Saint-Nazaire', 'Arras', 'Bapaume', 'Béthune', 'Boulogne-sur-Mer', 'Calais', 'Éleu-dit-Leauwette', 'Lens', 'Liévin', 'Montreuil-sur-Mer', 'Saint-Omer'],
      'French order: Béthune before Boulogne, Éleu among the E',
    );
    for (const facet of [facets.categories, facets.arrondissements, facets.communes]) {
      assert.equal(facet.reduce((sum, v) => sum + v.count, 0), total);
    }
    assert.deepEqual(facets.communes.find((c) => c.code === '62291'), { code: '62291', name: 'Éleu-dit-Leauwette', count: 1 });
  });

  test('a facet ignores its own filter, applies the others, and leaves out values without a project', async () => {
    const { total, facets } = await facetsOf({ category: 'cooperation', arrondissement: '627' });
    assert.equal(total, await totalOf({ category: 'cooperation', arrondissement: '627' }));
    // Categories: every category within the arrondissement; arrondissements: every one within the category.
    assert.equal(facets.categories.reduce((sum, v) => sum + v.count, 0), await totalOf({ arrondissement: '627' }));
    assert.equal(facets.arrondissements.reduce((sum, v) => sum + v.count, 0), await totalOf({ category: 'cooperation' }));
    assert.ok(facets.communes.every((c) => ['62291', '62001', '62498', '62510'].includes(c.code)), 'communes of the arrondissement only');
    assert.ok(facets.communes.every((c) => c.count > 0));

    const none = await facetsOf({ q: 'aucun projet ne parle de ceci' });
    assert.deepEqual(none, { total: 0, facets: { categories: [], arrondissements: [], communes: [] } });
  });

  test('property: for random filters, each count is what the list gives with that value and the other filters', async () => {
    // Every value a filter can take here: the projects' own, and a commune without any (62002).
    const domain = {
      category: ['innovation-sociale', 'cooperation', 'pratiques-ess'],
      commune: ['62041', '62080', '62119', '62160', '62588', '62765', '62193', '62498', '62510', '62291', '62001', '62002'],
      arrondissement: ['621', '622', '623', '624', '625', '626', '627'],
    };
    const filters = fc.record(
      {
        category: fc.constantFrom(...domain.category),
        commune: fc.constantFrom(...domain.commune),
        arrondissement: fc.constantFrom(...domain.arrondissement),
        q: fc.constantFrom('jardin', 'vélo', 'arras', 'lens', 'verger', 'ressourcerie'),
      },
      { requiredKeys: [] },
    );
    const own = { categories: 'category', arrondissements: 'arrondissement', communes: 'commune' } as const;
    await fc.assert(
      fc.asyncProperty(filters, async (f) => {
        const { total, facets } = await facetsOf(f);
        assert.equal(total, await totalOf(f));
        for (const [name, filter] of Object.entries(own) as Array<[keyof typeof own, (typeof own)[keyof typeof own]]>) {
          const listed = new Map(facets[name].map((v) => ['id' in v ? v.id : v.code, v.count]));
          for (const value of domain[filter]) {
            const expected = await totalOf({ ...f, [filter]: value });
            assert.equal(listed.get(value), expected === 0 ? undefined : expected, `${name} ${value} for ${JSON.stringify(f)}`);
          }
          assert.ok([...listed.keys()].every((value) => domain[filter].includes(value)), `${name}: only values that exist`);
          // The facet of the value filtered on, if it has projects, counts the list itself.
          const chosen = f[filter];
          if (chosen !== undefined && total > 0) {
            assert.equal(facets[name].find((v) => ('id' in v ? v.id : v.code) === chosen)?.count, total);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  test('facets change neither the list nor its cursors; without facets=true there are none', async () => {
    const asked = await t.get(`${path}?limit=5&sort=title&facets=true`);
    const plain = await t.get(`${path}?limit=5&sort=title`);
    assert.deepEqual(asked.body.items, plain.body.items);
    assert.equal(asked.body.nextCursor, plain.body.nextCursor);
    assert.equal('facets' in plain.body, false);
    assert.equal('facets' in (await t.get(`${path}?facets=false`)).body, false);
    const next = await t.get(`${path}?limit=5&sort=title&cursor=${asked.body.nextCursor}`);
    assert.equal(next.status, 200, 'a cursor of a page with facets pages the list without them');
    assertProblem(await t.get(`${path}?facets=yes`), 400, 'validation_failed');
  });

  test('a clock before the committee labelled any project: nothing to offer', async () => {
    const early = createTestApi({ now: FIXTURE_TIMES.comptoirs, rateLimit: false, build: (seed) => buildFixtureState(fixture, seed) });
    const reply = await early.get(`${path}?facets=true`);
    assert.deepEqual(reply.body.facets, { categories: [], arrondissements: [], communes: [] });
  });

  test('the SDK: list pages carry typed facets; projects.facets asks for one project and gives them', async () => {
    const page = await client.projects.list(C, { facets: true, category: 'pratiques-ess' });
    assert.ok(page.facets);
    assert.equal(page.facets.categories.find((c) => c.id === 'pratiques-ess')?.count, page.total);
    const facets = await client.projects.facets(C, { category: 'pratiques-ess' });
    assert.deepEqual(facets, page.facets);
    assert.deepEqual(await client.projects.facets(C), (await facetsOf({})).facets);
  });
});
