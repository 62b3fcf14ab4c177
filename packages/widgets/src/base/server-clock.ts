/**
 * The server's clock. "Upcoming", "open", "past" and countdowns are decided with the instant
 * the API sent (`campaign.now`) plus the time elapsed since, measured with the monotonic
 * `performance.now()`: a device set to the wrong date or time zone must not open or close a
 * vote on its own. Which phase is open at that instant is the SDK's rule, the server's own.
 */
export { isPhaseOpen, msToNextBoundary, openPhases, phaseState, type PhaseState } from '@budget-citoyen/sdk/rules';

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
