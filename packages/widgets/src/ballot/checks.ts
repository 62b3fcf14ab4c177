/**
 * The identity checks, the same as the server's and made before any request: the SDK's
 * eligibility rule (age on the Paris day of the server's clock, commune of the département),
 * plus what the form itself needs. Refusals are kept as codes per field; `messages.ts` words
 * them at render time, so a language switch rewords them. The server's own refusals of the
 * same fields: `refusals.ts`.
 */
import { checkVoterEligibility, isCalendarDate } from '@budget-citoyen/sdk/rules';
import type { Identity } from './draft.js';

export type Field = 'firstName' | 'lastName' | 'birthDate' | 'communeCode' | 'email' | 'rules';
/** Form order: the first invalid one gets the focus. */
export const FIELDS: readonly Field[] = ['firstName', 'lastName', 'birthDate', 'communeCode', 'email', 'rules'];

/** `required` (empty), `invalid` (malformed), `future`, `not_eligible_age`, `not_resident`, `in_use`. */
export type FieldCode = 'required' | 'invalid' | 'future' | 'not_eligible_age' | 'not_resident' | 'in_use';
export type FieldErrors = Partial<Record<Field, FieldCode>>;

export interface IdentityContext {
  /** The day of registration in Europe/Paris, by the server's clock (`parisDate`). */
  day: string;
  minAge: number;
  departmentCode: string;
  /** The département's communes, once loaded. */
  communeCodes?: ReadonlySet<string> | undefined;
}

// Deliberately loose (the server has the last word): something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** `YYYY-MM-DD` from the three typed parts, or `undefined` when they do not make a real day. */
export function birthDate(i: Pick<Identity, 'day' | 'month' | 'year'>): string | undefined {
  const [d, m, y] = [i.day, i.month, i.year].map((s) => s.trim());
  if (!/^\d{1,2}$/.test(d!) || !/^\d{1,2}$/.test(m!) || !/^\d{4}$/.test(y!)) return undefined;
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

export function checkIdentity(i: Identity, ctx: IdentityContext): FieldErrors {
  const errors: FieldErrors = {};
  if (!i.firstName.trim()) errors.firstName = 'required';
  if (!i.lastName.trim()) errors.lastName = 'required';
  const date = birthDate(i);
  if (!`${i.day}${i.month}${i.year}`.trim()) errors.birthDate = 'required';
  else if (!date) errors.birthDate = 'invalid';
  if (!i.communeCode) errors.communeCode = 'required';
  for (const p of checkVoterEligibility(
    { birthDate: date ?? '', communeCode: i.communeCode },
    { day: ctx.day, minAge: ctx.minAge, departmentCode: ctx.departmentCode, communeCodes: ctx.communeCodes },
  )) {
    if (errors[p.path]) continue;
    errors[p.path] = p.code === 'validation_failed' ? (p.path === 'birthDate' ? 'future' : 'invalid') : p.code;
  }
  const email = i.email.trim();
  if (!email) errors.email = 'required';
  else if (!EMAIL.test(email)) errors.email = 'invalid';
  if (!i.rules) errors.rules = 'required';
  return errors;
}
