/**
 * The comptoirs as an iCalendar file (RFC 5545), for "Ajouter à mon agenda" and calendar
 * subscriptions. Server-side by design: the generator (ical-generator) must not ship in the
 * widgets' CDN script, which only links to the API's `.ics` URLs.
 *
 * Times are written as Paris wall-clock times with `TZID=Europe/Paris` and the zone's
 * VTIMEZONE, so a calendar shows 14:00 on both sides of a daylight-saving change; `DTSTAMP` is
 * in UTC. `@date-fns/tz` gives ical-generator dates that know their zone, so the output does
 * not depend on the time zone of the machine that runs this (ical-generator reads the local
 * hours of plain `Date`s).
 *
 * ```ts
 * import { comptoirsToIcs } from '@budget-citoyen/sdk/ics';
 * const body = comptoirsToIcs(comptoirs, { calendarName: 'Comptoirs 2026', campaignId: 'bc-2026', now: serverNow });
 * // → `text/calendar; charset=utf-8`
 * ```
 */
import { TZDate } from '@date-fns/tz';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { RuleInputError, type FieldError } from '../errors.js';
import type { Comptoir } from '../schemas/comptoir.js';
import { PARIS_TZID, vtimezone } from './europe-paris.js';

export { PARIS_TZID, PARIS_VTIMEZONE } from './europe-paris.js';
// Re-exported so that code importing only this module can recognise its one kind of error.
export { RuleInputError, isRuleInputError } from '../errors.js';

export interface ComptoirsIcsOptions {
  /** The calendar's name in calendar apps (`NAME`, `X-WR-CALNAME`). */
  calendarName: string;
  /** The comptoirs' campaign: part of every event's `UID`. */
  campaignId: string;
  /**
   * `PRODID`, in the `//Organisation//Product//LANG` form (a leading `-` is added).
   * @default '//Budget citoyen du Pas-de-Calais//Comptoirs//FR'
   */
  prodId?: string;
  /** Where the calendar lives (RFC 7986 `URL`): the `.ics` address or the agenda's page. http(s) only. */
  url?: string;
  /**
   * When the file is produced, written as `DTSTAMP`: pass the server's clock. An instant
   * (ISO 8601 with offset, epoch milliseconds or a `Date`).
   * @default the current time
   */
  now?: string | number | Date;
  /** Suggests how often subscribers refresh the calendar (`REFRESH-INTERVAL`), in seconds. */
  refreshSeconds?: number;
}

export const DEFAULT_PROD_ID = '//Budget citoyen du Pas-de-Calais//Comptoirs//FR';
/** The `LOCATION` of an online comptoir (the link goes in `URL` and in the description). */
export const ONLINE_LOCATION = 'En ligne';

/**
 * The stable `UID` of a comptoir's event: the same comptoir is the same event in every file,
 * so a re-import or a subscription refresh updates it instead of duplicating it.
 */
export function comptoirUid(campaignId: string, comptoirId: string): string {
  return `${encodeURIComponent(campaignId)}/${encodeURIComponent(comptoirId)}@budget-citoyen`;
}

/** Every comptoir of `comptoirs` as one VCALENDAR, ordered by start. */
export function comptoirsToIcs(comptoirs: readonly Comptoir[], options: ComptoirsIcsOptions): string {
  const stamp = checkInput(comptoirs, options);
  const calendar = new ICalCalendar({
    prodId: (options.prodId ?? DEFAULT_PROD_ID).replace(/^-/, ''),
    name: clean(options.calendarName),
    method: ICalCalendarMethod.PUBLISH,
    // `name: null`: the calendar's own dates (DTSTAMP) stay in UTC; the generator still writes
    // the VTIMEZONE of every zone the events use.
    timezone: { name: null, generator: vtimezone },
    x: { 'X-WR-TIMEZONE': PARIS_TZID },
  });
  const url = httpUrl(options.url);
  if (url) calendar.url(url);
  if (options.refreshSeconds !== undefined) calendar.ttl(options.refreshSeconds);

  const sorted = [...comptoirs].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || compare(a.id, b.id));
  for (const c of sorted) {
    const onlineUrl = c.format === 'online' ? httpUrl(c.onlineUrl) : undefined;
    const description = [clean(c.description).trim(), onlineUrl ? `Lien de connexion : ${onlineUrl}` : '']
      .filter(Boolean)
      .join('\n\n');
    const event = calendar.createEvent({
      id: comptoirUid(options.campaignId, c.id),
      stamp,
      start: new TZDate(Date.parse(c.start), PARIS_TZID),
      end: new TZDate(Date.parse(c.end), PARIS_TZID),
      timezone: PARIS_TZID,
      summary: clean(c.title),
      location: location(c),
      status: ICalEventStatus.CONFIRMED,
      url: onlineUrl ?? null,
    });
    if (description) event.description(description);
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator omits that one.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

function location(c: Comptoir): string {
  if (c.format === 'online' || !c.venue) return ONLINE_LOCATION;
  return [c.venue.name, c.venue.address, c.venue.commune.name].map((part) => clean(part).trim()).filter(Boolean).join(', ');
}

/**
 * TEXT values may hold any character but controls (RFC 5545 §3.3.11): line breaks survive
 * (escaped as `\n` by the generator), other controls are dropped, lone surrogates (which no
 * UTF-8 file can hold) become U+FFFD.
 */
export function clean(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** An absolute http(s) URL, normalised (no line break can survive URL parsing), or nothing. */
function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rejects what would make a wrong calendar, naming each field; returns the DTSTAMP. */
function checkInput(comptoirs: readonly Comptoir[], options: ComptoirsIcsOptions): Date {
  const errors: FieldError[] = [];
  if (typeof options.campaignId !== 'string' || !options.campaignId) {
    errors.push({ path: 'options.campaignId', message: 'must be a non-empty string' });
  }
  if (typeof options.calendarName !== 'string') errors.push({ path: 'options.calendarName', message: 'must be a string' });
  if (options.url !== undefined && !httpUrl(options.url)) errors.push({ path: 'options.url', message: 'must be an http(s) URL' });
  const refresh = options.refreshSeconds;
  if (refresh !== undefined && !(Number.isInteger(refresh) && refresh > 0)) {
    errors.push({ path: 'options.refreshSeconds', message: 'must be a positive integer' });
  }
  const stamp = options.now === undefined ? new Date() : new Date(typeof options.now === 'string' ? Date.parse(options.now) : options.now);
  if (Number.isNaN(stamp.getTime())) errors.push({ path: 'options.now', message: 'must be an instant' });
  if (!Array.isArray(comptoirs)) {
    errors.push({ path: 'comptoirs', message: 'must be an array' });
  } else {
    comptoirs.forEach((c, i) => {
      const at = `comptoirs.${i}`;
      if (typeof c?.id !== 'string' || !c.id) errors.push({ path: `${at}.id`, message: 'must be a non-empty string' });
      for (const field of ['title', 'description'] as const) {
        if (typeof c?.[field] !== 'string') errors.push({ path: `${at}.${field}`, message: 'must be a string' });
      }
      const start = Date.parse(c?.start);
      const end = Date.parse(c?.end);
      if (Number.isNaN(start)) errors.push({ path: `${at}.start`, message: 'must be an ISO 8601 instant' });
      if (Number.isNaN(end)) errors.push({ path: `${at}.end`, message: 'must be an ISO 8601 instant' });
      else if (end < start) errors.push({ path: `${at}.end`, message: 'must not be before start' });
    });
  }
  if (errors.length) throw new RuleInputError(errors);
  return stamp;
}
