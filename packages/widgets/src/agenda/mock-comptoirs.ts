/**
 * Test support (imported by the agenda's tests only): comptoirs shaped as the contract says,
 * and MSW handlers for the comptoir routes over a small mutable store, including the
 * per-comptoir `.ics` route (an addition to the contract) served by the SDK's `comptoirsToIcs`,
 * as the mock server will.
 */
import type { Comptoir } from '@budget-citoyen/sdk';
import { comptoirsToIcs } from '@budget-citoyen/sdk/ics';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { API, CAMPAIGN_ID, problem } from '../../test-utils/index.js';

/** In the comptoirs' period (5 January – 30 April 2026), a Tuesday morning in Paris. */
export const AGENDA_NOW = '2026-02-10T10:00:00+01:00';

const LENS = { code: '62498', name: 'Lens' };
const ARRAS = { code: '62041', name: 'Arras' };
const CALAIS = { code: '62193', name: 'Calais' };
const BETHUNE = { code: '62119', name: 'Béthune' };
const SAINT_OMER = { code: '62765', name: 'Saint-Omer' };

function inPerson(
  slug: string,
  start: string,
  end: string,
  commune: { code: string; name: string },
  arrondissement: { code: string; name: string },
  venue: [string, string],
  seats: [left: number, capacity: number],
  registration: Comptoir['registration'],
): Comptoir {
  return {
    id: `cpt-${slug}`,
    title: `Comptoir à initiatives citoyennes ${/^[AEIOU]/.test(commune.name) ? 'd’' : 'de '}${commune.name}`,
    description: 'Trois heures pour transformer une idée en projet.',
    start,
    end,
    format: 'in-person',
    venue: { name: venue[0], address: venue[1], commune },
    arrondissement,
    capacity: seats[1],
    seatsLeft: seats[0],
    registration,
  };
}

/** Six comptoirs: one past, then open, online, full, one seat left (before DST), closed (after DST). */
export function makeComptoirs(): Comptoir[] {
  return [
    inPerson('arras', '2026-01-24T14:00:00+01:00', '2026-01-24T17:00:00+01:00', ARRAS, { code: '621', name: 'Arras' }, ['Maison de la vie associative', '2 rue de la Paix'], [0, 30], 'closed'),
    inPerson('lens', '2026-02-14T09:30:00+01:00', '2026-02-14T12:30:00+01:00', LENS, { code: '627', name: 'Lens' }, ['Médiathèque', '8 rue de la Gare'], [12, 25], 'open'),
    {
      id: 'cpt-visio',
      title: 'Comptoir en visioconférence',
      description: 'Une soirée en ligne.',
      start: '2026-02-18T18:30:00+01:00',
      end: '2026-02-18T20:00:00+01:00',
      format: 'online',
      onlineUrl: 'https://visio.example.org/budget-citoyen-2026',
      capacity: 100,
      seatsLeft: 55,
      registration: 'open',
    },
    inPerson('calais', '2026-03-07T14:00:00+01:00', '2026-03-07T17:00:00+01:00', CALAIS, { code: '626', name: 'Calais' }, ['Maison pour tous', '40 boulevard Jacquard'], [0, 30], 'full'),
    inPerson('bethune', '2026-03-28T14:00:00+01:00', '2026-03-28T17:00:00+01:00', BETHUNE, { code: '622', name: 'Béthune' }, ['Espace associatif', '5 rue d’Aire'], [1, 30], 'open'),
    inPerson('saint-omer', '2026-04-04T14:00:00+02:00', '2026-04-04T17:00:00+02:00', SAINT_OMER, { code: '625', name: 'Saint-Omer' }, ['Salle des fêtes', '1 place Foch'], [20, 25], 'closed'),
  ];
}

interface Store {
  comptoirs: Comptoir[];
  emails: Map<string, Set<string>>;
  replays: Map<string, { body: string; status: number; data: { id: string; code: string; status: string } }>;
  /** Every registration request that reached the store: its body and Idempotency-Key. */
  received: { body: unknown; key: string | null }[];
  codes: number;
}

let store: Store = fresh();

