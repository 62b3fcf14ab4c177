/**
 * Which phase of a campaign is open at an instant: the rule the server answers by
 * (`currentPhase`, `phase_closed`, results visibility) and the widgets display by. A phase is
 * open from its start (inclusive) to its end (exclusive). Instants are epoch milliseconds or
 * ISO 8601 text (as the API sends them); `now` is epoch milliseconds.
 */

/** Epoch milliseconds, or ISO 8601 text with offset. */
export type InstantLike = number | string;

export interface PhaseWindow<Id extends string = string> {
  id: Id;
  start: InstantLike;
  end: InstantLike;
}

/** What the rules read of a campaign: its phases (in the order of the process). */
export interface PhasedCampaign<Id extends string = string> {
  phases: readonly PhaseWindow<Id>[];
}

export type PhaseState = 'upcoming' | 'open' | 'past';

const ms = (instant: InstantLike): number => (typeof instant === 'number' ? instant : Date.parse(instant));

const isOpen = (phase: PhaseWindow, now: number) => ms(phase.start) <= now && now < ms(phase.end);

/** Where phase `id` stands at `now`; `undefined` when the campaign has no such phase. */
export function phaseState<Id extends string>(campaign: PhasedCampaign<Id>, id: Id, now: number): PhaseState | undefined {
  const phase = campaign.phases.find((p) => p.id === id);
  if (!phase) return undefined;
  if (now < ms(phase.start)) return 'upcoming';
  return now < ms(phase.end) ? 'open' : 'past';
}

export function isPhaseOpen<Id extends string>(campaign: PhasedCampaign<Id>, id: Id, now: number): boolean {
  return phaseState(campaign, id, now) === 'open';
}

/**
 * The phases open at `now`, latest-starting first; of two that start together, the one later
 * in the process first. The first is the campaign's `currentPhase`.
 */
export function openPhases<Id extends string>(campaign: PhasedCampaign<Id>, now: number): Id[] {
  return campaign.phases
    .map((phase, order) => ({ phase, order, start: ms(phase.start) }))
    .filter(({ phase }) => isOpen(phase, now))
    .sort((a, b) => b.start - a.start || b.order - a.order)
    .map(({ phase }) => phase.id);
}

/** The latest-starting phase open at `now` (phases may overlap), or `null` between phases. */
export function currentPhase<Id extends string>(campaign: PhasedCampaign<Id>, now: number): Id | null {
  return openPhases(campaign, now)[0] ?? null;
}

/** Milliseconds from `now` to the next phase start or end; `undefined` when none is left. */
export function msToNextBoundary(campaign: PhasedCampaign, now: number): number | undefined {
  let next = Infinity;
  for (const phase of campaign.phases) {
    for (const t of [ms(phase.start), ms(phase.end)]) if (t > now && t < next) next = t;
  }
  return next === Infinity ? undefined : next - now;
}

/** What results visibility reads of a campaign. */
export interface ResultsCampaign extends PhasedCampaign {
  voting: { liveResults: boolean };
}

/**
 * Whether the public may see the results at `now`, and as what: `final` once the vote has
 * closed, `provisional` while it runs if the campaign shows live results, else `null` (not
 * public: `results_not_public`). A campaign without a vote has no public results.
 */
export function resultsStatus(campaign: ResultsCampaign, now: number): 'provisional' | 'final' | null {
  const vote = phaseState(campaign, 'vote', now);
  if (vote === 'past') return 'final';
  return vote === 'open' && campaign.voting.liveResults ? 'provisional' : null;
}
