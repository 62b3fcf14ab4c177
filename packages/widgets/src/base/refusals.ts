/**
 * A refusal's stable code, read the same way by every widget and flow: the API's problem code,
 * or the SDK's own (`network_error`, `timeout`…); `unknown` for anything that is not the SDK's.
 */
import { isBudgetCitoyenError } from '@budget-citoyen/sdk';

export const codeOf = (error: unknown): string => (isBudgetCitoyenError(error) ? error.code : 'unknown');

/**
 * Whether a refusal shown at the top offers "Réessayer": not when the same request cannot
 * succeed. `final`: the codes that will not change on a second try, by default the residents'
 * forms' (a closed phase, refused data, a missing right).
 */
export const canRetry = (error: unknown, final = ['phase_closed', 'validation_failed', 'forbidden']): boolean =>
  !final.includes(codeOf(error));
