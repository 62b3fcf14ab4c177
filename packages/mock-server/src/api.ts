/**
 * `createMockApi()`: one isolated mock of the API — its own store, clock and handlers — for a
 * test, a story or a server. Instances share nothing but the read-only commune data.
 */
import { getResponse, type HttpHandler } from 'msw';
import { canStreamBodies } from './util/streams.js';
import { DEFAULT_CONFIG, type MockConfig, type MockContext } from './context.js';
import { createHandlers } from './handlers/index.js';
import type { Connection } from './http/connection.js';
import type { Journal } from './http/journal.js';
import { DEFAULT_NOW, DEFAULT_SEED } from './seed/scenario.js';
import { Clock } from './store/clock.js';
import { RateLimiter, type RateLimitOptions } from './store/rate-limit.js';
import type { State } from './store/state.js';
import { Store } from './store/store.js';
import { Random } from './util/random.js';
import type { SecretSource } from './util/secrets.js';

export const DEFAULT_ADMIN_TOKEN = 'admin-dev-token';

export interface MockApiOptions {
  /** Seed of the generated data (names, places, votes). @default 62 */
  seed?: number;
  /** Initial clock, an ISO instant, a Date or epoch ms. @default '2026-09-20T12:00:00+02:00' (the 2026 vote, live results) */
  now?: string | number | Date;
  /** Let the clock tick from `now` in real time, rather than stand still. @default false */
  running?: boolean;
  /**
   * Where the API lives, ending in `/api/v1`. An absolute URL (`http://localhost:4010/api/v1`)
   * restricts the handlers to that origin; a path matches `/api/v1` on any origin.
   * @default '/api/v1'
   */
  baseUrl?: string;
  /** The committee's bearer token. @default 'admin-dev-token' */
  adminToken?: string;
  /** Token buckets per client; `false` turns rate limiting off. @default { read: 50/s burst 200, write: 10/s burst 60 } */
  rateLimit?: RateLimitOptions | false;
  /** Voter token lifetime. @default 30 minutes */
  tokenTtlMs?: number;
  /** Initial latency/failure injection (also settable with `POST /__mock/config`). */
  config?: Partial<MockConfig>;
  /**
   * Whether a response body may stay open, as the results stream's does. Where it cannot (MSW's
   * service worker in WebKit, see `util/streams.ts`), the stream sends the current results and ends,
   * with `retry:` telling EventSource when to reconnect for the next: polling through SSE.
   * @default whether this runtime can (`canStreamBodies()`)
   */
  streaming?: boolean;
  /** The data to start from and return to on `reset`, instead of the generated seed (the testing entry's fixture). */
  build?: (seed: number) => State;
  /**
   * Where the secrets handed out at run time come from: voter tokens, registration codes,
   * receipts, the ids of records created through the API. Never the seed: two mocks with the
   * same seed hand out different secrets. A test, or a replay of recorded commands, may supply
   * its own bytes. @default the platform's CSPRNG (`crypto.getRandomValues`)
   */
  secrets?: SecretSource;
  /**
   * Where every write is journaled, to be replayed after a restart (`bc-mock-server --data`,
   * `http/journal.ts`). Its `secrets` are the store's. @default none: the data lives in memory
   */
  journal?: Journal;
}

export interface MockApi {
  handlers: HttpHandler[];
  store: Store;
  clock: Clock;
  /** Back to the seed scenario (another seed if given): data, clock, config, rate limits. */
  reset: (seed?: number) => void;
  /**
   * The answer to `request`, with what its connection says (the client's address, whether it
   * may use the controls): how a server hands requests over. Without `connection`, the request
   * counts as from the page or process running the mock, as in the browser and msw/node.
   */
  handle: (request: Request, connection?: Connection) => Promise<Response | undefined>;
  /** The resolved settings: base URL, admin token, default clock. */
  options: { baseUrl: string; adminToken: string; seed: number; now: number };
}

function toEpoch(now: MockApiOptions['now']): number {
  if (now === undefined) return DEFAULT_NOW;
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(ms)) throw new TypeError(`createMockApi: invalid now ${String(now)}`);
  return ms;
}

/** `'/api/v1'` → `'*\/api/v1'` (any origin); absolute URLs stay as they are. */
function handlerBase(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `*${trimmed.startsWith('/') ? '' : '/'}${trimmed}`;
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const seed = options.seed ?? DEFAULT_SEED;
  const start = toEpoch(options.now);
  const baseUrl = options.baseUrl ?? '/api/v1';
  const adminToken = options.adminToken ?? DEFAULT_ADMIN_TOKEN;
  const clock = new Clock(start, { running: options.running ?? false });
  const store = new Store({
    seed,
    ...(options.tokenTtlMs === undefined ? {} : { tokenTtlMs: options.tokenTtlMs }),
    ...(options.build ? { build: options.build } : {}),
    ...(options.journal || options.secrets ? { secrets: options.journal?.secrets ?? options.secrets! } : {}),
    now: () => clock.now(),
  });
  // A vote closing by the clock sends its annulment notices (a running clock: on the next request, see route.ts).
  // Before the data is loaded there is nothing to tell: the load takes the clock as it then is.
  clock.onChange((now) => {
    if (store.loaded) store.closeVotes(now);
  });
  const initialConfig: MockConfig = { ...DEFAULT_CONFIG, ...options.config };
  const limiter = new RateLimiter(options.rateLimit ?? {});

  const ctx: MockContext = {
    store,
    clock,
    limiter,
    config: { ...initialConfig },
    chaos: new Random(seed ^ 0x2545f491),
    adminToken,
    base: handlerBase(baseUrl),
    routes: [],
    streaming: options.streaming ?? canStreamBodies(),
    connections: new WeakMap(),
    ...(options.journal ? { journal: options.journal } : {}),
    reset: (nextSeed?: number) => {
      store.reset(nextSeed ?? store.seed);
      Object.assign(ctx.config, initialConfig);
      ctx.chaos = new Random((nextSeed ?? store.seed) ^ 0x2545f491);
      limiter.configure(options.rateLimit ?? {});
      clock.set(start, { running: options.running ?? false });
    },
  };
  const handlers = createHandlers(ctx);
  return {
    handlers,
    store,
    clock,
    reset: ctx.reset,
    handle: (request, connection) => {
      if (connection) ctx.connections.set(request, connection);
      return getResponse(handlers, request);
    },
    options: { baseUrl, adminToken, seed, now: start },
  };
}
