/** The seed: real communes, a deterministic scenario, and the story it must tell for any seed. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ProjectPage } from '@budget-citoyen/sdk/schemas';
import { ARRONDISSEMENTS, COMMUNES } from '../src/seed/communes.js';
import { buildSeedState as build } from '../src/seed/seed.js';
import { computeResults } from '../src/store/results.js';
import { assertSchema, createTestApi } from './helpers.js';

// Seeds are pure: each is built once for the whole file.
const built = new Map<number, ReturnType<typeof build>>();
const buildSeedState = (seed: number) => built.get(seed) ?? built.set(seed, build(seed)).get(seed)!;

describe('communes of the Pas-de-Calais', () => {
  test('887 current communes, 7 arrondissements, INSEE codes and postal codes', () => {
    assert.equal(COMMUNES.length, 887);
    assert.deepEqual(ARRONDISSEMENTS, {
      '621': 'Arras',
      '622': 'Béthune',
      '623': 'Boulogne-sur-Mer',
      '624': 'Montreuil',
      '625': 'Saint-Omer',
      '626': 'Calais',
      '627': 'Lens',
    });
    assert.equal(new Set(COMMUNES.map((c) => c.code)).size, 887);
    for (const c of COMMUNES) {
      assert.match(c.code, /^62\d{3}$/);
      assert.ok(c.postcodes.length > 0 && c.postcodes.every((p) => /^62\d{3}$/.test(p)), c.name);
      assert.ok(ARRONDISSEMENTS[c.arrondissement.code as keyof typeof ARRONDISSEMENTS]);
    }
    const arras = COMMUNES.find((c) => c.code === '62041');
    assert.deepEqual([arras?.name, arras?.postcodes, arras?.arrondissement.code], ['Arras', ['62000'], '621']);
  });

  test('the committed file is what the extraction script makes from @etalab/decoupage-administratif', () => {
    const script = fileURLToPath(new URL('../scripts/extract-communes.mjs', import.meta.url));
    const out = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    assert.match(out, /up to date \(887 communes\)/);
  });
});

describe('seed scenario', () => {
  test('deterministic: the same seed gives the same data, another seed other data', () => {
    const snapshot = (seed: number) => {
      const s = build(seed);
      return JSON.stringify([[...s.projects.values()], [...s.registrations.values()].slice(0, 50), [...s.ballots.values()].slice(0, 50)]);
    };
    const first = snapshot(62);
    assert.equal(snapshot(62), first);
    assert.equal(JSON.stringify([[...buildSeedState(62).projects.values()]]).slice(0, 2000), JSON.stringify([[...build(62).projects.values()]]).slice(0, 2000));
    assert.notEqual(snapshot(63), first);
  });

  for (const seed of [62, 1, 2026]) {
    test(`seed ${seed}: a final past campaign, a live current one, and a rollover that matters`, () => {
      const state = buildSeedState(seed);
      const past = computeResults(state, state.campaigns.get('bc-2025')!);
      assert.equal(past.ballots.cast, 6000);
      assert.ok(past.ballots.annulled > 0);
      const current = computeResults(state, state.campaigns.get('bc-2026')!);
      assert.ok(current.ballots.counted > 1000);
      for (const results of [past, current]) {
        // A category leaves money in the pool; another category's project is funded from it.
        const leftovers = results.categories.filter((c) => c.envelopeCents - (c.spentCents - c.rolloverInCents) > 0);
        const receivers = results.categories.filter((c) => c.projects.some((p) => p.fundedFrom === 'rollover'));
        assert.ok(receivers.length > 0, 'some project is funded from the rollover');
        assert.ok(leftovers.some((l) => receivers.some((r) => r.id !== l.id)), 'money crosses categories');
        assert.ok(results.categories.some((c) => c.projects.some((p) => p.votes < 50 && p.votes > 0)), 'some projects stay under minVotes');
      }
    });
  }

  test('projects: plausible, spread, within 2 000–30 000 €, local images only', async () => {
    const t = createTestApi({ rateLimit: false });
    for (const id of ['bc-2025', 'bc-2026']) {
      const page = assertSchema(ProjectPage, (await t.get(`/campaigns/${id}/projects?limit=100`)).body);
      assert.equal(page.total, id === 'bc-2025' ? 51 : 24);
      assert.equal(new Set(page.items.map((p) => p.title)).size, page.total, 'distinct titles');
      assert.ok(new Set(page.items.map((p) => p.arrondissement.code)).size >= 6, 'spread over the arrondissements');
      for (const p of page.items) {
        assert.ok(p.requestedAmountCents >= 200_000 && p.requestedAmountCents <= 3_000_000, p.title);
        assert.ok(!/[<>]/.test(p.description), 'plain text');
        assert.ok(p.description.split('\n\n').length >= 2, 'paragraphs');
        if (p.image) {
          assert.match(p.image.url, /^data:image\/svg\+xml/);
          assert.ok(!/https?:\/\/(?!www\.w3\.org\/2000\/svg)/.test(decodeURIComponent(p.image.url)), 'no external request');
          assert.ok(p.image.alt.length > 10);
        }
      }
      const campaign = (await t.get(`/campaigns/${id}`)).body;
      assert.deepEqual(campaign.categories.map((c: { id: string; rolloverRank: number }) => [c.id, c.rolloverRank]), [
        ['innovation-sociale', 1],
        ['cooperation', 2],
        ['pratiques-ess', 3],
      ]);
      assert.deepEqual(campaign.voting, { minAge: 11, choicesPerCategory: 1, liveResults: true, minVotes: 50 });
    }
    assert.ok(t.api.store.state.projects.size > 0);
  });

  test('comptoirs: ~10 in several arrondissements, online too, some full, one with few seats', () => {
    const state = buildSeedState(62);
    const comptoirs = [...state.comptoirs.values()].filter((c) => c.campaignId === 'bc-2026');
    assert.ok(comptoirs.length >= 10);
    assert.ok(comptoirs.some((c) => c.format === 'online'));
    assert.ok(new Set(comptoirs.flatMap((c) => (c.venue ? [c.venue.communeCode] : []))).size >= 8);
    const confirmed = (id: string) => state.confirmedByComptoir.get(id) ?? 0;
    assert.ok(comptoirs.filter((c) => confirmed(c.id) >= c.capacity).length >= 2, 'some full');
    assert.ok(comptoirs.some((c) => c.capacity <= 10), 'one with few seats');
    const waitlisted = [...state.registrations.values()].filter((r) => r.status === 'waitlisted');
    assert.ok(waitlisted.length > 0);
  });

  test('confidential dossiers (submitted, rejected) never reach a public endpoint', async () => {
    const t = createTestApi({ rateLimit: false });
    const hidden = t.api.store.dossiers('bc-2026').filter((d) => d.status !== 'labelled');
    assert.ok(hidden.some((d) => d.status === 'submitted'));
    assert.ok(hidden.some((d) => d.status === 'rejected'));
    for (const now of ['2026-05-15T10:00:00+02:00', '2026-09-20T12:00:00+02:00', '2026-10-15T10:00:00+02:00']) {
      t.api.clock.set(Date.parse(now));
      const everything = [(await t.get('/campaigns/bc-2026/projects?limit=100')).text, (await t.get('/campaigns/bc-2026/results')).text].join('\n');
      for (const d of hidden) {
        assert.ok(!everything.includes(d.id));
        assert.ok(!everything.includes(d.request.title), d.request.title);
        assert.equal((await t.get(`/campaigns/bc-2026/projects/${d.id}`)).status, 404);
      }
    }
  });
});
