/**
 * The identity registered: the server e-mails a 6-digit code (again, from the code step: a new
 * code replaces the old one), and the code step says where it went. A refusal is said at its
 * fields when one is to blame (age, commune, e-mail), else at the top of the step.
 */
import type { VoterRequest } from '@budget-citoyen/sdk';
import type { BallotFlow } from './ballot-flow.js';
import { birthDate } from './checks.js';
import type { Announcement, FlowCore } from './flow-core.js';
import { codeOf } from '../base/refusals.js';
import { fieldsRefused } from './refusals.js';

/**
 * Sends the identity as typed; `resent` (to be said) when it replaced a code already sent.
 * `ready`: what the code step needs, awaited before it shows.
 */
export async function register(flow: BallotFlow, core: FlowCore, ready?: Promise<unknown>): Promise<Announcement | undefined> {
  const { api, campaign } = core.ctx();
  const i = flow.draft.identity;
  const body: VoterRequest = {
    firstName: i.firstName.trim(),
    lastName: i.lastName.trim(),
    birthDate: birthDate(i)!,
    communeCode: i.communeCode,
    email: i.email.trim(),
  };
  let sent;
  try {
    sent = await api.voters.register(campaign.id, body);
  } catch (error) {
    const fields = fieldsRefused(error);
    if (fields) core.showFieldErrors(fields, codeOf(error));
    else core.fail(error);
    return undefined;
  }
  await ready;
  const resent = flow.step === 'code';
  core.patch({
    verification: { ...sent, email: body.email },
    // A token is for the details it was verified with: these may be others.
    token: undefined,
    expiresAt: undefined,
  });
  flow.code = '';
  flow.codeError = undefined;
  flow.codeLost = false;
  core.go('code');
  if (!resent) return undefined;
  // The focus stays on "Renvoyer le code".
  core.focus(undefined);
  return 'resent';
}
