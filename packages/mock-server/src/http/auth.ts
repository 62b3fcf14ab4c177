/** Who is asking: the bearer token of a request, as a voter or the committee. */
import type { Auth } from '@budget-citoyen/sdk';
import type { MockContext } from '../context.js';
import type { VoterRecord } from '../store/records.js';
import { Refusal } from '../store/refusal.js';

/** What an endpoint's `auth` gives its handler: the voter, or the committee. */
export type Principal<A extends Auth | undefined> = A extends 'voter' ? VoterRecord : A extends 'admin' ? 'admin' : undefined;

export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1];
}

/** The committee's token; a voter's token is recognised and refused (`forbidden`), anything else is `unauthorized`. */
export function requireAdmin(ctx: MockContext, request: Request): 'admin' {
  const token = bearerToken(request);
  if (token === ctx.adminToken) return 'admin';
  if (!token) throw new Refusal('unauthorized', { detail: 'The committee’s admin token is required.', authError: 'missing' });
  if (ctx.store.isVoterToken(token)) throw new Refusal('forbidden', { detail: 'A voter token gives no access to the committee’s endpoints.' });
  throw new Refusal('unauthorized', { detail: 'This token is not valid.', authError: 'invalid_token' });
}

/** The principal `auth` asks for (a voter's token is for the campaign of the path). */
export function authenticate<A extends Auth | undefined>(ctx: MockContext, auth: A, request: Request, params: { campaignId?: string }): Principal<A> {
  if (auth === 'admin') return requireAdmin(ctx, request) as Principal<A>;
  if (auth === 'voter') return ctx.store.authenticateVoter(bearerToken(request), params.campaignId ?? '', ctx.clock.now()) as Principal<A>;
  return undefined as Principal<A>;
}
