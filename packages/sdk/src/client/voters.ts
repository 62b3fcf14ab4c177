import { VoterSession, type VoterRequest } from '../schemas/voting.js';
import type { Http } from './http.js';
import type { RequestOptions } from './types.js';

export function voters(http: Http) {
  return {
    /** Registers a voter (only during `vote`); the session's `token` is what `ballot.*` needs. */
    register: (campaignId: string, body: VoterRequest, options?: RequestOptions): Promise<VoterSession> =>
      http.post(`campaigns/${encodeURIComponent(campaignId)}/voters`, VoterSession, body, { ...options, idempotent: true }),
  };
}
