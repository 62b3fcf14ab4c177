/** Instants as the API writes them: ISO 8601 with the Europe/Paris offset of that instant. */

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Intl's formatToParts is slow and the same instants (phases, seed data) come back on every
// answer: a bounded memo keeps lists cheap.
const partsMemo = new Map<number, ParisParts>();

export function parisParts(ms: number): ParisParts {
  const memo = partsMemo.get(ms);
  if (memo) return memo;
  const parts = computeParisParts(ms);
  if (partsMemo.size >= 20_000) partsMemo.clear();
  partsMemo.set(ms, parts);
  return parts;
}

function computeParisParts(ms: number): ParisParts {
  const get: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(new Date(ms))) {
    if (p.type !== 'literal') get[p.type] = Number(p.value);
  }
  return {
    year: get.year ?? 0,
    month: get.month ?? 0,
    day: get.day ?? 0,
    hour: get.hour ?? 0,
    minute: get.minute ?? 0,
    second: get.second ?? 0,
  };
}

/** Offset of Paris from UTC at that instant, in minutes (60 in winter, 120 in summer). */
export function parisOffsetMinutes(ms: number): number {
  const p = parisParts(ms);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `2026-09-20T12:00:00+02:00` (milliseconds kept when not zero). */
export function toParisIso(ms: number): string {
  const p = parisParts(ms);
  const offset = parisOffsetMinutes(ms);
  const millis = ((ms % 1000) + 1000) % 1000;
  const frac = millis ? `.${pad(millis, 3)}` : '';
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${frac}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A Paris wall-clock time to its instant: `paris(2026, 9, 14, 9)`. */
export function paris(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset, even next to a DST change.
  let ms = guess - parisOffsetMinutes(guess) * 60_000;
  ms = guess - parisOffsetMinutes(ms) * 60_000;
  return ms;
}

const longFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  dateStyle: 'long',
  timeStyle: 'short',
});
/** "14 September 2026 at 09:00 (Europe/Paris)", for problem details. */
export function describeInstant(ms: number): string {
  return `${longFormat.format(new Date(ms))} (Europe/Paris)`;
}

const frenchDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full' });
const frenchTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', timeStyle: 'short' });
/** « samedi 24 janvier 2026 à 14:00 », for French e-mails. */
export function frenchInstant(ms: number): string {
  return `${frenchDate.format(new Date(ms))} à ${frenchTime.format(new Date(ms))}`;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
