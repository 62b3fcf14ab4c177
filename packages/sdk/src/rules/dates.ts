import { RuleInputError } from '../errors.js';

/** A calendar date split into numbers, once its text has been checked. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The contract's instants always carry an offset: without one, `Date` would read the text in the
// host's own time zone and the same input would give different days on different machines.
const INSTANT_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** Proleptic Gregorian leap years, the calendar of every `YYYY-MM-DD` in the contract. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a `YYYY-MM-DD` date, or gives `undefined` for anything that is not a real day
 * (`2023-02-30`, `2024-13-01`, `24-1-1`). `Date` cannot do this: it silently rolls 30 February
 * over to March.
 */
export function parseCalendarDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar day written `YYYY-MM-DD`, the contract's format for `birthDate`. */
export function isCalendarDate(value: unknown): value is string {
  return parseCalendarDate(value) !== undefined;
}

let parisFormatter: Intl.DateTimeFormat | undefined;

/**
 * The day an instant falls on in Europe/Paris. Ages and phases are judged on the French
 * calendar day, whatever the time zone of the server or of the voter's device; the time zone
 * database (through `Intl`) knows the summer-time rules, so no offset is hard-coded.
 * Strings must be ISO 8601 with an offset (`Z` or `±hh:mm`).
 */
export function parisDate(instant: string | Date): string {
  const time = instantTime(instant);
  parisFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Paris',
    calendar: 'gregory',
    numberingSystem: 'latn',
    era: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts: Record<string, string> = {};
  for (const part of parisFormatter.formatToParts(time)) parts[part.type] = part.value;
  const year = Number(parts['year']);
  if (parts['era'] !== 'AD' || !(year >= 1 && year <= 9999)) {
    throw new RuleInputError([{ path: 'instant', message: 'must fall between the years 0001 and 9999' }]);
  }
  return `${String(year).padStart(4, '0')}-${parts['month']}-${parts['day']}`;
}

function instantTime(instant: unknown): number {
  const time = dateTime(instant);
  if (time !== undefined) {
    if (Number.isNaN(time)) throw new RuleInputError([{ path: 'instant', message: 'is an invalid Date' }]);
    return time;
  }
  if (typeof instant === 'string') {
    const match = INSTANT_WITH_OFFSET.exec(instant);
    const parsed = match && parseCalendarDate(match[1]) ? Date.parse(instant) : Number.NaN;
    if (!Number.isNaN(parsed)) return parsed;
  }
  throw new RuleInputError([
    { path: 'instant', message: 'must be a Date or an ISO 8601 instant with an offset, e.g. 2025-09-01T10:00:00+02:00' },
  ]);
}

// Reads the brand rather than `instanceof`, so a Date from another realm (an iframe) is accepted
// and an object merely posing as a Date is not.
function dateTime(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/**
 * Age in completed years on `day`, as the vote's age limit is judged.
 * Someone born on 29 February has their birthday on 1 March in common years (they are not a
 * year older until 28 February is over): the usual reading in French civil practice, and the one
 * that never lets anyone vote before they are truly of age.
 */
export function ageOn(birthDate: string, day: string): number {
  const birth = parseCalendarDate(birthDate);
  const on = parseCalendarDate(day);
  const errors = [];
  if (!birth) errors.push({ path: 'birthDate', message: 'must be a real calendar date YYYY-MM-DD' });
  if (!on) errors.push({ path: 'day', message: 'must be a real calendar date YYYY-MM-DD' });
  if (!birth || !on) throw new RuleInputError(errors);
  if (compareDates(birth, on) > 0) {
    throw new RuleInputError([{ path: 'birthDate', message: `is after ${day}` }]);
  }
  // Comparing month and day as numbers gives the 1 March rule for free: in a common year no
  // day is both ≥ 29 February and < 1 March.
  const birthdayPassed = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (birthdayPassed ? 0 : 1);
}

/** Orders two calendar dates: negative, zero or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
