import { getComptoir, getComptoirCalendar, getComptoirsCalendar, listComptoirs, registerForComptoir } from '../contract/comptoirs.js';
import type { Comptoir, ComptoirQuery, Registration, RegistrationRequest } from '../schemas/comptoir.js';
import { call, pathFor } from './call.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

export function comptoirs(http: Http) {
  return {
    list: (campaignId: string, query?: ComptoirQuery, options?: RequestOptions) =>
      pagedList(http, listComptoirs, { campaignId }, query, options),
    /** One comptoir, its seats as of now. */
    get: (campaignId: string, comptoirId: string, options?: RequestOptions): Promise<Comptoir> =>
      call(http, getComptoir, { params: { campaignId, comptoirId } }, options),
    /**
     * The absolute URL of every comptoir as an iCalendar file, or of one comptoir's event with
     * `comptoirId`: for a link or a calendar subscription.
     */
    icsUrl: (campaignId: string, comptoirId?: string): string =>
      http.url(
        comptoirId === undefined
          ? pathFor(getComptoirsCalendar, { campaignId })
          : pathFor(getComptoirCalendar, { campaignId, comptoirId }),
      ),
    /** Past capacity the registration is `waitlisted`; the same e-mail twice is `already_registered`. */
    register: (campaignId: string, comptoirId: string, body: RegistrationRequest, options?: RequestOptions): Promise<Registration> =>
      call(http, registerForComptoir, { params: { campaignId, comptoirId }, body }, options),
  };
}
