/**
 * The mock's clock. Every time-dependent answer (phases, token expiry, results status, `now`)
 * reads it, never `Date.now()`, so tests and demos can stand anywhere in the campaign.
 * Frozen by default (deterministic answers, stable ETags); `running: true` lets it tick on from
 * the instant it was set, for demos with live countdowns.
 */
export class Clock {
  #base: number;
  #setAt: number;
  #running: boolean;
  readonly #listeners = new Set<(now: number) => void>();

  constructor(start: number, options: { running?: boolean } = {}) {
    this.#base = start;
    this.#setAt = Date.now();
    this.#running = options.running ?? false;
  }

  /** Milliseconds since the epoch, as the mock sees it. */
  now(): number {
    return this.#running ? this.#base + (Date.now() - this.#setAt) : this.#base;
  }

  get running(): boolean {
    return this.#running;
  }

  set(instant: number, options: { running?: boolean } = {}): void {
    this.#base = instant;
    this.#setAt = Date.now();
    if (options.running !== undefined) this.#running = options.running;
    for (const listener of this.#listeners) listener(instant);
  }

  /** Called after every `set`; returns the unsubscribe function. */
  onChange(listener: (now: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
