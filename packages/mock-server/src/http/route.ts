/**
 * One wrapper around every handler: rate limiting, injected latency and failures, CORS, and
 * the guarantee that whatever a handler throws becomes a problem document, never a 5xx.
 */
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { ApiProblem, problemResponse } from './problem.js';
import { withCors } from './respond.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all' | 'options';
/** `read` and `write` share the rate limiter's two buckets; `control` (the mock's own routes) is exempt from limits and chaos. */
export type RouteKind = 'read' | 'write' | 'control';

export interface RouteInput {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
  url: URL;
}

export type Resolver = (input: RouteInput) => Response | undefined | Promise<Response | undefined>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * `/campaigns/:campaignId` under the base, as a RegExp with named groups (msw's params). msw
 * would otherwise re-parse every string path on every request; compiled once, matching is
 * cheaper. A `*` base matches any origin (and prefix), as msw's own `*` does.
 */
export function compilePath(base: string, path: string): RegExp {
  const prefix = base.startsWith('*') ? `^.*?${escapeRegExp(base.slice(1))}` : `^${escapeRegExp(base)}`;
  const rest = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? `(?<${segment.slice(1)}>[^/]+)` : segment === '*' ? '.*' : escapeRegExp(segment)))
    .join('/');
  return new RegExp(`${prefix}${rest}/?$`);
}

export function route(ctx: MockContext, method: Method, path: string, kind: RouteKind, resolver: Resolver): HttpHandler {
  const pattern = compilePath(ctx.base, path);
  // The API's own routes are GETs and POSTs; other methods here only answer refusals.
  if (method === 'get' || method === 'post') ctx.routes.push({ method: method.toUpperCase(), path, pattern });
  return http[method](pattern, async ({ request, params }) => {
    const url = new URL(request.url);
    try {
      if (kind !== 'control') {
        const limited = ctx.limiter.take(clientKey(request), kind);
        if (!limited.ok) {
          throw new ApiProblem(429, 'rate_limited', {
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

/** The methods the API accepts on this URL's path (for `Allow`), in GET, POST order. */
export function allowedMethods(ctx: MockContext, url: URL): string[] {
  const methods = new Set<string>();
  const target = url.origin + url.pathname;
  for (const r of ctx.routes) if (r.pattern.test(target)) methods.add(r.method);
  return ['GET', 'POST'].filter((m) => methods.has(m));
}

/** Who is asking, for rate limits and idempotency scopes: an explicit client id, the bearer token, or the forwarded address. */
export function clientKey(request: Request): string {
  const explicit = request.headers.get('X-BC-Client');
  if (explicit) return `client:${explicit.slice(0, 100)}`;
  const token = bearerToken(request);
  if (token) return `token:${token.slice(0, 200)}`;
  const forwarded = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
  return forwarded ? `ip:${forwarded.slice(0, 64)}` : 'anonymous';
}

export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1];
}

export function toProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  const fieldErrors = (error as { errors?: unknown })?.errors;
  if ((error as { kind?: unknown })?.kind === 'rule_input' && Array.isArray(fieldErrors)) {
    // A rule refused input the schema let through: still the client's input, so a 400.
    return new ApiProblem(400, 'validation_failed', { detail: 'Some fields are invalid.', errors: fieldErrors as Array<{ path: string; message: string }> });
  }
  // A bug of the mock. The contract forbids 5xx for any input, so it is reported as a refusal
  // of this request, and logged for whoever runs the mock.
  console.error('[bc-mock] unexpected error in a handler:', error);
  return new ApiProblem(400, 'validation_failed', { detail: 'The request could not be processed.' });
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
    problemResponse(new ApiProblem(503, 'service_unavailable', { detail: 'Failure injected by the mock server (POST /__mock/config).', headers: { 'Retry-After': '1' } })),
  );
}

function pathMatches(pattern: string, method: string, path: string): boolean {
  const spaced = /^([A-Za-z]+)\s+(\S.*)$/.exec(pattern.trim());
  if (spaced && spaced[1]!.toUpperCase() !== method.toUpperCase()) return false;
  const glob = (spaced ? spaced[2]! : pattern.trim()).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${glob}$`).test(path);
}
