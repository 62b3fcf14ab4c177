import { BallotReceipt, BallotRequest, BallotState, VerifyRequest, VoterRequest, VoterSession, VoterVerification } from '../schemas/voting.js';
import type { Endpoint } from './endpoint.js';

export const registerVoter = {
  method: 'POST',
  path: '/campaigns/{campaignId}/voters',
  body: VoterRequest,
  response: VoterVerification,
  status: 202,
  creates: true,
  phase: 'vote',
  problems: ['validation_failed', 'not_eligible_age', 'not_resident', 'email_in_use'],
} as const satisfies Endpoint;

/**
 * `creates`: a token. Retried safely with or without the key: the same code again for the same
 * verification is the same try (a wrong one counts once; the right one gives the same session).
 */
export const verifyVoter = {
  method: 'POST',
  path: '/campaigns/{campaignId}/voters/verify',
  body: VerifyRequest,
  response: VoterSession,
  status: 201,
  creates: true,
  phase: 'vote',
  problems: ['validation_failed', 'invalid_code', 'verification_expired'],
} as const satisfies Endpoint;

export const getBallot = { method: 'GET', path: '/campaigns/{campaignId}/ballot', auth: 'voter', response: BallotState } as const satisfies Endpoint;

export const castBallot = {
  method: 'POST',
  path: '/campaigns/{campaignId}/ballot',
  auth: 'voter',
  body: BallotRequest,
  response: BallotReceipt,
  status: 201,
  creates: true,
  phase: 'vote',
  problems: ['validation_failed', 'already_voted'],
} as const satisfies Endpoint;
