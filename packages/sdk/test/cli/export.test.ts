/** The export's pure functions, on a small hand-made campaign: no server, no process. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isRuleInputError, type Campaign, type Project, type Results } from '@budget-citoyen/sdk';
import { parsePb, type PbInstance } from '@budget-citoyen/sdk/pabulib';
import { allocate } from '@budget-citoyen/sdk/rules';
import {
  allocateCampaignPb,
  allocationInputFromPb,
  allocationInputFromResults,
  auditResults,
  campaignResultsToPb,
  type CampaignResultsData,
} from '../../src/export/index.js';
import { assertMeta } from '../pabulib/build.js';

const campaign: Campaign = {
  id: 'bc-test',
  title: 'Budget citoyen test',
  territory: { code: '62', name: 'Pas-de-Calais' },
  phases: [{ id: 'vote', start: '2025-09-15T09:00:00+02:00', end: '2025-09-28T18:00:00+02:00' }],
  currentPhase: null,
  categories: [
    { id: 'cooperation', name: 'Coopération', envelopeCents: 10_000_00, rolloverRank: 2 },
    { id: 'innovation-sociale', name: 'Innovation sociale', envelopeCents: 5_000_50, rolloverRank: 1 },
  ],
  voting: { minAge: 11, choicesPerCategory: 1, liveResults: false, minVotes: 2 },
  now: '2025-10-01T12:00:00+02:00',
};

const project = (id: string, category: string, requestedAmountCents: number, title: string): Project => ({
  id,
  campaignId: campaign.id,
  title,
  summary: '',
  description: '',
  category,
  requestedAmountCents,
  holder: { name: 'Collectif', kind: 'collective' },
  commune: { code: '62041', name: 'Arras' },
  arrondissement: { code: '621', name: 'Arras' },
  tags: [],
  status: 'labelled',
});

const projects = [
  project('c-1', 'cooperation', 9_000_00, 'Jardin; « partagé », nord'),
  project('c-2', 'cooperation', 2_000_00, 'Café "associatif"'),
  project('c-3', 'cooperation', 500_00, 'Petit projet'),
  project('i-1', 'innovation-sociale', 4_000_25, 'Conciergerie'),
  project('i-2', 'innovation-sociale', 3_000_00, 'Navette'),
];
const votes: Record<string, number> = { 'c-1': 5, 'c-2': 4, 'c-3': 1, 'i-1': 6, 'i-2': 3 };

/** Results as the rule gives them: what a correct server publishes. */
function publish(): CampaignResultsData {
  const base = { campaign, projects, results: { categories: [] } as unknown as Results };
  const allocation = allocate({ ...allocationInputFromResults(base), votes });
  const results: Results = {
    status: 'final',
    computedAt: '2025-09-28T18:00:00+02:00',
    ballots: { cast: 12, annulled: 1, counted: 11 },
    categories: allocation.categories,
    rollover: allocation.rollover,
  };
  return { campaign, projects, results };
}

const named = (files: ReturnType<typeof campaignResultsToPb>) => files.map((f) => ({ name: f.fileName, instance: parsePb(f.text) }));

describe('campaignResultsToPb', () => {
  const data = publish();
  const files = campaignResultsToPb(data);

  test('one file per category, by rollover rank, named after campaign and category', () => {
    assert.deepEqual(files.map((f) => f.fileName), ['bc-test_innovation-sociale.pb', 'bc-test_cooperation.pb']);
  });

  test('META: pabulib keys, and what the département\'s rule needs', () => {
    const { meta } = parsePb(files[0]?.text ?? '');
    assertMeta(meta, {
      description: 'Budget citoyen test, catégorie Innovation sociale',
      budget: '5000.5',
      envelope_cents: '500050',
      rollover_rank: '1',
      campaign_categories: 'innovation-sociale,cooperation',
      min_project_score_threshold: '2',
      date_begin: '15.09.2025',
      date_end: '28.09.2025',
      results_status: 'final',
    });
    assert.equal(Object.keys(meta).at(-1), 'comment');
  });

  test('N votes make N anonymous ballots; texts survive the ; separator', () => {
    const cooperation = parsePb(files[1]?.text ?? '');
    assert.deepEqual(cooperation.votes.map((v) => [v.voter_id, v.vote[0]]), [
      ['v1', 'c-1'], ['v2', 'c-1'], ['v3', 'c-1'], ['v4', 'c-1'], ['v5', 'c-1'],
      ['v6', 'c-2'], ['v7', 'c-2'], ['v8', 'c-2'], ['v9', 'c-2'],
      ['v10', 'c-3'],
    ]);
    assert.deepEqual(cooperation.projects.map((p) => p.name), ['Jardin; « partagé », nord', 'Café "associatif"', 'Petit projet']);
  });

  test('the files recompute to the published results, rollover included', () => {
    const { allocation, selected } = allocateCampaignPb(named(files));
    assert.deepEqual(allocation.categories, data.results.categories);
    assert.deepEqual(allocation.rollover, data.results.rollover);
    // Each envelope by priority, then the pool (1 000,25 € + 1 000 €): i-2 does not fit in it,
    // c-2 does; c-3 is under the minimum of votes.
    assert.deepEqual(selected, ['i-1', 'c-1', 'c-2']);
    assert.deepEqual(auditResults(data).differences, []);
  });
});

