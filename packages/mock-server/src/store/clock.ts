/**
 * The mock's clock. Every time-dependent answer (phases, token expiry, results status, `now`)
 * reads it, never `Date.now()`, so tests and demos can stand anywhere in the campaign.
 * Frozen by default (deterministic answers, stable ETags); `running: true` lets it tick on from
 * the instant it was set, for demos with live countdowns.
 */

/** One reading of the clock: the mock's instant, and the real time it was read at. */
export interface ClockReading {
  now: number;
  wall: number;
}

export class Clock {
  #base: number;
  #setAt: number;
  #running: boolean;
  #pin: ClockReading | null = null;
  readonly #listeners = new Set<(now: number) => void>();

  constructor(start: number, options: { running?: boolean } = {}) {
    this.#base = start;
    this.#setAt = Date.now();
    this.#running = options.running ?? false;
  }

  /** Milliseconds since the epoch, as the mock sees it. */
  now(): number {
    if (this.#pin) return this.#pin.now;
    return this.#running ? this.#base + (Date.now() - this.#setAt) : this.#base;
  }

  get running(): boolean {
    return this.#running;
  }

  set(instant: number, options: { running?: boolean } = {}): void {
    this.#base = instant;
    this.#setAt = this.#pin ? this.#pin.wall : Date.now();
    if (this.#pin) this.#pin.now = instant;
    if (options.running !== undefined) this.#running = options.running;
    for (const listener of this.#listeners) listener(instant);
  }

  /** The mock's instant and the real time, read together. */
  read(): ClockReading {
    return { now: this.now(), wall: this.#pin ? this.#pin.wall : Date.now() };
  }

  /**
   * Runs `step` (synchronous) with the clock standing at `at`: a request is judged at one
   * instant, however long it takes, and the journal (`--data`) replays it at that same instant.
   * A `set` inside the step moves the pinned instant and dates itself at `at.wall`.
   */
  pinned<T>(at: ClockReading, step: () => T): T {
    const outer = this.#pin;
    this.#pin = { ...at };
    try {
      return step();
    } finally {
      this.#pin = outer;
    }
  }

  /** Called after every `set`; returns the unsubscribe function. */
  onChange(listener: (now: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
