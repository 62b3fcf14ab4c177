/**
 * The timeline's countdown words, by the server's clock: in how many days a phase opens or ends
 * ("dans 12 jours", "demain", "aujourd’hui"), counted between Paris calendar days, so that
 * "demain" is the day after today in Paris whatever the device's time zone.
 */
import { parisDate } from '@budget-citoyen/sdk/rules';
import { intlLocale, type Lang } from '../base/i18n.js';

/** From `now` to `at` (epoch ms or ISO 8601), in Paris calendar days, in words. */
export function daysUntil(at: number | string, now: number, lang: Lang): string {
  const days = (Date.parse(parisDate(new Date(at))) - Date.parse(parisDate(new Date(now)))) / 86_400_000;
  return new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' }).format(days, 'day');
}
