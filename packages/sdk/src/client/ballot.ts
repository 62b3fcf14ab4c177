import { BallotReceipt, BallotState, type Choices } from '../schemas/voting.js';
import type { Http } from './http.js';
import type { AuthenticatedRequestOptions } from './types.js';

export function ballot(http: Http) {
  const path = (campaignId: string) => `campaigns/${encodeURIComponent(campaignId)}/ballot`;
  return {
    /** The voter's ballot: `empty`, or `cast` with its receipt. */
    get: (campaignId: string, options: AuthenticatedRequestOptions): Promise<BallotState> =>
      http.get(path(campaignId), BallotState, undefined, options),
    /**
     * Casts the ballot, once. Retried safely: every attempt carries the same Idempotency-Key,
     * so a cast whose answer was lost is not cast twice.
     */
    cast: (campaignId: string, choices: Choices, options: AuthenticatedRequestOptions): Promise<BallotReceipt> =>
      http.post(path(campaignId), BallotReceipt, { choices }, { ...options, idempotent: true }),
  };
}
