/**
 * The département's time zone as an RFC 5545 VTIMEZONE: data, not code. The same rules as the
 * IANA database's `Europe/Paris` (and tzurl.org's Outlook-compatible file) since 1996: summer
 * time from the last Sunday of March at 02:00 to the last Sunday of October at 03:00. The
 * tests check it against the IANA rules through `Intl`, instant by instant, across changes.
 */
export const PARIS_TZID = 'Europe/Paris';

export const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${PARIS_TZID}`,
  `X-LIC-LOCATION:${PARIS_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** ical-generator's time zone generator: the block above for Paris, nothing for other zones. */
export function vtimezone(tzid: string): string | null {
  return tzid === PARIS_TZID ? PARIS_VTIMEZONE : null;
}
