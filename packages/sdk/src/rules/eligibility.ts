import { RuleInputError, type FieldError } from '../errors.js';
import { ageOn, isCalendarDate } from './dates.js';

/** Why a person may not register to vote, in the API's own codes; UIs translate by `code`. */
export interface EligibilityProblem {
  path: 'birthDate' | 'communeCode';
  code: 'not_eligible_age' | 'not_resident' | 'validation_failed';
  /** English, for logs and developers. */
  message: string;
}

/** The parts of a voter registration that decide eligibility. */
export interface EligibilityVoter {
  birthDate: string;
  communeCode: string;
}

/** What eligibility is judged against: the day of registration and the campaign's rules. */
export interface EligibilityContext {
  /** The registration's day in Europe/Paris (see `parisDate`), `YYYY-MM-DD`. */
  day: string;
  /** `voting.minAge` of the campaign: age in completed years must be at least this. */
  minAge: number;
  /** @default '62' (Pas-de-Calais) */
  departmentCode?: string;
  /** The département's real INSEE commune codes; when given, it alone decides residence. */
  communeCodes?: ReadonlySet<string>;
}

// INSEE commune codes: two characters of département (2A/2B for Corsica) and three digits;
// overseas départements (971…) fit the same five characters.
const INSEE_COMMUNE_CODE = /^(?:\d{2}|2[AB])\d{3}$/;
const DEPARTMENT_CODE = /^(?:\d{2,3}|2[AB])$/;

/**
 * Every reason this person may not vote, or `[]`. Returned rather than thrown so that the
 * server can answer with all of them at once and a form can mark each field; only a broken
 * `ctx` (a programming error) throws a `RuleInputError`.
 */
export function checkVoterEligibility(voter: EligibilityVoter, ctx: EligibilityContext): EligibilityProblem[] {
  const departmentCode = checkContext(ctx);
  const problems: EligibilityProblem[] = [];
  const birthDate: unknown = voter?.birthDate;
  const communeCode: unknown = voter?.communeCode;

  if (!isCalendarDate(birthDate)) {
    problems.push({ path: 'birthDate', code: 'validation_failed', message: 'must be a real calendar date YYYY-MM-DD' });
  } else if (birthDate > ctx.day) {
    problems.push({ path: 'birthDate', code: 'validation_failed', message: `is after the day of registration (${ctx.day})` });
  } else if (ageOn(birthDate, ctx.day) < ctx.minAge) {
    problems.push({
      path: 'birthDate',
      code: 'not_eligible_age',
      message: `must be at least ${ctx.minAge} years old on ${ctx.day}`,
    });
  }

  if (typeof communeCode === 'string' && ctx.communeCodes?.has(communeCode)) {
    // A commune of the list is resident by definition.
  } else if (typeof communeCode !== 'string' || !INSEE_COMMUNE_CODE.test(communeCode)) {
    problems.push({ path: 'communeCode', code: 'validation_failed', message: 'must be a five-character INSEE commune code' });
  } else if (ctx.communeCodes || !communeCode.startsWith(departmentCode)) {
    problems.push({
      path: 'communeCode',
      code: 'not_resident',
      message: `commune ${communeCode} is not in département ${departmentCode}`,
    });
  }
  return problems;
}

/** Shorthand for a yes/no answer, e.g. to enable a button. */
export function isEligibleVoter(voter: EligibilityVoter, ctx: EligibilityContext): boolean {
  return checkVoterEligibility(voter, ctx).length === 0;
}

function checkContext(ctx: EligibilityContext): string {
  const errors: FieldError[] = [];
  const departmentCode = ctx?.departmentCode ?? '62';
  if (!isCalendarDate(ctx?.day)) errors.push({ path: 'day', message: 'must be a real calendar date YYYY-MM-DD' });
  if (!Number.isSafeInteger(ctx?.minAge) || ctx.minAge < 0) {
    errors.push({ path: 'minAge', message: 'must be an integer ≥ 0' });
  }
  if (typeof departmentCode !== 'string' || !DEPARTMENT_CODE.test(departmentCode)) {
    errors.push({ path: 'departmentCode', message: 'must be a département code such as 62, 2A or 971' });
  }
  if (ctx?.communeCodes !== undefined && typeof ctx.communeCodes?.has !== 'function') {
    errors.push({ path: 'communeCodes', message: 'must be a Set of commune codes' });
  }
  if (errors.length > 0) throw new RuleInputError(errors);
  return departmentCode;
}
