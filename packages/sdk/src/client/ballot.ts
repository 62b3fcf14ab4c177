import { castBallot, getBallot } from '../contract/voting.js';
import type { BallotReceipt, BallotState, Choices } from '../schemas/voting.js';
import { call } from './call.js';
import type { Http } from './http.js';
import type { AuthenticatedRequestOptions } from './types.js';

export function ballot(http: Http) {
  return {
    /** The voter's ballot: `empty`, or `cast` with its receipt. */
    get: (campaignId: string, options: AuthenticatedRequestOptions): Promise<BallotState> =>
      call(http, getBallot, { params: { campaignId } }, options),
    /**
     * Casts the ballot, once. Retried safely: every attempt carries the same Idempotency-Key,
     * so a cast whose answer was lost is not cast twice.
     */
    cast: (campaignId: string, choices: Choices, options: AuthenticatedRequestOptions): Promise<BallotReceipt> =>
      call(http, castBallot, { params: { campaignId }, body: { choices } }, options),
  };
}
