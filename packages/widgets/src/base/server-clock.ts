/**
 * The server's clock. "Upcoming", "open", "past" and countdowns are decided with the instant
 * the API sent (`campaign.now`) plus the time elapsed since, measured with the monotonic
 * `performance.now()`: a device set to the wrong date or time zone must not open or close a
 * vote on its own.
 */
import type { Campaign, PhaseId } from '@budget-citoyen/sdk';

export class ServerClock {
  readonly #serverNow: number;
  readonly #at: number;

  /** `serverNow`: the server's `now` (ISO 8601); `at`: the `performance.now()` when it arrived. */
  constructor(serverNow: string, at: number = performance.now()) {
    this.#serverNow = Date.parse(serverNow);
    this.#at = at;
  }

  /** The server's current time, in epoch milliseconds. */
  now(): number {
    return this.#serverNow + (performance.now() - this.#at);
  }

  /** Milliseconds from now (server time) to `instant`; negative once it is past. */
  until(instant: string | number): number {
    return (typeof instant === 'number' ? instant : Date.parse(instant)) - this.now();
  }
}

export type PhaseState = 'upcoming' | 'open' | 'past';

/** Where `phaseId` stands at `now` (epoch ms); `undefined` when the campaign has no such phase. */
export function phaseState(campaign: Campaign, phaseId: PhaseId, now: number): PhaseState | undefined {
  const phase = campaign.phases.find((p) => p.id === phaseId);
  if (!phase) return undefined;
  if (now < Date.parse(phase.start)) return 'upcoming';
  return now < Date.parse(phase.end) ? 'open' : 'past';
}

export function isPhaseOpen(campaign: Campaign, phaseId: PhaseId, now: number): boolean {
  return phaseState(campaign, phaseId, now) === 'open';
}

/** The phase(s) open at `now`, latest-starting first (the API's `currentPhase` is the first). */
export function openPhases(campaign: Campaign, now: number): PhaseId[] {
  return campaign.phases
    .filter((p) => Date.parse(p.start) <= now && now < Date.parse(p.end))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start))
    .map((p) => p.id);
}

/** Milliseconds until the next phase start or end after `now`; `undefined` when none is left. */
export function msToNextBoundary(campaign: Campaign, now: number): number | undefined {
  let next = Infinity;
  for (const p of campaign.phases) {
    for (const t of [Date.parse(p.start), Date.parse(p.end)]) if (t > now && t < next) next = t;
  }
  return next === Infinity ? undefined : next - now;
}
