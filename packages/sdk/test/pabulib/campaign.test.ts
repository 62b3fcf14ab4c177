import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isRuleInputError } from '@budget-citoyen/sdk';
import { allocatePb, campaignCategoryToPb, parsePb, writePb, type CampaignCategoryToPbInput } from '@budget-citoyen/sdk/pabulib';
import { assertMeta } from './build.js';

const input: CampaignCategoryToPbInput = {
  campaign: {
    id: 'bc-2026',
    title: 'Budget citoyen 2026',
    territoryName: 'Pas-de-Calais',
    categoryId: 'cooperation',
    categoryName: 'Coopération',
    envelopeCents: 250_000_00,
  },
  projects: [
    { id: 'prj-b', title: 'Jardin « partagé »; quartier nord', requestedAmountCents: 150_000_00, votes: 3, selected: true },
    { id: 'prj-a', title: 'Tiers-lieu', requestedAmountCents: 120_000_50, votes: 2, selected: false },
    { id: 'prj-c', title: 'Atelier vélo', requestedAmountCents: 99_999_99, votes: 1, selected: true },
  ],
  // Voters v1…v6, one ballot each.
  ballots: ['prj-b', 'prj-a', 'prj-b', 'prj-c', 'prj-b', 'prj-a'].map((projectId, i) => ({ voterId: `v${i + 1}`, projectId })),
};

describe('campaignCategoryToPb', () => {
  test('META describes the category as a choose-1 instance in euros', () => {
    const { meta } = campaignCategoryToPb(input);
    assertMeta(meta, {
      country: 'France',
      unit: 'Département du Pas-de-Calais',
      subunit: 'Coopération',
      currency: 'EUR',
      budget: '250000',
      vote_type: 'choose-1',
      rule: 'greedy',
      num_projects: '3',
      num_votes: '6',
    });
    assert.match(meta.comment ?? '', /^#1: Rule of the Département/);
    assert.match(meta.description ?? '', /Coopération/);
  });

  test('costs become exact euro decimals; the other columns carry the published data', () => {
    const pb = campaignCategoryToPb(input);
    assert.deepEqual(
      pb.projects.map((p) => [p.fields.cost, p.cost, p.votes, p.selected, p.category]),
      [
        ['150000', 150000, 3, true, ['Coopération']],
        ['120000.5', 120000.5, 2, false, ['Coopération']],
        ['99999.99', 99999.99, 1, true, ['Coopération']],
      ],
    );
    assert.deepEqual(pb.votes.map((v) => v.vote), [['prj-b'], ['prj-a'], ['prj-b'], ['prj-c'], ['prj-b'], ['prj-a']]);
  });

  test('the written file parses back to the same instance, and the greedy rule runs on it', () => {
    const pb = campaignCategoryToPb(input);
    const text = writePb(pb);
    assert.match(text, /^prj-b;150000;3;"Jardin « partagé »; quartier nord";Coopération;1$/m);
    assert.deepStrictEqual(parsePb(text), pb);
    // Within the envelope: prj-b (150 000) fits, prj-a (120 000.50) not, prj-c (99 999.99) fits.
    assert.deepEqual(allocatePb(parsePb(text)).selected, ['prj-b', 'prj-c']);
  });

  const refusals: ReadonlyArray<[string, CampaignCategoryToPbInput, string]> = [
    ['a ballot for an unknown project', { ...input, ballots: [...input.ballots, { voterId: 'v7', projectId: 'nope' }] }, 'ballots[6].projectId'],
    ['two ballots of one voter', { ...input, ballots: [...input.ballots, { voterId: 'v1', projectId: 'prj-c' }] }, 'ballots[6].voterId'],
    ['votes that disagree with the ballots', { ...input, projects: input.projects.map((p, i) => (i === 2 ? { ...p, votes: 5 } : p)) }, 'projects[2].votes'],
    ['fractional cents', { ...input, campaign: { ...input.campaign, envelopeCents: 10.5 } }, 'campaign.envelopeCents'],
    ['a project id with a comma', { ...input, projects: input.projects.map((p, i) => (i === 0 ? { ...p, id: 'a,b' } : p)) }, 'projects[0].id'],
  ];
  for (const [what, bad, path] of refusals) {
    test(`refuses ${what}`, () => {
      assert.throws(
        () => campaignCategoryToPb(bad),
        (error: unknown) => isRuleInputError(error) && error.errors[0]?.path === path,
      );
    });
  }
});
