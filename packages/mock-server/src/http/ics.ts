/**
 * The comptoirs as an RFC 5545 calendar: CRLF lines folded at 75 octets, escaped TEXT values,
 * local times with a VTIMEZONE for Europe/Paris (so calendars show the right hour on both
 * sides of a DST change), DTSTAMP in UTC.
 */
import type { Comptoir } from '@budget-citoyen/sdk/schemas';
import { parisParts } from '../util/time.js';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'X-LIC-LOCATION:Europe/Paris',
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
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20260124T140000`, the Paris wall-clock time of the instant. */
function parisLocal(instant: string): string {
  const p = parisParts(Date.parse(instant));
  return `${p.year}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 §3.3.11. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: at most 75 octets a line, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).byteLength;
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function comptoirsCalendar(options: { campaignId: string; campaignTitle: string; comptoirs: readonly Comptoir[]; stamp: number }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Budget citoyen du Pas-de-Calais//Serveur fictif//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Comptoirs à initiatives citoyennes — ${options.campaignTitle}`)}`,
    'X-WR-TIMEZONE:Europe/Paris',
    ...VTIMEZONE,
  ];
  for (const c of options.comptoirs) {
    const where = c.venue ? `${c.venue.name}, ${c.venue.address}, ${c.venue.commune.name}` : 'En ligne (visioconférence)';
    const seats =
      c.registration === 'closed'
        ? 'Inscriptions closes.'
        : c.registration === 'full'
          ? 'Complet : les nouvelles inscriptions sont placées en liste d’attente.'
          : `Places restantes : ${c.seatsLeft} sur ${c.capacity}.`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${c.id}.${options.campaignId}@budget-citoyen-62`,
      `DTSTAMP:${utcStamp(options.stamp)}`,
      `DTSTART;TZID=Europe/Paris:${parisLocal(c.start)}`,
      `DTEND;TZID=Europe/Paris:${parisLocal(c.end)}`,
      `SUMMARY:${escapeText(c.title)}`,
      `DESCRIPTION:${escapeText(`${c.description}\n\n${seats}`)}`,
      `LOCATION:${escapeText(where)}`,
      ...(c.onlineUrl ? [`URL:${c.onlineUrl}`] : []),
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
