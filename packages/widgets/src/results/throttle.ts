import { realTimers, type Timers } from './timers.js';

/**
 * Passes messages on at most once per `intervalMs`: the first at once, then, within the
 * interval, only the latest one when the interval ends. A screen reader user hears that the
 * results changed without being interrupted at every ballot counted.
 */
export class Throttle {
  timers: Timers;
  #last = -Infinity;
  #pending: string | undefined;
  #timer: unknown;

  constructor(
    private readonly emit: (message: string) => void,
    private readonly intervalMs: number,
    timers: Timers = realTimers,
  ) {
    this.timers = timers;
  }

  push(message: string): void {
    this.#pending = message;
    if (this.#timer !== undefined) return;
    const wait = this.#last + this.intervalMs - this.timers.now();
    if (wait <= 0) this.#flush();
    else this.#timer = this.timers.setTimeout(this.#flush, wait);
  }

  /** Drops what is waiting (the widget left the page). */
  cancel(): void {
    if (this.#timer !== undefined) this.timers.clearTimeout(this.#timer);
    this.#timer = this.#pending = undefined;
  }

  #flush = (): void => {
    const message = this.#pending;
    this.#timer = this.#pending = undefined;
    if (message === undefined) return;
    this.#last = this.timers.now();
    this.emit(message);
  };
}
