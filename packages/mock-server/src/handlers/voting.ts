import { BallotRequest, VoterRequest, type BallotReceipt, type BallotState, type VoterSession } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { readJson } from '../http/body.js';
import { idempotent } from '../http/idempotency.js';
import { parseBody, requireParam } from '../http/query.js';
import { json } from '../http/respond.js';
import { bearerToken, clientKey, route } from '../http/route.js';
import { assertPhaseOpen } from '../store/phases.js';
import { toParisIso } from '../util/time.js';

export function votingHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, 'post', '/campaigns/:campaignId/voters', 'write', async ({ request, params }) => {
      const { value } = await readJson(request);
      return idempotent(ctx, request, clientKey(request), value, () => {
        const campaignId = requireParam(params.campaignId, 'campaign');
        const now = ctx.clock.now();
        assertPhaseOpen(ctx.store.campaign(campaignId), 'vote', now);
        const body = parseBody(value, VoterRequest);
        const { voter, token, expiresAt } = ctx.store.registerVoter(campaignId, body, now);
        const data: VoterSession = { voterId: voter.id, token, expiresAt: toParisIso(expiresAt) };
        return { status: 201, data };
      });
    }),
    route(ctx, 'get', '/campaigns/:campaignId/ballot', 'read', ({ request, params }) => {
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const voter = ctx.store.authenticateVoter(bearerToken(request), campaign.id, ctx.clock.now());
      const ballot = ctx.store.ballotOf(voter.id);
      const data: BallotState = ballot
        ? { status: 'cast', choices: structuredClone(ballot.choices), castAt: toParisIso(ballot.castAt), receiptCode: ballot.receiptCode }
        : { status: 'empty' };
      return json(request, data, { cacheControl: 'private, no-cache', headers: { Vary: 'Authorization' } });
    }),
    route(ctx, 'post', '/campaigns/:campaignId/ballot', 'write', async ({ request, params }) => {
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const voter = ctx.store.authenticateVoter(bearerToken(request), campaign.id, ctx.clock.now());
      const { value } = await readJson(request);
      // Scoped to the voter, not the token: a retry with a fresh token still replays.
      return idempotent(ctx, request, `voter:${voter.id}`, value, () => {
        const now = ctx.clock.now();
        assertPhaseOpen(campaign, 'vote', now);
        const body = parseBody(value, BallotRequest);
        const ballot = ctx.store.castBallot(campaign.id, voter, body.choices, now);
        const data: BallotReceipt = { receiptCode: ballot.receiptCode, castAt: toParisIso(ballot.castAt), choices: structuredClone(ballot.choices) };
        return { status: 201, data };
      });
    }),
  ];
}
