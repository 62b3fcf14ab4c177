/**
 * The server's refusals, read for the ballot: a registration's refusal as identity fields, a
 * cast's as categories (each error's code, and whether trying again can help, are read in
 * `../base/refusals.ts`). What each refusal does to the flow (which step, which fields, which
 * message) is decided in one place: `BallotFlow`'s `#handle()`.
 */
import { isBudgetCitoyenError } from '@budget-citoyen/sdk';
import { FIELDS, type Field, type FieldErrors } from './checks.js';

/** A registration's refusal as field errors; `undefined` when no field is to blame (network, phase, rate limit). */
export function fieldsRefused(error: unknown): FieldErrors | undefined {
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

/** `choices.<category>` paths as category ids, once each; any other path is the ballot as a whole (`''`). */
export function categoriesOf(paths: readonly string[]): string[] {
  return [...new Set(paths.map((path) => path.split('.')[1] ?? ''))];
}

