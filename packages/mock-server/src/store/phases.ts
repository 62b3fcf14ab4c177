import type { PhaseId } from '@budget-citoyen/sdk/schemas';
import { ApiProblem } from '../http/problem.js';
import { describeInstant, toParisIso } from '../util/time.js';
import type { CampaignRecord, PhaseRecord } from './records.js';

const PHASE_NAMES: Record<PhaseId, string> = {
  comptoirs: 'Registration for the comptoirs',
  depot: 'Submission of dossiers',
  labellisation: 'Labelling',
  vote: 'The vote',
  resultats: 'The results phase',
};

export function phase(campaign: CampaignRecord, id: PhaseId): PhaseRecord | undefined {
  return campaign.phases.find((p) => p.id === id);
}

/** Start inclusive, end exclusive. */
export function isPhaseOpen(campaign: CampaignRecord, id: PhaseId, now: number): boolean {
  const p = phase(campaign, id);
  return p !== undefined && p.start <= now && now < p.end;
}

/** The latest-starting phase open at `now`, or `null` between phases. */
export function currentPhase(campaign: CampaignRecord, now: number): PhaseId | null {
  let current: PhaseRecord | undefined;
  for (const p of campaign.phases) {
    if (p.start <= now && now < p.end && (!current || p.start >= current.start)) current = p;
  }
  return current?.id ?? null;
}

/** 409 `phase_closed`, saying when the phase opens or when it closed. */
export function assertPhaseOpen(campaign: CampaignRecord, id: PhaseId, now: number): void {
  const p = phase(campaign, id);
  if (p && p.start <= now && now < p.end) return;
  const name = PHASE_NAMES[id];
  if (!p) {
    throw new ApiProblem(409, 'phase_closed', { detail: `${name} is not part of this campaign.`, extra: { phase: id } });
  }
  if (now < p.start) {
    throw new ApiProblem(409, 'phase_closed', {
      detail: `${name} opens on ${describeInstant(p.start)}.`,
      extra: { phase: id, opensAt: toParisIso(p.start), closesAt: toParisIso(p.end) },
    });
  }
  throw new ApiProblem(409, 'phase_closed', {
    detail: `${name} closed on ${describeInstant(p.end)}.`,
    extra: { phase: id, closedAt: toParisIso(p.end) },
  });
}

/** Results are visible once the vote has opened (live, if allowed) and for good once it closed. */
export function resultsVisibility(campaign: CampaignRecord, now: number): { visible: boolean; status: 'provisional' | 'final'; detail?: string } {
  const vote = phase(campaign, 'vote');
  if (!vote) return { visible: false, status: 'provisional', detail: 'This campaign has no vote.' };
  if (now >= vote.end) return { visible: true, status: 'final' };
  if (now >= vote.start && campaign.voting.liveResults) return { visible: true, status: 'provisional' };
  if (now >= vote.start) {
    return { visible: false, status: 'provisional', detail: `The results are published when the vote closes, on ${describeInstant(vote.end)}.` };
  }
  return {
    visible: false,
    status: 'provisional',
    detail: campaign.voting.liveResults
      ? `The vote opens on ${describeInstant(vote.start)}; live results are shown from then.`
      : `The results are published when the vote closes, on ${describeInstant(vote.end)}.`,
  };
}
