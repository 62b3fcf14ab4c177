/**
 * Development controls of the mock (not part of the real API): the clock, a reset, the outbox
 * of e-mails the process sent, and latency/failure injection. Never rate-limited or failed.
 */
import { endpoints } from '@budget-citoyen/sdk';
import type { MockOutbox } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockConfig, MockContext } from '../context.js';
import { check, throwIfErrors } from '../http/query.js';
import { json } from '../http/respond.js';
import { route } from '../http/route.js';
import type { RateLimitOptions } from '../store/rate-limit.js';
import { toParisIso } from '../util/time.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isMs = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 60_000;
const isBucket = (v: unknown) =>
  isObject(v) &&
  typeof v.perSecond === 'number' && v.perSecond > 0 && v.perSecond <= 1e6 &&
  Number.isInteger(v.burst) && (v.burst as number) >= 1 && (v.burst as number) <= 1e6;

interface ConfigRequest {
  latencyMs?: number | [number, number];
  failureRate?: number;
  failPaths?: string[];
  failureMode?: 'status' | 'network';
  rateLimit?: boolean | RateLimitOptions;
}

function parseConfig(value: unknown): ConfigRequest {
  const errors: Array<{ path: string; message: string }> = [];
  if (!isObject(value)) throwIfErrors([{ path: '', message: 'must be an object' }]);
  const v = value as Record<string, unknown>;
  const { latencyMs, failureRate, failPaths, failureMode, rateLimit } = v;
  check(errors, latencyMs === undefined || isMs(latencyMs) || (Array.isArray(latencyMs) && latencyMs.length === 2 && latencyMs.every(isMs)), 'latencyMs', 'must be ms (0–60000) or [min, max]');
  check(errors, failureRate === undefined || (typeof failureRate === 'number' && failureRate >= 0 && failureRate <= 1), 'failureRate', 'must be a number from 0 to 1');
  check(
    errors,
    failPaths === undefined || (Array.isArray(failPaths) && failPaths.length <= 50 && failPaths.every((p) => typeof p === 'string' && p.length > 0 && p.length <= 200)),
    'failPaths',
    'must be up to 50 path patterns',
  );
  check(errors, failureMode === undefined || failureMode === 'status' || failureMode === 'network', 'failureMode', 'must be "status" or "network"');
  check(
    errors,
    rateLimit === undefined || typeof rateLimit === 'boolean' || (isObject(rateLimit) && (rateLimit.read === undefined || isBucket(rateLimit.read)) && (rateLimit.write === undefined || isBucket(rateLimit.write))),
    'rateLimit',
    'must be true, false or { read?, write? } buckets of { perSecond, burst }',
  );
  throwIfErrors(errors);
  return v as ConfigRequest;
}

export function mockHandlers(ctx: MockContext): HttpHandler[] {
  const clockView = () => ({ now: toParisIso(ctx.clock.now()), running: ctx.clock.running });
  const configView = () => ({ ...ctx.config, rateLimit: ctx.limiter.options });

  return [
    route(ctx, endpoints.getMockClock, ({ request }) => json(request, clockView(), { cacheControl: 'no-store' })),
    route(ctx, endpoints.setMockClock, (input) => {
      const { now } = input.body;
      // `running` (optional) lets the clock tick on from `now`, or freezes it.
      const running = isObject(input.json) ? input.json.running : undefined;
      throwIfErrors(running === undefined || typeof running === 'boolean' ? [] : [{ path: 'running', message: 'expected boolean' }]);
      ctx.clock.set(Date.parse(now), running === undefined ? {} : { running: running as boolean });
      return clockView();
    }),
    route(ctx, endpoints.resetMock, ({ body }) => {
      ctx.reset(body.seed);
      return { seed: ctx.store.seed, ...clockView() };
    }),
    route(ctx, endpoints.getMockOutbox, ({ request, url }) => {
      const to = url.searchParams.get('to')?.trim().toLowerCase();
      const items: MockOutbox['items'] = ctx.store.outbox
        .filter((item) => !to || item.to.toLowerCase() === to)
        .map((item) => ({ to: item.to, subject: item.subject, body: item.body, sentAt: toParisIso(item.sentAt) }));
      return json(request, { items }, { cacheControl: 'no-store' });
    }),
    route(ctx, endpoints.getMockConfig, ({ request }) => json(request, configView(), { cacheControl: 'no-store' })),
    route(ctx, endpoints.setMockConfig, (input) => {
      const body = parseConfig(input.json);
      const next: MockConfig = { ...ctx.config };
      if (body.latencyMs !== undefined) {
        next.latencyMs = Array.isArray(body.latencyMs) ? [Math.min(...body.latencyMs), Math.max(...body.latencyMs)] : body.latencyMs;
      }
      if (body.failureRate !== undefined) next.failureRate = body.failureRate;
      if (body.failPaths !== undefined) next.failPaths = body.failPaths;
      if (body.failureMode !== undefined) next.failureMode = body.failureMode;
      Object.assign(ctx.config, next);
      if (body.rateLimit !== undefined) ctx.limiter.configure(body.rateLimit === true ? {} : body.rateLimit);
      return configView();
    }),
  ];
}
