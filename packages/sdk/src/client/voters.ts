import { registerVoter, verifyVoter } from '../contract/voting.js';
import type { VerifyRequest, VoterRequest, VoterSession, VoterVerification } from '../schemas/voting.js';
import { call } from './call.js';
import type { Http } from './http.js';
import type { RequestOptions } from './types.js';

export function voters(http: Http) {
  return {
    /**
     * Registers a voter (only during `vote`): the server e-mails a 6-digit code. Asking again
     * for the same e-mail before `resendAfter` is a `RateLimitError` (`retryAfterMs`).
     */
    register: (campaignId: string, body: VoterRequest, options?: RequestOptions): Promise<VoterVerification> =>
      call(http, registerVoter, { params: { campaignId }, body }, options),
    /**
     * Gives the e-mailed code back: the session's `token` is what `ballot.*` needs. A wrong code
     * is `invalid_code` (`extensions.triesLeft`); a dead one `verification_expired`.
     */
    verify: (campaignId: string, body: VerifyRequest, options?: RequestOptions): Promise<VoterSession> =>
      call(http, verifyVoter, { params: { campaignId }, body }, options),
  };
}
