import { Results } from '../schemas/results.js';
import type { Endpoint } from './endpoint.js';

export const getResults = {
  method: 'GET',
  path: '/campaigns/{campaignId}/results',
  response: Results,
  problems: ['results_not_public'],
} as const satisfies Endpoint;

/** `event: results` events whose data is the `Results` JSON. */
export const streamResults = {
  method: 'GET',
  path: '/campaigns/{campaignId}/results/stream',
  content: 'text/event-stream',
  problems: ['results_not_public'],
} as const satisfies Endpoint;
