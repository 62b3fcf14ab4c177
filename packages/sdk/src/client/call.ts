import { pathOf, type Endpoint, type ParamsOf, type ResponseOf } from '../contract/endpoint.js';
import type { Http, Query } from './http.js';
import type { RequestOptions } from './types.js';

type Params<E extends Endpoint> = keyof ParamsOf<E> extends never ? { params?: ParamsOf<E> } : { params: ParamsOf<E> };
export type CallInput<E extends Endpoint> = Params<E> & { query?: Query; body?: unknown };

/** The endpoint's URL path under the client's base URL (no leading slash: ky's `prefixUrl` wants none). */
export function pathFor<E extends Endpoint>(endpoint: E, params?: ParamsOf<E>): string {
  return pathOf(endpoint, params ?? ({} as ParamsOf<E>)).slice(1);
}

/**
 * Calls one endpoint of the contract table: the path from its template (each parameter
 * percent-encoded), its method, the answer validated with its schema, and an
 * `Idempotency-Key` when it creates something.
 */
export function call<E extends Endpoint>(http: Http, endpoint: E, input: CallInput<E>, options?: RequestOptions): Promise<ResponseOf<E>> {
  const path = pathFor(endpoint, input.params);
  const answer =
    endpoint.method === 'GET'
      ? http.get(path, endpoint.response!, input.query, options)
      : http.post(path, endpoint.response, input.body, { ...options, idempotent: endpoint.creates });
  return answer as Promise<ResponseOf<E>>;
}
