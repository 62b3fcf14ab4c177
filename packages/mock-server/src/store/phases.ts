/** The SDK's phase rule over the store's records, and the refusals that say when. */
import { phaseState, resultsStatus } from '@budget-citoyen/sdk/rules';
import type { PhaseId } from '@budget-citoyen/sdk/schemas';
import { describeInstant, toParisIso } from '../util/time.js';
import type { CampaignRecord } from './records.js';
import { Refusal } from './refusal.js';

const PHASE_NAMES: Record<PhaseId, string> = {
  comptoirs: 'Registration for the comptoirs',
  depot: 'Submission of dossiers',
  labellisation: 'Labelling',
  vote: 'The vote',
  resultats: 'The results phase',
};

/** `phase_closed`, saying when the phase opens or when it closed. */
export function assertPhaseOpen(campaign: CampaignRecord, id: PhaseId, now: number): void {
  const state = phaseState(campaign, id, now);
  if (state === 'open') return;
  const name = PHASE_NAMES[id];
  const phase = campaign.phases.find((p) => p.id === id);
  if (!phase) throw new Refusal('phase_closed', { detail: `${name} is not part of this campaign.`, extra: { phase: id } });
  if (state === 'upcoming') {
    throw new Refusal('phase_closed', {
      detail: `${name} opens on ${describeInstant(phase.start)}.`,
      extra: { phase: id, opensAt: toParisIso(phase.start), closesAt: toParisIso(phase.end) },
    });
  }
  throw new Refusal('phase_closed', { detail: `${name} closed on ${describeInstant(phase.end)}.`, extra: { phase: id, closedAt: toParisIso(phase.end) } });
}

export type ResultsVisibility = { status: 'provisional' | 'final' } | { status: null; detail: string };

/** What the public may see of the results at `now` (the SDK's rule), or why not yet. */
export function resultsVisibility(campaign: CampaignRecord, now: number): ResultsVisibility {
  const status = resultsStatus(campaign, now);
  if (status) return { status };
  const vote = campaign.phases.find((p) => p.id === 'vote');
  if (!vote) return { status: null, detail: 'This campaign has no vote.' };
  const closes = `The results are published when the vote closes, on ${describeInstant(vote.end)}.`;
  if (now >= vote.start || !campaign.voting.liveResults) return { status: null, detail: closes };
  return { status: null, detail: `The vote opens on ${describeInstant(vote.start)}; live results are shown from then.` };
}

/** The results' refusal while they are not public. */
export function assertResultsVisible(campaign: CampaignRecord, now: number): 'provisional' | 'final' {
  const visibility = resultsVisibility(campaign, now);
  if (visibility.status === null) throw new Refusal('results_not_public', { detail: visibility.detail });
  return visibility.status;
}
