/**
 * One wrapper around every handler: the controls' lock, rate limiting, injected latency and
 * failures, CORS, and the guarantee that whatever a handler throws becomes a problem document,
 * never a 5xx.
 * `route()` serves one endpoint of the SDK's contract table: its method and path, its token,
 * its body read and parsed, its phase checked, its idempotency applied, as the row says.
 */
import type { BodyOf, Endpoint, ParamsOf, QueryOf, ResponseOf } from '@budget-citoyen/sdk';
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { assertPhaseOpen } from '../store/phases.js';
import { Refusal } from '../store/refusal.js';
import { authenticate, type Principal } from './auth.js';
import { readJson } from './body.js';
import { connectionOf } from './connection.js';
import { idempotent } from './idempotency.js';
import { journaled } from './journal.js';
import { ApiProblem, fromRefusal, problemResponse } from './problem.js';
import { parseBody, parseQuery, requireParam, type Schema } from './query.js';
import { json, withCors } from './respond.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all' | 'options';
/** `read` and `write` share the rate limiter's two buckets; `control` (the mock's own routes) is exempt from limits and chaos. */
export type RouteKind = 'read' | 'write' | 'control';

export interface RawInput {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
  url: URL;
}

export type Resolver = (input: RawInput) => Response | undefined | Promise<Response | undefined>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A path template of the contract (`/campaigns/{campaignId}/comptoirs/{comptoirId}.ics`; a `*`
 * segment matches anything) under the base, as a RegExp with named groups (msw's params). msw
 * would otherwise re-parse every string path on every request; compiled once, matching is
 * cheaper. A `*` base matches any origin (and prefix), as msw's own `*` does.
 */
export function compilePath(base: string, path: string): RegExp {
  const prefix = base.startsWith('*') ? `^.*?${escapeRegExp(base.slice(1))}` : `^${escapeRegExp(base)}`;
  const rest = path
    .replace(/\/$/, '')
    .split('/')
    .map((segment) =>
      segment === '*' ? '.*' : segment.replace(/\{(\w+)\}|[^{]+/g, (part, name?: string) => (name ? `(?<${name}>[^/]+)` : escapeRegExp(part))),
    )
    .join('/');
  return new RegExp(`${prefix}${rest}/?$`);
}

/** A handler at `path` (a template) for `method`, inside the wrapper; the API's routes use {@link route}. */
export function rawRoute(ctx: MockContext, method: Method, path: string, kind: RouteKind, resolver: Resolver): HttpHandler {
  const pattern = compilePath(ctx.base, path);
  // The API's own routes are GETs and POSTs; other methods here only answer refusals.
  if (method === 'get' || method === 'post') ctx.routes.push({ method: method.toUpperCase(), path, pattern });
  return http[method](pattern, async ({ request, params }) => {
    const url = new URL(request.url);
    const connection = connectionOf(ctx.connections, request);
    try {
      if (kind === 'control' && !connection.controls) {
        throw new ApiProblem('forbidden', {
          detail: 'The mock’s controls answer requests from this machine only: start the server with --allow-remote-controls to open them to others.',
        });
      }
      // A replayed request already passed the limits, and the chaos, when it first came.
      if (kind !== 'control' && !connection.replay) {
        const limited = ctx.limiter.take(`ip:${connection.address}`, kind);
        if (!limited.ok) {
          throw new ApiProblem('rate_limited', {
            detail: `Too many requests from this client: retry in ${limited.retryAfterSeconds} s.`,
            headers: { 'Retry-After': String(limited.retryAfterSeconds) },
          });
        }
        await injectLatency(ctx);
        const failure = injectFailure(ctx, request, url);
        if (failure) return failure;
      }
      const response = await resolver({ request, params, url });
      return response === undefined ? undefined : withCors(response);
    } catch (error) {
      return withCors(problemResponse(toProblem(error)));
    }
  });
}

/** What a handler of `E` is given: everything checked that the row of the table says to check. */
export interface RouteInput<E extends Endpoint> {
  request: Request;
  url: URL;
  /** The path's parameters, each checked when first read (1 to 200 characters: else `not_found`). */
  params: ParamsOf<E>;
  /** Who is asking, as the row's `auth` says: the voter, or `'admin'`. */
  principal: Principal<E['auth']>;
  /** The server's clock when the handler started (the phase was checked at it). */
  now: number;
  /** The JSON body as it came (POST), before its schema. */
  json: unknown;
  /**
   * The query string through the row's schema, when first read (`validation_failed` if it
   * fails): read it where that refusal should come, after the lookups that come first.
   */
  readonly query: QueryOf<E>;
  /** The body through the row's schema, when first read (`validation_failed` if it fails). */
  readonly body: BodyOf<E>;
}

/** The response body of success (sent as JSON, with the row's status), or a whole `Response`. */
export type Reply<E extends Endpoint> = ([ResponseOf<E>] extends [void] ? unknown : ResponseOf<E>) | Response;

export interface RouteOptions<E extends Endpoint> {
  /**
   * Runs before the row's phase is checked, for what must be refused first whatever the phase
   * (an unknown comptoir). Returns `false` when the phase does not apply to this request (a
   * decided dossier: its `decision_final` comes in any phase).
   */
  beforePhase?(input: RouteInput<E>): boolean | void;
}

/**
 * Serves one endpoint of the contract table. In order: the path's parameters, the token
 * (`auth`), the JSON body (POST), the Idempotency-Key (`creates`: replays and conflicts), then
 * `beforePhase`, the phase (`phase`: `phase_closed` whatever the body holds), and the handler,
 * which reads `query` and `body` (parsed with the row's schemas when first read).
 */
export function route<E extends Endpoint>(ctx: MockContext, endpoint: E, handler: (input: RouteInput<E>) => Reply<E>, options: RouteOptions<E> = {}): HttpHandler {
  const kind: RouteKind = endpoint.mock ? 'control' : endpoint.method === 'GET' ? 'read' : 'write';
  // A body whose every field is optional may be left out altogether (`POST /__mock/reset`).
  const optionalBody = endpoint.body !== undefined && (endpoint.body as Schema).safeParse({}).success;
  const status = endpoint.status ?? 200;
  return rawRoute(ctx, endpoint.method === 'GET' ? 'get' : 'post', endpoint.path, kind, async ({ request, url, params: raw }) => {
    const connection = connectionOf(ctx.connections, request);
    // A request is judged at the instant it came: every synchronous part below reads the clock as then.
    const at = connection.replay?.at ?? ctx.clock.read();
    const params = checkedParams(endpoint.path, raw) as ParamsOf<E> & { campaignId?: string };
    const principal = ctx.clock.pinned(at, () => authenticate(ctx, endpoint.auth, request, params) as Principal<E['auth']>);
    const value = endpoint.method === 'POST' ? (await readJson(request, { optional: optionalBody })).value : undefined;
    let query: QueryOf<E> | undefined;
    let body: BodyOf<E> | undefined;
    const input: RouteInput<E> = {
      request,
      url,
      params,
      principal,
      now: 0,
      json: value,
      get query() {
        return (query ??= (endpoint.query ? parseQuery(url, endpoint.query as Schema) : undefined) as QueryOf<E>);
      },
      get body() {
        return (body ??= (endpoint.body ? parseBody(value ?? {}, endpoint.body as Schema) : undefined) as BodyOf<E>);
      },
    };
    // Synchronous from here: a check and the change it allows cannot interleave with another request.
    let data: unknown;
    const run = () => {
      input.now = ctx.clock.now();
      // A running clock may have closed a vote since the last look: its notices go out first
      // (the first request loads the data: the clock then is its starting point).
      ctx.store.closeVotes(input.now);
      if (endpoint.phase && options.beforePhase?.(input) !== false) {
        assertPhaseOpen(ctx.store.campaign(params.campaignId!), endpoint.phase, input.now);
      }
      return (data = handler(input));
    };
    const step = (): Response => {
      if (endpoint.creates) return idempotent(ctx, request, credential(principal, connection.address), value, () => ({ status, data: run() }));
      const reply = run();
      return reply instanceof Response ? reply : json(request, reply, { status });
    };
    if (endpoint.method !== 'POST') return ctx.clock.pinned(at, step);
    const meta = { request, url, connection, at, body: value, admin: principal === 'admin' };
    return ctx.clock.pinned(at, () => journaled(ctx, meta, step, () => data));
  });
}

/**
 * Each `{name}` of the template, checked (present, 1 to 200 characters, else `not_found`) when
 * first read: where the handler looks the resource up, so that what it checks before comes first.
 */
function checkedParams(path: string, raw: RawInput['params']): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
    const noun = name === 'code' ? 'commune' : name!.replace(/Id$/, '');
    Object.defineProperty(params, name!, { enumerable: true, get: () => requireParam(raw[name!], noun) });
  }
  return params;
}

