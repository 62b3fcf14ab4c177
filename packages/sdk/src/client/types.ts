import type { BudgetCitoyenError } from '../errors.js';
import type { Page } from '../schemas/common.js';

export interface ClientOptions {
  /** The API's base URL, ending in `/api/v1`, e.g. `https://budget.example.fr/api/v1`. */
  baseUrl: string;
  /**
   * Default bearer token (a voter's or the committee's), or a function read before every
   * request, so that a token obtained later is picked up. A call's own `token` wins.
   */
  token?: string | (() => string | undefined);
  /**
   * The `fetch` to use (tests, server-side rendering, instrumentation).
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
  /**
   * Time allowed for each attempt to get an answer's headers, in milliseconds.
   * @default 10_000
   */
  timeoutMs?: number;
  /**
   * How many times to retry a failed request (a number is the limit), and the longest wait
   * between two attempts. A `Retry-After` longer than `maxBackoffMs` is not waited for: the
   * error is thrown at once, with `retryAfterMs` telling the caller when to come back.
   * @default { limit: 2, maxBackoffMs: 10_000 }
   */
  retry?: number | { limit?: number; maxBackoffMs?: number };
  /** Headers sent with every request (a call's own `headers` win). */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  /** Bearer token for this call only, instead of the client's. */
  token?: string;
  /**
   * Cancels the call. A cancelled call rejects with `signal.reason` (an `AbortError` by
   * default), exactly as `fetch` does, not with an SDK error.
   */
  signal?: AbortSignal;
  /**
   * Key that makes a creating POST safe to repeat: the server replays the first answer for the
   * same key and body. Generated for you when absent; pass your own to make a retry of yours
   * (after a reload, say) hit the same key.
   */
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** A call that needs a bearer token: the ballot endpoints (a voter's token). */
export type AuthenticatedRequestOptions = RequestOptions & { token: string };

export interface ToArrayOptions {
  /** Stop after this many items: no page past the one holding the last of them is fetched. */
  limit?: number;
}

/**
 * A list call. `await` it for the first page (`{ items, nextCursor, total }`); iterate it with
 * `for await` for every item of every page; or `toArray()`. Nothing is fetched until then.
 */
export interface ListResult<T, P extends Page<T> = Page<T>> extends PromiseLike<P>, AsyncIterable<T> {
  toArray(options?: ToArrayOptions): Promise<T[]>;
}

export type ResultsTransport = 'auto' | 'sse' | 'poll';

export interface SubscribeOptions {
  /**
   * Told of each failed poll or malformed event (`results_not_public` before the vote closes,
   * network trouble…). The subscription goes on: it only ends with unsubscribe or `signal`.
   */
  onError?(error: BudgetCitoyenError): void;
  /**
   * Time between two polls, in milliseconds (when polling). Values under 50 are raised to 50.
   * @default 30_000
   */
  pollIntervalMs?: number;
  /**
   * With Server-Sent Events: how long to wait, in milliseconds, for the first event (the
   * server sends the current results on connect) before polling instead. A proxy that buffers
   * the stream, or a service worker that cannot stream, keeps it silent without an error.
   * @default 10_000
   */
  firstEventTimeoutMs?: number;
  /** Ends the subscription, like calling the returned unsubscribe function. */
  signal?: AbortSignal;
  /**
   * `auto` and `sse` use Server-Sent Events where `EventSource` exists and fall back to
   * polling when it does not or when the stream fails; `poll` always polls.
   * @default 'auto'
   */
  transport?: ResultsTransport;
}
