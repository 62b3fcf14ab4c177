/**
 * `Idempotency-Key` on creating POSTs. The key is scoped to the route (method and path) and the
 * credential (voter, admin or client), so two voters can never collide. The same key with the
 * same body replays the first answer, status and body; with another body it is a 409.
 * Only successes are kept: a refused request can be fixed and retried under the same key.
 * Call it after the last `await`: lookup, command and recording are one synchronous step.
 */
import type { MockContext } from '../context.js';
import { canonicalJson, hashHex } from '../util/hash.js';
import { ApiProblem } from './problem.js';
import { withCors } from './respond.js';

export interface CommandResult {
  status: number;
  data: unknown;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

export function idempotent(ctx: MockContext, request: Request, credential: string, body: unknown, run: () => CommandResult): Response {
  const key = request.headers.get('Idempotency-Key');
  if (key === null) return toResponse(run());
  if (!KEY.test(key)) {
    throw new ApiProblem('validation_failed', {
      detail: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
      errors: [{ path: 'Idempotency-Key', message: 'invalid key' }],
    });
  }
  const scope = `${request.method} ${new URL(request.url).pathname}\n${credential}\n${key}`;
  const fingerprint = hashHex(canonicalJson(body ?? null));
  const stored = ctx.store.state.idempotency.get(scope);
  if (stored) {
    if (stored.fingerprint !== fingerprint) {
      throw new ApiProblem('idempotency_conflict', {
        detail: 'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
      });
    }
    return withCors(
      new Response(stored.body, {
        status: stored.status,
        headers: { 'Content-Type': stored.contentType, 'Idempotent-Replayed': 'true', 'Cache-Control': 'no-store' },
      }),
    );
  }
  const result = run();
  const response = toResponse(result);
  if (result.status >= 200 && result.status < 300) {
    ctx.store.state.idempotency.set(scope, {
      fingerprint,
      status: result.status,
      body: JSON.stringify(result.data),
      contentType: 'application/json; charset=utf-8',
    });
  }
  return response;
}

function toResponse(result: CommandResult): Response {
  return new Response(JSON.stringify(result.data), {
    status: result.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