function fresh(): Store {
  return { comptoirs: makeComptoirs(), emails: new Map(), replays: new Map(), received: [], codes: 0 };
}

/** The store the handlers serve: tests change comptoirs (fill one up, empty the list). */
export function agendaStore(): Store {
  return store;
}

export const COMPTOIRS_ROUTE = `${API}/campaigns/:campaignId/comptoirs`;
export const REGISTRATIONS_ROUTE = `${API}/campaigns/:campaignId/comptoirs/:comptoirId/registrations`;

function paginate(items: Comptoir[], url: URL) {
  const limit = Number(url.searchParams.get('limit') ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return problem(400, 'validation_failed');
  const offset = Number(url.searchParams.get('cursor') ?? 0);
  const page = items.slice(offset, offset + limit);
  const next = offset + page.length;
  return HttpResponse.json({ items: page, nextCursor: next < items.length ? String(next) : null, total: items.length });
}

function ics(comptoirs: Comptoir[], name: string) {
  const body = comptoirsToIcs(comptoirs, { calendarName: name, campaignId: CAMPAIGN_ID, now: AGENDA_NOW });
  return new HttpResponse(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}

const handlers: HttpHandler[] = [
  http.get(`${API}/campaigns/:campaignId/comptoirs.ics`, () => ics(store.comptoirs, 'Comptoirs à initiatives citoyennes')),
  http.get(`${API}/campaigns/:campaignId/comptoirs/:file`, ({ params }) => {
    const file = String(params.file);
    const comptoir = store.comptoirs.find((c) => `${c.id}.ics` === file);
    return comptoir ? ics([comptoir], comptoir.title) : problem(404, 'not_found');
  }),
  http.get(COMPTOIRS_ROUTE, ({ params, request }) => {
    if (params.campaignId !== CAMPAIGN_ID) return problem(404, 'not_found');
    const url = new URL(request.url);
    const q = url.searchParams;
    const items = store.comptoirs.filter(
      (c) =>
        (!q.get('format') || c.format === q.get('format')) &&
        (!q.get('arrondissement') || c.arrondissement?.code === q.get('arrondissement')) &&
        (!q.get('commune') || c.venue?.commune.code === q.get('commune')),
    );
    return paginate(items, url);
  }),
  http.post(REGISTRATIONS_ROUTE, async ({ params, request }) => {
    const text = await request.text();
    const key = request.headers.get('idempotency-key') ?? '';
    store.received.push({ body: JSON.parse(text) as unknown, key: key || null });
    const replay = store.replays.get(key);
    if (replay) {
      return replay.body === text ? HttpResponse.json(replay.data, { status: replay.status }) : problem(409, 'idempotency_conflict');
    }
    const comptoir = store.comptoirs.find((c) => c.id === params.comptoirId);
    if (!comptoir) return problem(404, 'not_found');
    if (comptoir.registration === 'closed') return problem(409, 'phase_closed');
    const body = JSON.parse(text) as { name?: unknown; email?: unknown };
    if (typeof body.name !== 'string' || !body.name.trim() || typeof body.email !== 'string' || !/^\S+@\S+\.\S+$/.test(body.email)) {
      return problem(422, 'validation_failed');
    }
    const emails = store.emails.get(comptoir.id) ?? new Set<string>();
    store.emails.set(comptoir.id, emails);
    if (emails.has(body.email.toLowerCase())) return problem(409, 'already_registered');
    emails.add(body.email.toLowerCase());
    const confirmed = comptoir.seatsLeft > 0;
    if (confirmed) comptoir.seatsLeft--;
    if (comptoir.seatsLeft === 0) comptoir.registration = 'full';
    const data = { id: `r-${++store.codes}`, code: `C-${String(4000 + store.codes)}-PDC`, status: confirmed ? 'confirmed' : 'waitlisted' };
    if (key) store.replays.set(key, { body: text, status: 201, data });
    return HttpResponse.json(data, { status: 201 });
  }),
];

/** Fresh comptoirs and the comptoir routes, on top of the shared worker (call in `beforeEach`). */
export function useAgendaMock(worker: { use(...h: HttpHandler[]): void }): void {
  store = fresh();
  worker.use(...handlers);
}
