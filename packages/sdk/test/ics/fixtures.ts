/**
 * Comptoirs for the iCalendar tests, and a reader built on ical.js (Mozilla), a different
 * library from the generator (ical-generator), so that a round trip proves the file, not the
 * generator's agreement with itself.
 */
import ICAL from 'ical.js';
import type { Comptoir } from '@budget-citoyen/sdk';

export const ARRAS: Comptoir = {
  id: 'cpt-2026-arras',
  title: 'Comptoir à initiatives citoyennes d’Arras',
  description: 'Trois heures pour transformer une idée en projet.\nAteliers en petits groupes.',
  // The last Saturday before summer time (29 March 2026 at 02:00): still UTC+1.
  start: '2026-03-28T14:00:00+01:00',
  end: '2026-03-28T17:00:00+01:00',
  format: 'in-person',
  venue: { name: 'Maison de la vie associative', address: '2 rue de la Paix', commune: { code: '62041', name: 'Arras' } },
  arrondissement: { code: '621', name: 'Arras' },
  capacity: 30,
  seatsLeft: 2,
  registration: 'open',
};

export const LENS: Comptoir = {
  ...ARRAS,
  id: 'cpt-2026-lens',
  title: 'Comptoir de Lens',
  description: 'Matinée d’ateliers.',
  // The day after the change: UTC+2, and the same wall-clock hour as Arras.
  start: '2026-03-29T14:00:00+02:00',
  end: '2026-03-29T17:00:00+02:00',
  venue: { name: 'Médiathèque', address: '8 rue de la Gare', commune: { code: '62498', name: 'Lens' } },
  arrondissement: { code: '627', name: 'Lens' },
};

export const VISIO: Comptoir = {
  id: 'cpt-2026-visio',
  title: 'Comptoir en visioconférence',
  description: 'Une soirée en ligne.',
  // Across the end of summer time (25 October 2026 at 03:00 back to 02:00): starts UTC+2, ends UTC+1.
  start: '2026-10-24T23:30:00+02:00',
  end: '2026-10-25T04:00:00+01:00',
  format: 'online',
  onlineUrl: 'https://visio.example.org/budget-citoyen-2026-visio',
  capacity: 100,
  seatsLeft: 55,
  registration: 'full',
};

export const NOW = '2026-02-10T10:00:00+01:00';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  dtstamp: string;
  dtstampRaw: string;
  startTzid: string;
  endTzid: string;
  start: number;
  end: number;
  startLocal: string;
  endLocal: string;
}

export interface ParsedCalendar {
  version: string;
  prodId: string;
  method: string | null;
  name: string | null;
  timezones: string[];
  events: ParsedEvent[];
}

/** The raw value after `NAME…:` on the (unfolded) line starting with `name` in `block`. */
function rawLine(block: string, name: string): string {
  const unfolded = block.replace(/\r\n[ \t]/g, '');
  const line = unfolded.split('\r\n').find((l) => l.startsWith(name));
  if (!line) throw new Error(`no ${name} line`);
  return line.slice(line.indexOf(':') + 1);
}

/**
 * Parses with ical.js, registering the file's own VTIMEZONEs (ical.js ships none), so that the
 * UTC instants come from the file's rules.
 */
export function parseIcs(text: string): ParsedCalendar {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((vtz) => {
    const zone = new ICAL.Timezone(vtz);
    ICAL.TimezoneService.register(zone);
    return zone.tzid;
  });
  const blocks = text.split('BEGIN:VEVENT').slice(1);
  const events = calendar.getAllSubcomponents('vevent').map((vevent, i): ParsedEvent => {
    const dtstart = vevent.getFirstProperty('dtstart')!;
    const dtend = vevent.getFirstProperty('dtend')!;
    const start = dtstart.getFirstValue() as ICAL.Time;
    const end = dtend.getFirstValue() as ICAL.Time;
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    const text = (name: string) => {
      const value = vevent.getFirstPropertyValue(name);
      return value === null ? null : String(value);
    };
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      description: text('description'),
      location: text('location'),
      url: text('url'),
      dtstamp: new Date(stamp.toUnixTime() * 1000).toISOString(),
      dtstampRaw: rawLine(blocks[i]!, 'DTSTAMP'),
      startTzid: String(dtstart.getParameter('tzid')),
      endTzid: String(dtend.getParameter('tzid')),
      start: start.toUnixTime() * 1000,
      end: end.toUnixTime() * 1000,
      startLocal: start.toString(),
      endLocal: end.toString(),
    };
  });
  return {
    version: String(calendar.getFirstPropertyValue('version')),
    prodId: String(calendar.getFirstPropertyValue('prodid')),
    method: calendar.getFirstPropertyValue('method') as string | null,
    name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    timezones,
    events,
  };
}

/** The Paris UTC offset at `ms`, in minutes, from the IANA rules of the platform's `Intl`. */
export function parisOffsetMinutes(ms: number): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}
