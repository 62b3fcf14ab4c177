import { Comptoir, ComptoirPage, ComptoirQuery, Registration, RegistrationRequest } from '../schemas/comptoir.js';
import type { Endpoint } from './endpoint.js';

export const listComptoirs = {
  method: 'GET',
  path: '/campaigns/{campaignId}/comptoirs',
  query: ComptoirQuery,
  response: ComptoirPage,
} as const satisfies Endpoint;

export const getComptoirsCalendar = { method: 'GET', path: '/campaigns/{campaignId}/comptoirs.ics', content: 'text/calendar' } as const satisfies Endpoint;

export const getComptoir = { method: 'GET', path: '/campaigns/{campaignId}/comptoirs/{comptoirId}', response: Comptoir } as const satisfies Endpoint;

export const getComptoirCalendar = {
  method: 'GET',
  path: '/campaigns/{campaignId}/comptoirs/{comptoirId}.ics',
  content: 'text/calendar',
} as const satisfies Endpoint;

export const registerForComptoir = {
  method: 'POST',
  path: '/campaigns/{campaignId}/comptoirs/{comptoirId}/registrations',
  body: RegistrationRequest,
  response: Registration,
  status: 201,
  creates: true,
  phase: 'comptoirs',
  problems: ['already_registered', 'registration_closed'],
} as const satisfies Endpoint;
