/**
 * The results widget's case, on the mock's fixture: nine projects whose votes (ballots the mock
 * counts with the SDK's `tally` and `allocate`, like any other) make every rule show.
 */
import type { Results } from '@budget-citoyen/sdk';
import {
  FIXTURE_CAMPAIGN_2026,
  ballotsFor,
  fixtureProject,
  type Fixture,
  type FixtureCampaign,
  type FixtureInput,
  type FixtureProject,
} from '@budget-citoyen/mock-server/testing';
import { API, CAMPAIGN_ID, mock, served } from './mock.js';

export const RESULTS_URL = `${API}/campaigns/:campaignId/results`;
export const STREAM_URL = `${API}/campaigns/:campaignId/results/stream`;

/**
 * Projects chosen so that every rule shows: a tie broken by the amount (cooperation), a project
 * below the minimum of votes and one too expensive for its envelope's leftover that the common
 * pool then funds (innovation sociale, from the other categories' leftovers), and money left
 * unallocated. Envelopes: 400 000 €, 300 000 €, 300 000 €; minimum 10 votes.
 */
export const SCENARIO: Array<{ category: string; euros: number; votes: number }> = [
  { category: 'innovation-sociale', euros: 250_000, votes: 120 },
  { category: 'innovation-sociale', euros: 100_000, votes: 80 },
  { category: 'innovation-sociale', euros: 90_000, votes: 40 },
  { category: 'innovation-sociale', euros: 20_000, votes: 5 },
  { category: 'cooperation', euros: 200_000, votes: 150 },
  { category: 'cooperation', euros: 150_000, votes: 90 },
  { category: 'cooperation', euros: 60_000, votes: 90 },
  { category: 'pratiques-ess', euros: 280_000, votes: 60 },
  { category: 'pratiques-ess', euros: 50_000, votes: 30 },
];

/** The vote with live results; its last counted ballot at 09:58, two minutes before the default clock. */
export const scenario = {
  campaign: { ...FIXTURE_CAMPAIGN_2026, voting: { ...FIXTURE_CAMPAIGN_2026.voting, liveResults: true } } as FixtureCampaign,
  projects: SCENARIO.map((s, i) => fixtureProject(i + 1, { category: s.category, requestedAmountCents: s.euros * 100 })) as FixtureProject[],
  votes: {} as Record<string, number>,
  computedAt: '2026-09-15T09:58:00+02:00',
  voteEnd: Date.parse(FIXTURE_CAMPAIGN_2026.phases.find((p) => p.id === 'vote')!.end),
};
scenario.projects.forEach((p, i) => (scenario.votes[p.id] = SCENARIO[i]!.votes));

/** The scenario as a fixture: `voting` changes the campaign's settings (live results off…). */
export function resultsFixture(voting: Partial<FixtureCampaign['voting']> = {}): FixtureInput {
  return (base: Fixture): Fixture => ({
    ...base,
    campaigns: [{ ...scenario.campaign, voting: { ...scenario.campaign.voting, ...voting } }],
    projects: scenario.projects,
    ballots: [
      ...ballotsFor(scenario.votes, scenario.projects, { castAt: '2026-09-14T20:00:00+02:00' }).map((b, i, all) =>
        i === all.length - 1 ? { ...b, castAt: scenario.computedAt } : b,
      ),
      // One person voting twice, under two e-mails: both ballots annulled.
      { choices: { 'pratiques-ess': scenario.projects[8]!.id }, voter: 'twice', castAt: '2026-09-14T21:00:00+02:00' },
      { choices: { cooperation: scenario.projects[4]!.id }, voter: 'twice', castAt: '2026-09-14T21:30:00+02:00' },
    ],
  });
}

/** The results the API serves now (read in-process, not logged as a request). */
export function servedResults(campaignId = CAMPAIGN_ID): Promise<Results> {
  return served<Results>(`/campaigns/${campaignId}/results`);
}

/** The votes a project has now. */
export async function votesOf(projectId: string): Promise<number> {
  const results = await servedResults();
  return results.categories.flatMap((c) => c.projects).find((p) => p.projectId === projectId)!.votes;
}

/** New voters cast ballots at `at` until each project has the votes given (one batch: streams hear of it once). */
export async function voteUpTo(target: Record<string, number>, at: string): Promise<void> {
  const more: Record<string, number> = {};
  for (const [id, votes] of Object.entries(target)) more[id] = votes - (await votesOf(id));
  mock.castBallots(ballotsFor(more, scenario.projects), { at });
}

/** The mock's clock past the vote: its results are final from then. */
export function closeTheVote(): void {
  mock.clock.set(scenario.voteEnd);
}
