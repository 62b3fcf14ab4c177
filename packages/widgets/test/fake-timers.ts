import type { Timers } from '../src/results/timers.js';

/** Timers whose clock only moves when the test says so. */
export class FakeTimers implements Timers {
  time = 0;
  #next = 1;
  readonly pending = new Map<number, { at: number; ms: number; callback: () => void }>();

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.#next++;
    this.pending.set(id, { at: this.time + ms, ms, callback });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };

  /** The delays (ms) of the timers still waiting, in the order they were set. */
  delays(): number[] {
    return [...this.pending.values()].map((t) => t.ms);
  }

  /** Moves the clock by `ms`, running every timer due by then, in order. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.pending.delete(id);
      this.time = timer.at;
      timer.callback();
    }
    this.time = until;
  }
}
