import ky, { isHTTPError, isTimeoutError, type RetryOptions } from 'ky';
import type * as z from 'zod/mini';
import { BudgetCitoyenError, isBudgetCitoyenError, NetworkError, TimeoutError } from '../errors.js';
import { inFlight, LruMap } from './cache.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { errorFromResponse, invalidResponse, parseBody, parseRetryAfter } from './response.js';
import type { ClientOptions, RequestOptions } from './types.js';

export type Query = Record<string, string | number | boolean | null | undefined>;

export type PostOptions = RequestOptions & { idempotent?: boolean };

export interface Http {
  /** The absolute URL of `path` (relative to the base URL, no leading slash). */
  url(path: string, query?: Query): string;
  /** GET, validated; shared while in flight and revalidated with its ETag. */
  get<S extends z.ZodMiniType>(path: string, schema: S, query?: Query, options?: RequestOptions): Promise<z.output<S>>;
  /**
   * POST, validated (`schema` undefined: the body is ignored). `idempotent` POSTs (every one
   * that creates something) carry an `Idempotency-Key`, the same on every attempt, and so may
   * be retried like a GET.
   */
  post(path: string, schema: z.ZodMiniType | undefined, body: unknown, options?: PostOptions): Promise<unknown>;
}

const RETRY_STATUS = [408, 429, 500, 502, 503, 504];
const IDEMPOTENT_METHODS: NonNullable<RetryOptions['methods']> = ['get', 'head', 'put', 'delete', 'options'];
const CACHE_ENTRIES = 200;

interface CacheEntry {
  etag: string;
  value: unknown;
}

export function createHttp(options: ClientOptions): Http {
  const base = absoluteBase(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const { limit = 2, maxBackoffMs = 10_000 } =
    typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const api = ky.create({
    prefixUrl: base,
    timeout: timeoutMs,
    fetch: options.fetch,
    headers: { accept: 'application/json, application/problem+json', ...options.headers },
    // A 304 is the answer to our own If-None-Match, not a failure.
    throwHttpErrors: (status) => status !== 304,
  });
  const retryFor = (methods: RetryOptions['methods']): RetryOptions => ({
    limit,
    methods,
    statusCodes: RETRY_STATUS,
    afterStatusCodes: [429, 503],
    maxRetryAfter: maxBackoffMs,
    backoffLimit: maxBackoffMs,
    jitter: true,
    shouldRetry: ({ error }) => {
      if (isHTTPError(error)) {
        // Better to tell the caller when to come back than to hold the call for minutes.
        const after = parseRetryAfter(error.response.headers.get('retry-after'));
        return after !== undefined && after > maxBackoffMs ? false : undefined;
      }
      // fetch rejects with a TypeError when the network fails; an abort or a timeout is final.
      return error.name === 'TypeError' ? undefined : false;
    },
  });
  const idempotentRetry = retryFor(IDEMPOTENT_METHODS);
  const postRetry = retryFor([...IDEMPOTENT_METHODS, 'post']);

  const cache = new LruMap<string, CacheEntry>(CACHE_ENTRIES);
  const share = inFlight();

  function headersFor(opts: RequestOptions | undefined, extra: Record<string, string | undefined>) {
    const token = opts?.token ?? (typeof options.token === 'function' ? options.token() : options.token);
    const headers: Record<string, string> = { ...opts?.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    for (const [name, value] of Object.entries(extra)) if (value !== undefined) headers[name] = value;
    return headers;
  }

  async function send(
    method: 'GET' | 'POST',
    input: string,
    init: { headers: Record<string, string>; signal?: AbortSignal; body?: unknown; retry: RetryOptions },
  ): Promise<Response> {
    try {
      return await api(input, { method, headers: init.headers, signal: init.signal, json: init.body, retry: init.retry });
    } catch (error) {
      throw await toSdkError(error, init.signal, `${method} ${base}${input}`, timeoutMs);
    }
  }

  async function read<S extends z.ZodMiniType>(response: Response, schema: S, signal: AbortSignal | undefined): Promise<z.output<S>> {
    const what = `Response ${response.status} from ${response.url || 'the API'}`;
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw await toSdkError(error, signal, what, timeoutMs);
    }
    return parseBody(schema, text, what, response);
  }

  async function post(path: string, schema: z.ZodMiniType | undefined, body: unknown, opts?: PostOptions): Promise<unknown> {
    checkPath(path);
    const key = opts?.idempotent ? (opts.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const signal = opts?.signal;
    const response = await send('POST', path, {
      headers: headersFor(opts, { 'idempotency-key': key }),
      signal,
      body: body ?? {},
      retry: key === undefined ? idempotentRetry : postRetry,
    });
    if (schema) return read(response, schema, signal);
    // Not awaited: a tee'd body's cancel can stay pending forever.
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }

  return {
    url: (path, query) => base + withQuery(checkPath(path), query),

    get(path, schema, query, opts) {
      try {
        checkPath(path);
      } catch (error) {
        return Promise.reject(error);
      }
      const input = withQuery(path, query);
      const headers = headersFor(opts, {});
      const key = `${headers.authorization ?? ''}\n${input}\n${opts?.headers ? JSON.stringify(opts.headers) : ''}`;
      return share(key, opts?.signal, async (signal) => {
        const cached = cache.get(key);
        if (cached) headers['if-none-match'] = cached.etag;
        const response = await send('GET', input, { headers, signal, retry: idempotentRetry });
        if (response.status === 304) {
          if (cached) return cached.value;
          throw invalidResponse(`Unexpected 304 from ${response.url}: no If-None-Match was sent`, [], response);
        }
        const value = await read(response, schema, signal);
        const etag = response.headers.get('etag');
        if (etag) cache.set(key, { etag, value });
        else cache.delete(key);
        return value;
      }).then((value) => structuredClone(value) as z.output<typeof schema>);
    },

    post,
  };
}

function absoluteBase(baseUrl: string): string {
  const location = (globalThis as { location?: { href: string } }).location;
  try {
    return new URL(baseUrl.replace(/\/*$/, '/'), location?.href).href;
  } catch (cause) {
    throw new BudgetCitoyenError({
      code: 'invalid_input',
      title: 'Invalid baseUrl',
      message: `baseUrl must be an absolute URL (or relative to the page), got ${JSON.stringify(baseUrl)}`,
      cause,
    });
  }
}

/**
 * An id that is empty, `.` or `..` would make the URL point at another resource (`%2E` is a dot
 * to URL parsers too): refused before anything is sent.
 */
function checkPath(path: string): string {
  if (!/(^|\/)\.{0,2}(\/|$)/.test(path)) return path;
  throw new BudgetCitoyenError({
    code: 'invalid_input',
    title: 'Invalid id',
    message: `An id in ${JSON.stringify(path)} is empty, "." or "..": it would address another resource`,
  });
}

function withQuery(path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Everything thrown below the client, as the one error family; the caller's abort stays theirs. */
async function toSdkError(error: unknown, signal: AbortSignal | undefined, what: string, timeoutMs: number): Promise<unknown> {
  if (signal?.aborted) return signal.reason;
  if (isBudgetCitoyenError(error)) return error;
  if (isHTTPError(error)) return errorFromResponse(error.response);
  if (isTimeoutError(error)) {
    return new TimeoutError({ code: 'timeout', title: 'Timeout', message: `No answer to ${what} within ${timeoutMs} ms`, cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new NetworkError({ code: 'network_error', title: 'Network error', message: `${what} failed: ${reason}`, cause: error });
}
