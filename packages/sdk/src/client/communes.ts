import { CommunePage, type CommuneQuery } from '../schemas/commune.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

export function communes(http: Http) {
  return {
    /** The communes of the département: `q` matches a name or postcode, accents and case ignored. */
    list: (query?: CommuneQuery, options?: RequestOptions) => pagedList(http, 'communes', CommunePage, query, options),
  };
}
