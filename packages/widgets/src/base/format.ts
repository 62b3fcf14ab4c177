/**
 * Dates, times, numbers and money through `Intl`, in the département's time zone whatever the
 * visitor's device says. Formatters are cached per language: building one is not free.
 */
import { intlLocale, type Lang } from './i18n.js';

export const TIME_ZONE = 'Europe/Paris';
export const CURRENCY = 'EUR';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

function dateFormat(lang: Lang, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${lang}|${kind}`, () =>
    new Intl.DateTimeFormat(intlLocale(lang), { timeZone: TIME_ZONE, ...options }),
  );
}

type InstantLike = string | number | Date;
const toDate = (v: InstantLike): Date => (v instanceof Date ? v : new Date(v));

/** "14 septembre 2026" / "14 September 2026". */
export function formatDate(value: InstantLike, lang: Lang): string {
  return dateFormat(lang, 'date', { dateStyle: 'long' }).format(toDate(value));
}

/** "lundi 14 septembre 2026" / "Monday 14 September 2026". */
export function formatLongDate(value: InstantLike, lang: Lang): string {
  return dateFormat(lang, 'longdate', { dateStyle: 'full' }).format(toDate(value));
}

/** "10:00" (24-hour clock in both languages, as in France). */
export function formatTime(value: InstantLike, lang: Lang): string {
  return dateFormat(lang, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    toDate(value),
  );
}

/** "14 septembre 2026 à 10:00" / "14 September 2026 at 10:00". */
export function formatDateTime(value: InstantLike, lang: Lang): string {
  return dateFormat(lang, 'datetime', { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(
    toDate(value),
  );
}

/** "20 septembre à 10:50" / "20 September at 10:50": a moment of the current campaign. */
export function formatDayTime(value: InstantLike, lang: Lang): string {
  return dateFormat(lang, 'daytime', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    toDate(value),
  );
}

/** "10:00 – 12:00", or a full range when the days differ. */
export function formatDateTimeRange(start: InstantLike, end: InstantLike, lang: Lang): string {
  return dateFormat(lang, 'range', { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).formatRange(
    toDate(start),
    toDate(end),
  );
}

/** "5 janvier – 30 avril 2026" / "5 January – 30 April 2026": days only. */
export function formatDateRange(start: InstantLike, end: InstantLike, lang: Lang): string {
  return dateFormat(lang, 'daterange', { dateStyle: 'long' }).formatRange(toDate(start), toDate(end));
}

/** The value of a `<time datetime>` attribute: the instant as sent by the API. */
export function isoInstant(value: InstantLike): string {
  return toDate(value).toISOString();
}

/** Money from euro cents: "12 000 €" (no cents when whole) / "€12,000". */
export function formatMoney(cents: number, lang: Lang): string {
  const whole = cents % 100 === 0;
  return cached(`m|${lang}|${whole}`, () =>
    new Intl.NumberFormat(intlLocale(lang), {
      style: 'currency',
      currency: CURRENCY,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }),
  ).format(cents / 100);
}

export function formatNumber(n: number, lang: Lang): string {
  return cached(`n|${lang}`, () => new Intl.NumberFormat(intlLocale(lang))).format(n);
}

/** "45 %" / "45%" from a 0–1 ratio. */
export function formatPercent(ratio: number, lang: Lang): string {
  return cached(`p|${lang}`, () =>
    new Intl.NumberFormat(intlLocale(lang), { style: 'percent', maximumFractionDigits: 1 }),
  ).format(ratio);
}

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
] as const;

function unitFormat(unit: string, lang: Lang): Intl.NumberFormat {
  return cached(`u|${lang}|${unit}`, () =>
    new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit, unitDisplay: 'long' }),
  );
}

/**
 * A countdown in its two largest units: "3 jours 4 heures", "12 minutes 5 secondes" /
 * "3 days 4 hours". The second unit is left out when zero; negative durations count as zero.
 */
export function formatCountdown(ms: number, lang: Lang): string {
  let rest = Math.max(0, ms);
  const amounts = UNITS.map(([unit, size]) => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return [unit, n] as const;
  });
  const first = amounts.findIndex(([, n]) => n > 0);
  if (first < 0) return unitFormat('second', lang).format(0);
  return amounts
    .slice(first, first + 2)
    .filter(([, n]) => n > 0)
    .map(([unit, n]) => unitFormat(unit, lang).format(n))
    .join(' ');
}