/** Whose the Idempotency-Key is: a voter (whatever token they hold now), the committee, or the client's address. */
function credential(principal: unknown, address: string): string {
  if (principal === 'admin') return 'admin';
  if (principal && typeof principal === 'object' && 'id' in principal) return `voter:${String(principal.id)}`;
  return `ip:${address}`;
}

/** The methods the API accepts on this URL's path (for `Allow`), in GET, POST order. */
export function allowedMethods(ctx: MockContext, url: URL): string[] {
  const methods = new Set<string>();
  const target = url.origin + url.pathname;
  for (const r of ctx.routes) if (r.pattern.test(target)) methods.add(r.method);
  return ['GET', 'POST'].filter((m) => methods.has(m));
}

export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof Refusal) return fromRefusal(error);
  const fieldErrors = (error as { errors?: unknown })?.errors;
  if ((error as { kind?: unknown })?.kind === 'rule_input' && Array.isArray(fieldErrors)) {
    // A rule refused input the schema let through: still the client's input, so a 400.
    return new ApiProblem('validation_failed', { detail: 'Some fields are invalid.', errors: fieldErrors as Array<{ path: string; message: string }> });
  }
  // A bug of the mock. The contract forbids 5xx for any input, so it is reported as a refusal
  // of this request, and logged for whoever runs the mock.
  console.error('[bc-mock] unexpected error in a handler:', error);
  return new ApiProblem('validation_failed', { detail: 'The request could not be processed.' });
}

