/**
 * The server's refusals of a deposit, read as fields: the participation code's two refusals,
 * and `validation_failed`'s list of paths (a name with a line break, an e-mail the server
 * refuses…). What each refusal does to the flow is decided in one place: `DossierFlow`'s
 * `#handle()`.
 */
import { isBudgetCitoyenError, isRateLimitError } from '@budget-citoyen/sdk';
import { codeFor, fieldOfPath, type FieldErrors } from './checks.js';
import type { DossierFields } from './draft.js';

/** A deposit's refusal as field errors; `undefined` when no field is to blame (network, phase, rate limit). */
export function fieldsRefused(error: unknown, f: DossierFields): FieldErrors | undefined {
  if (!isBudgetCitoyenError(error)) return undefined;
  const errors: FieldErrors = {};
  if (error.code === 'comptoir_participation_required') errors.comptoirCode = 'not_attended';
  else if (error.code === 'comptoir_participation_used') errors.comptoirCode = 'used';
  else if (error.code === 'validation_failed') {
    for (const { path } of error.errors) {
      const field = fieldOfPath(path);
      if (field) errors[field] ??= codeFor(field, f);
    }
  }
  return Object.keys(errors).length ? errors : undefined;
}

/** In how many minutes (at least one) a `429 rate_limited` says to come back; `undefined` when it does not say. */
export function retryMinutes(error: unknown): number | undefined {
  const ms = isRateLimitError(error) ? error.retryAfterMs : undefined;
  return ms === undefined ? undefined : Math.max(1, Math.ceil(ms / 60_000));
}
