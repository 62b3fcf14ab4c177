import { endpoints } from '@budget-citoyen/sdk';
import type { BallotState } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { json } from '../http/respond.js';
import { route } from '../http/route.js';
import { toParisIso } from '../util/time.js';

export function votingHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, endpoints.registerVoter, ({ params, body, now }) => {
      const { id, expiresAt, resendAfter } = ctx.store.registerVoter(params.campaignId, body, now);
      return { verificationId: id, expiresAt: toParisIso(expiresAt), resendAfter: toParisIso(resendAfter) };
    }),
    route(ctx, endpoints.verifyVoter, ({ params, body, now }) => {
      const { voter, token, expiresAt } = ctx.store.verifyVoter(params.campaignId, body, now);
      return { voterId: voter.id, token, expiresAt: toParisIso(expiresAt) };
    }),
    route(ctx, endpoints.getBallot, ({ request, principal: voter }) => {
      const ballot = ctx.store.ballotOf(voter.id);
      const data: BallotState = ballot
        ? { status: 'cast', choices: structuredClone(ballot.choices), castAt: toParisIso(ballot.castAt), receiptCode: ballot.receiptCode }
        : { status: 'empty' };
      return json(request, data, { cacheControl: 'private, no-cache', headers: { Vary: 'Authorization' } });
    }),
    // Its Idempotency-Key is the voter's, not the token's: a retry with a fresh token still replays.
    route(ctx, endpoints.castBallot, ({ params, principal: voter, body, now }) => {
      const ballot = ctx.store.castBallot(params.campaignId, voter, body.choices, now);
      return { receiptCode: ballot.receiptCode, castAt: toParisIso(ballot.castAt), choices: structuredClone(ballot.choices) };
    }),
  ];
}
