/**
 * The time functions of the live results (announcement throttle, reconnection backoff), as one
 * object so that tests inject a fake and step time by hand instead of waiting. Monotonic
 * (`performance.now()`): these are durations, never dates, so the device's date does not matter.
 */
export interface Timers {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
