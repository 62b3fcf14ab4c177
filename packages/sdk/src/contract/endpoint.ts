/**
 * What one row of the contract table says about an endpoint. Rows are plain object literals
 * (`{ … } as const satisfies Endpoint`), never built by a function: a bundler then drops the
 * properties a bundle never reads (the client reads `method`, `path`, `response` and
 * `creates`; the request schemas, problems and phase stay out of the widgets' CDN script).
 */
import type * as z from 'zod/mini';
import type { PhaseId } from '../schemas/campaign.js';
import type { ProblemCode } from './problems.js';

export type Method = 'GET' | 'POST';
/** Whose bearer token the endpoint needs: a voter's (`POST …/voters/verify`) or the committee's. */
export type Auth = 'voter' | 'admin';

export interface Endpoint {
  readonly method: Method;
  /** Relative to the base URL (`…/api/v1`), with `{name}` for each path parameter. */
  readonly path: string;
  /** The query string's schema (strings in, coerced where numbers are due). */
  readonly query?: z.ZodMiniObject;
  /** The JSON request body's schema, as a server parses it. */
  readonly body?: z.ZodMiniType;
  /** The JSON response body's schema; absent when the body is not JSON or is not part of the contract. */
  readonly response?: z.ZodMiniType;
  /** The media type of a response that is not JSON. */
  readonly content?: 'text/calendar' | 'text/event-stream';
  /** The status of success. @default 200 */
  readonly status?: 200 | 201 | 202;
  readonly auth?: Auth;
  /** It creates something: it takes an `Idempotency-Key`, and a client may retry it. */
  readonly creates?: boolean;
  /** The phase that must be open at the server's clock (`phase_closed` otherwise). */
  readonly phase?: PhaseId;
  /**
   * What the endpoint's own rules may refuse. What its shape implies (a query or a body to
   * validate, a token, a campaign to find, an idempotency key, its phase) is added by
   * {@link problemsOf}: it is never listed here.
   */
  readonly problems?: readonly ProblemCode[];
  /** A development control of the mock server, not part of the API (left out of openapi.json). */
  readonly mock?: boolean;
}

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;
/** `{ campaignId: string }` for `/campaigns/{campaignId}`. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string };
export type ParamsOf<E extends Endpoint> = PathParams<E['path']>;
/** The parsed response body; `void` when the endpoint has no JSON response schema. */
export type ResponseOf<E extends Endpoint> = E['response'] extends z.ZodMiniType ? z.output<E['response']> : void;
export type BodyOf<E extends Endpoint> = E['body'] extends z.ZodMiniType ? z.output<E['body']> : undefined;
export type QueryOf<E extends Endpoint> = E['query'] extends z.ZodMiniType ? z.output<E['query']> : undefined;

/**
 * The endpoint's path with its parameters filled in, each percent-encoded (`encode` replaces
 * `encodeURIComponent`, for a caller that sends odd paths on purpose).
 * `pathOf(getProject, { campaignId: 'bc-2026', projectId: 'p 1' })` → `/campaigns/bc-2026/projects/p%201`.
 */
export function pathOf<E extends Endpoint>(
  endpoint: E,
  params: ParamsOf<E>,
  encode: (value: string) => string = encodeURIComponent,
): string {
  return endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encode((params as Record<string, string>)[name]!));
}
