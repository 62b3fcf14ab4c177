import { Commune, CommunePage, CommuneQuery } from '../schemas/commune.js';
import type { Endpoint } from './endpoint.js';

export const listCommunes = { method: 'GET', path: '/communes', query: CommuneQuery, response: CommunePage } as const satisfies Endpoint;

export const getCommune = { method: 'GET', path: '/communes/{code}', response: Commune } as const satisfies Endpoint;
