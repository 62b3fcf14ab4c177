import {
  ComptoirPage,
  Registration,
  type ComptoirQuery,
  type RegistrationRequest,
} from '../schemas/comptoir.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

export function comptoirs(http: Http) {
  const path = (campaignId: string) => `campaigns/${encodeURIComponent(campaignId)}/comptoirs`;
  return {
    list: (campaignId: string, query?: ComptoirQuery, options?: RequestOptions) =>
      pagedList(http, path(campaignId), ComptoirPage, query, options),
    /** The absolute URL of every comptoir as an iCalendar file, for a link or a calendar subscription. */
    icsUrl: (campaignId: string): string => http.url(`${path(campaignId)}.ics`),
    /** Past capacity the registration is `waitlisted`; the same e-mail twice is `already_registered`. */
    register: (campaignId: string, comptoirId: string, body: RegistrationRequest, options?: RequestOptions): Promise<Registration> =>
      http.post(`${path(campaignId)}/${encodeURIComponent(comptoirId)}/registrations`, Registration, body, {
        ...options,
        idempotent: true,
      }),
  };
}
