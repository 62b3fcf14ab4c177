/**
 * What a refusal means for the ballot, request by request: the one place that maps the API's
 * problem codes (and the SDK's own, `network_error`, `timeout`) to identity fields, to a step,
 * or to a message at the top of the step. A new request adds its case here, and a new outcome
 * its kind, which `BallotFlow` then handles in one switch.
 */
import { isBudgetCitoyenError } from '@budget-citoyen/sdk';
import { FIELDS, type Field, type FieldErrors } from './checks.js';

/** `register`: POST voters; `ballot`: GET ballot (is it cast?); `cast`: POST ballot. */
export type BallotRequest = 'register' | 'ballot' | 'cast';

export type Refusal =
  /** Identity fields to correct: each shows its message, the first gets the focus. */
  | { kind: 'fields'; fields: FieldErrors }
  /** Choices refused, by category id (`''`: the ballot as a whole): back to the choices. */
  | { kind: 'choices'; categories: string[] }
  /** The voter token expired or is unknown: the identity again, the choices kept. */
  | { kind: 'expired' }
  /** A ballot is already recorded for this voter: shown as such, with its receipt if known. */
  | { kind: 'already-voted' }
  /** This Idempotency-Key already went with other choices: a new key, and the voter tries again. */
  | { kind: 'key-conflict' }
  /** Anything else (network, phase closed, rate limit…): a message at the top of the step. */
  | { kind: 'top' };

export const codeOf = (error: unknown): string => (isBudgetCitoyenError(error) ? error.code : 'unknown');

export function refusalOf(request: BallotRequest, error: unknown): Refusal {
  const code = codeOf(error);
  if (request === 'register') {
    const fields = serverFieldErrors(error);
    return fields ? { kind: 'fields', fields } : { kind: 'top' };
  }
  if (code === 'unauthorized') return { kind: 'expired' };
  if (request === 'ballot') return { kind: 'top' };
  if (code === 'already_voted') return { kind: 'already-voted' };
  if (code === 'idempotency_conflict') return { kind: 'key-conflict' };
  if (code === 'validation_failed' && isBudgetCitoyenError(error) && error.errors.length) {
    return { kind: 'choices', categories: categoriesOf(error.errors.map((e) => e.path)) };
  }
  return { kind: 'top' };
}

/** `choices.<category>` paths as category ids, once each; any other path is the ballot as a whole (`''`). */
export function categoriesOf(paths: readonly string[]): string[] {
  return [...new Set(paths.map((path) => path.split('.')[1] ?? ''))];
}

/** Whether a refusal at the top offers "Réessayer": not when the same request cannot succeed. */
export function canRetry(error: unknown): boolean {
  return !['phase_closed', 'validation_failed', 'forbidden'].includes(codeOf(error));
}

/** The server's refusal of a registration as field errors; `undefined` when no field is to blame. */
function serverFieldErrors(error: unknown): FieldErrors | undefined {
  if (!isBudgetCitoyenError(error)) return undefined;
  const errors: FieldErrors = {};
  if (error.code === 'not_eligible_age') errors.birthDate = 'not_eligible_age';
  if (error.code === 'not_resident') errors.communeCode = 'not_resident';
  if (error.code === 'email_in_use') errors.email = 'in_use';
  if (error.code === 'validation_failed' || error.code === 'not_eligible_age' || error.code === 'not_resident') {
    for (const { path } of error.errors) {
      const field = path.split('.')[0] as Field;
      if (FIELDS.includes(field)) errors[field] ??= 'invalid';
    }
  }
  return Object.keys(errors).length ? errors : undefined;
}
