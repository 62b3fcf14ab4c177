import { BallotReceipt, BallotRequest, BallotState, VoterRequest, VoterSession } from '../schemas/voting.js';
import type { Endpoint } from './endpoint.js';

export const registerVoter = {
  method: 'POST',
  path: '/campaigns/{campaignId}/voters',
  body: VoterRequest,
  response: VoterSession,
  status: 201,
  creates: true,
  phase: 'vote',
  problems: ['validation_failed', 'not_eligible_age', 'not_resident', 'email_in_use'],
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
