/**
 * The cast and what follows a failed one: the ballot sent under the draft's one
 * Idempotency-Key, the server's refusals of it, and the ballot read back when its answer was
 * lost (`checkCast`), so that a vote is never doubled nor silently lost. Loaded on demand
 * (`later-steps.ts`); `BallotFlow` keeps one request in flight at a time around these.
 */
import { isBudgetCitoyenError, type BallotReceipt } from '@budget-citoyen/sdk';
import type { BallotFlow } from './ballot-flow.js';
import { choicesBody } from './choices.js';
import { newKey } from './draft.js';
import type { FlowCore } from './flow-core.js';
import { codeOf } from '../base/refusals.js';
import { categoriesOf } from './refusals.js';

/** Sends the draft's choices; the receipt, or what is known of the failure (`castFailed`). */
export async function sendBallot(flow: BallotFlow, core: FlowCore): Promise<void> {
  const { api, campaign } = core.ctx();
  let receipt;
  try {
    receipt = await api.ballot.cast(campaign.id, choicesBody(flow.draft.choices, flow.maxChoices), { token: flow.draft.token!, idempotencyKey: flow.draft.key });
  } catch (error) {
    return refusedCast(flow, core, error);
  }
  core.done({ ...receipt, already: false });
  core.options.onCast?.(receipt);
}

/** "Vérifier mon vote" once a cast went unanswered: the receipt if it is recorded, else `lost`. */
export async function checkVote(flow: BallotFlow, core: FlowCore): Promise<void> {
  try {
    if (!(await checkCast(flow, core, true))) [flow.castFailed, flow.topError] = ['lost', undefined];
  } catch (error) {
    core.fail(error);
  }
}

/**
 * Asks the server for this voter's ballot; shows it and returns true when it is cast (or the
 * session is gone). `mine`: the cast this visit sent, whose answer was lost.
 */
export async function checkCast(flow: BallotFlow, core: FlowCore, mine = false): Promise<boolean> {
  const { api, campaign } = core.ctx();
  try {
    const ballot = await api.ballot.get(campaign.id, { token: flow.draft.token! });
    if (ballot.status !== 'cast') return false;
    if (mine) core.options.onCast?.(ballot as BallotReceipt);
    else core.refused('already_voted');
    core.done({ ...ballot, already: !mine });
    return true;
  } catch (error) {
    if (codeOf(error) !== 'unauthorized') throw error;
    // Back to where the voter was, once registered again (the choices, from the identity or the code).
    core.expire(flow.step === 'review' ? 'review' : 'choices');
    return true;
  } finally {
    core.options.onChange();
  }
}

/** A cast's refusal: to the identity, the receipt, the categories, or said with what is known. */
async function refusedCast(flow: BallotFlow, core: FlowCore, error: unknown): Promise<void> {
  const code = codeOf(error);
  if (code === 'unauthorized') core.expire('review');
  else if (code === 'already_voted' || code === 'idempotency_conflict') {
    // The first attempt was recorded after all, or this key met other choices: the server knows.
    if (await checkCast(flow, core).catch(() => false)) return;
    if (code === 'already_voted') {
      core.refused(code);
      core.done({ already: true });
    } else {
      core.patch({ key: newKey() });
      flow.castFailed = 'lost';
      core.fail(error);
    }
  } else if (code === 'validation_failed' && isBudgetCitoyenError(error) && error.errors.length) {
    core.showChoiceErrors(categoriesOf(error.errors.map((e) => e.path)));
  } else {
    // Refused (4xx), or never sent (offline): not recorded. Else it may have been: read it back.
    const status = isBudgetCitoyenError(error) ? (error.status ?? 0) : 0;
    flow.castFailed = (status > 399 && status < 500) || globalThis.navigator?.onLine === false ? 'lost' : 'unsure';
    core.fail(error);
  }
}