test('auditResults lists where published results differ from the rule', () => {
  const data = publish();
  const [first, second] = data.results.categories as [Results['categories'][number], Results['categories'][number]];
  const tampered: CampaignResultsData = {
    ...data,
    results: {
      ...data.results,
      categories: [{ ...first, projects: first.projects.map((p) => (p.projectId === 'i-2' ? { ...p, funded: true, fundedFrom: 'rollover' as const } : p)) }, second],
    },
  };
  assert.deepEqual(auditResults(tampered).differences, ['i-2: funded is true, the rule gives false', 'i-2: fundedFrom is rollover, the rule gives null']);
});

describe('allocationInputFromPb refuses files that would recompute something else', () => {
  const files = named(campaignResultsToPb(publish()));
  const withMeta = (file: { name: string; instance: PbInstance }, meta: Record<string, string | undefined>) => ({
    name: file.name,
    instance: { ...file.instance, meta: Object.fromEntries(Object.entries({ ...file.instance.meta, ...meta }).filter(([, v]) => v !== undefined)) as Record<string, string> },
  });
  const refusal = (input: Parameters<typeof allocationInputFromPb>[0]) => {
    try {
      allocationInputFromPb(input);
    } catch (error) {
      assert.ok(isRuleInputError(error));
      return error.message;
    }
    assert.fail('accepted');
  };
  const [innovation, cooperation] = files as [(typeof files)[number], (typeof files)[number]];

  test('a missing category, two files of one category or one rank', () => {
    assert.match(refusal([innovation]), /bc-test_innovation-sociale\.pb lists the category cooperation, whose file is missing/);
    assert.match(refusal([innovation, innovation]), /innovation-sociale is also the category of bc-test_innovation-sociale\.pb/);
    assert.match(refusal([innovation, withMeta(cooperation, { rollover_rank: '1' })]), /bc-test_cooperation\.pb: meta\.rollover_rank: 1 is also the rank of bc-test_innovation-sociale\.pb/);
  });

  test('files of two campaigns, or disagreeing on the minimum of votes', () => {
    assert.match(refusal([innovation, withMeta(cooperation, { instance: 'bc-other' })]), /different campaigns: bc-test, bc-other/);
    assert.match(refusal([innovation, withMeta(cooperation, { min_project_score_threshold: '3' })]), /the files disagree: bc-test_innovation-sociale\.pb 2, bc-test_cooperation\.pb 3/);
  });

  test('costs finer than a cent', () => {
    const row = cooperation.instance.projects[0]!;
    const costly = { ...cooperation.instance, projects: [{ ...row, fields: { ...row.fields, cost: '9000.001' } }, ...cooperation.instance.projects.slice(1)] };
    assert.match(refusal([innovation, { name: cooperation.name, instance: costly }]), /bc-test_cooperation\.pb: projects\[0\]\.cost: "9000\.001" is not a whole number of cents/);
  });

  test('without envelope_cents the budget (euros) is the envelope; without a threshold anywhere, minVotes is 0', () => {
    const input = allocationInputFromPb([
      withMeta(innovation, { envelope_cents: undefined, min_project_score_threshold: undefined }),
      withMeta(cooperation, { min_project_score_threshold: undefined }),
    ]);
    assert.equal(input.categories[0]?.envelopeCents, 5_000_50);
    assert.equal(input.minVotes, 0);
  });

  test('votes are counted from VOTES, not from the votes column', () => {
    const trimmed = { ...cooperation.instance, votes: cooperation.instance.votes.slice(0, 2) };
    const input = allocationInputFromPb([innovation, { name: cooperation.name, instance: trimmed }]);
    assert.equal((input.votes as Map<string, number>).get('c-1'), 2);
    assert.equal((input.votes as Map<string, number>).get('c-2'), 0);
  });
});