async function injectLatency(ctx: MockContext): Promise<void> {
  const { latencyMs } = ctx.config;
  const ms = Array.isArray(latencyMs) ? latencyMs[0] + ctx.chaos.float() * (latencyMs[1] - latencyMs[0]) : latencyMs;
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

function injectFailure(ctx: MockContext, request: Request, url: URL): Response | undefined {
  const { failureRate, failPaths, failureMode } = ctx.config;
  if (failureRate <= 0) return undefined;
  const path = url.pathname.replace(/^.*?\/api\/v1(?=\/|$)/, '');
  if (failPaths.length > 0 && !failPaths.some((pattern) => pathMatches(pattern, request.method, path))) return undefined;
  if (ctx.chaos.float() >= failureRate) return undefined;
  if (failureMode === 'network') return Response.error();
  return withCors(
    problemResponse(new ApiProblem('service_unavailable', { detail: 'Failure injected by the mock server (POST /__mock/config).', headers: { 'Retry-After': '1' } })),
  );
}

function pathMatches(pattern: string, method: string, path: string): boolean {
  const spaced = /^([A-Za-z]+)\s+(\S.*)$/.exec(pattern.trim());
  if (spaced && spaced[1]!.toUpperCase() !== method.toUpperCase()) return false;
  const glob = (spaced ? spaced[2]! : pattern.trim()).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${glob}$`).test(path);
}
