import { registerVoter } from '../contract/voting.js';
import type { VoterRequest, VoterSession } from '../schemas/voting.js';
import { call } from './call.js';
import type { Http } from './http.js';
import type { RequestOptions } from './types.js';

export function voters(http: Http) {
  return {
    /** Registers a voter (only during `vote`); the session's `token` is what `ballot.*` needs. */
    register: (campaignId: string, body: VoterRequest, options?: RequestOptions): Promise<VoterSession> =>
      call(http, registerVoter, { params: { campaignId }, body }, options),
  };
}
