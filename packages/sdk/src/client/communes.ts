import { getCommune, listCommunes } from '../contract/communes.js';
import type { Commune, CommuneQuery } from '../schemas/commune.js';
import { call } from './call.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

export function communes(http: Http) {
  return {
    /** The communes of the département: `q` matches a name or postcode, accents and case ignored. */
    list: (query?: CommuneQuery, options?: RequestOptions) => pagedList(http, listCommunes, {}, query, options),
    /** One commune of the département, by its INSEE code (`62041`); another département's is `not_found`. */
    get: (code: string, options?: RequestOptions): Promise<Commune> => call(http, getCommune, { params: { code } }, options),
  };
}
