/** What every handler shares within one mock API instance. */
import type { Connection } from './http/connection.js';
import type { Journal } from './http/journal.js';
import type { Clock } from './store/clock.js';
import type { RateLimiter } from './store/rate-limit.js';
import type { Store } from './store/store.js';
import type { Random } from './util/random.js';

/**
 * Latency and failure injection, to see how clients behave on a slow or flaky network.
 * Set with `POST /api/v1/__mock/config`; the mock controls themselves are never affected.
 */
export interface MockConfig {
  /** Delay before each answer: a fixed number of ms, or `[min, max]` drawn uniformly. @default 0 */
  latencyMs: number | [number, number];
  /** Share of requests (0–1) that fail. @default 0 */
  failureRate: number;
  /**
   * Only paths matching one of these fail (relative to `/api/v1`, `*` matches anything, an
   * optional method first): `["/campaigns/*\/ballot", "POST /campaigns/*\/voters"]`. Empty: every path.
   */
  failPaths: string[];
  /** `status`: a `503 service_unavailable` problem with Retry-After; `network`: a network error. @default 'status' */
  failureMode: 'status' | 'network';
}

export const DEFAULT_CONFIG: MockConfig = { latencyMs: 0, failureRate: 0, failPaths: [], failureMode: 'status' };

export interface MockContext {
  store: Store;
  clock: Clock;
  limiter: RateLimiter;
  config: MockConfig;
  /** Draws of latency and failures: seeded, so a flaky run replays. */
  chaos: Random;
  adminToken: string;
  /** Path prefix of every handler, e.g. `*\/api/v1` or `http://localhost:4010/api/v1`. */
  base: string;
  /** Every route, for 405 answers listing the methods a path does accept. */
  routes: Array<{ method: string; path: string; pattern: RegExp }>;
  /** Back to the seed scenario: data, clock, config and rate limits. */
  reset: (seed?: number) => void;
  /** Whether a response body can stay open (see `MockApiOptions.streaming`). */
  streaming: boolean;
  /** What the connection of each request says (its address…), filed by `MockApi.handle`: never a header. */
  connections: WeakMap<Request, Connection>;
  /** Where each write is journaled (`--data`), if anywhere. */
  journal?: Journal;
}
