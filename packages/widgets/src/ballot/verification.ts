/**
 * The e-mailed code given back: the voter's session (a token), then on to where the voter was
 * going; a wrong code said with the tries left, a dead one (15 minutes, or the fifth wrong one)
 * sends the voter back to the identity for a new code. Loaded on demand (`later-steps.ts`).
 */
import type { BudgetCitoyenError } from '@budget-citoyen/sdk';
import type { BallotFlow } from './ballot-flow.js';
import { checkCast } from './cast-recovery.js';
import type { FlowCore } from './flow-core.js';
import { codeOf } from '../base/refusals.js';

/** Sends `code` (six digits) for the draft's verification; on success, the token, then on. */
export async function verifyCode(flow: BallotFlow, core: FlowCore, code: string): Promise<void> {
  const { api, campaign } = core.ctx();
  const { verificationId } = flow.draft.verification!;
  let session;
  try {
    session = await api.voters.verify(campaign.id, { verificationId, code });
  } catch (error) {
    return refusedCode(flow, core, error);
  }
  core.patch({ token: session.token, expiresAt: session.expiresAt });
  // Not known (the network): on, and a cast already recorded is told by the cast itself.
  if (await checkCast(flow, core).catch(() => false)) return;
  core.resume();
}

function refusedCode(flow: BallotFlow, core: FlowCore, error: unknown): void {
  const code = codeOf(error);
  if (code === 'invalid_code') {
    const left = (error as BudgetCitoyenError).extensions.triesLeft;
    flow.codeError = typeof left === 'number' ? left : -1;
    core.refused(code);
    core.focus({ field: 'code' });
  } else if (code === 'verification_expired') {
    // Dead by the clock, or by the fifth wrong code: either way, a new code from the identity.
    flow.codeLost = true;
    core.refused(code);
    core.go('identity');
  } else core.fail(error);
}
