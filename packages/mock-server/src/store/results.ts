/**
 * Results with the SDK's own rules: `tally` (annulment of multiple voting) then `allocate`.
 * Computed once per change of the inputs (ballots, labelled projects) and cached, so that an
 * unchanged result is the same object, body and ETag on every request.
 */
import { allocate, tally, type Allocation, type TallyResult } from '@budget-citoyen/sdk/rules';
import type { CampaignRecord, ProjectRecord } from './records.js';
import type { State } from './state.js';

export interface ComputedResults {
  version: number;
  /** When the counted ballots last changed (the vote's start while there are none). */
  computedAt: number;
  ballots: TallyResult['ballots'];
  /** Identities that cast more than one ballot: all their ballots are annulled. */
  annulledIdentities: ReadonlySet<string>;
  votes: ReadonlyMap<string, number>;
  categories: Allocation['categories'];
  rollover: Allocation['rollover'];
  funded: ReadonlySet<string>;
}

const cache = new WeakMap<State, Map<string, ComputedResults>>();

export function labelledProjects(state: State, campaignId: string): ProjectRecord[] {
  return [...state.projects.values()].filter((p) => p.campaignId === campaignId);
}

export function computeResults(state: State, campaign: CampaignRecord): ComputedResults {
  let byCampaign = cache.get(state);
  if (!byCampaign) cache.set(state, (byCampaign = new Map()));
  const version = state.resultsVersion.get(campaign.id) ?? 0;
  const cached = byCampaign.get(campaign.id);
  if (cached && cached.version === version) return cached;

  const projects = labelledProjects(state, campaign.id);
  const ballots = state.ballotsByCampaign.get(campaign.id) ?? [];
  const counted = tally(ballots, { projectIds: projects.map((p) => p.id) });
  const allocation = allocate({
    categories: campaign.categories.map(({ id, envelopeCents, rolloverRank }) => ({ id, envelopeCents, rolloverRank })),
    projects: projects.map(({ id, category, requestedAmountCents }) => ({ id, category, requestedAmountCents })),
    votes: counted.votes,
    minVotes: campaign.voting.minVotes,
  });
  const voteStart = campaign.phases.find((p) => p.id === 'vote')?.start ?? 0;
  const result: ComputedResults = {
    version,
    computedAt: state.ballotsChangedAt.get(campaign.id) ?? voteStart,
    ballots: counted.ballots,
    annulledIdentities: counted.annulledIdentities,
    votes: counted.votes,
    categories: allocation.categories,
    rollover: allocation.rollover,
    funded: new Set(allocation.categories.flatMap((c) => c.projects.filter((p) => p.funded).map((p) => p.projectId))),
  };
  byCampaign.set(campaign.id, result);
  return result;
}
