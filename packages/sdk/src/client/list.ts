import type { Endpoint, ParamsOf, ResponseOf } from '../contract/endpoint.js';
import type { Page } from '../schemas/common.js';
import { call } from './call.js';
import type { Http, Query } from './http.js';
import { invalidResponse } from './response.js';
import type { ListResult, RequestOptions } from './types.js';

type ItemOf<E extends Endpoint> = ResponseOf<E> extends Page<infer T> ? T : never;

/** The list `endpoint` answers, page after page: `query.cursor`, if any, is where it starts. */
export function pagedList<E extends Endpoint>(
  http: Http,
  endpoint: E,
  params: ParamsOf<E>,
  query: Query & { cursor?: string } = {},
  options?: RequestOptions,
): ListResult<ItemOf<E>, ResponseOf<E> & Page<ItemOf<E>>> {
  const page = (cursor: string | undefined) => call(http, endpoint, { params, query: { ...query, cursor } }, options);
  return listResult(page as (cursor: string | undefined) => Promise<ResponseOf<E> & Page<ItemOf<E>>>, query.cursor);
}

/**
 * A lazy list over `fetchPage`, which takes a cursor (`undefined` for the first page). The first
 * page is fetched once, when the list is first awaited or iterated, and reused by both.
 */
export function listResult<T, P extends Page<T> = Page<T>>(fetchPage: (cursor: string | undefined) => Promise<P>, start?: string): ListResult<T, P> {
  let first: Promise<P> | undefined;
  const firstPage = () =>
    (first ??= fetchPage(start).catch((error: unknown) => {
      first = undefined; // a failed first page may be asked again
      throw error;
    }));

  async function* items(): AsyncGenerator<T, void, undefined> {
    const seen = new Set<string>();
    let page = await firstPage();
    for (;;) {
      yield* page.items;
      const cursor = page.nextCursor;
      if (cursor === null) return;
      if (seen.has(cursor)) {
        throw invalidResponse(`The API returned the cursor ${JSON.stringify(cursor)} twice: the list would never end`, [
          { path: 'nextCursor', message: 'repeated cursor' },
        ]);
      }
      seen.add(cursor);
      page = await fetchPage(cursor);
    }
  }

  return {
    then: (onFulfilled, onRejected) => firstPage().then(onFulfilled, onRejected),
    [Symbol.asyncIterator]: items,
    async toArray({ limit = Number.POSITIVE_INFINITY } = {}) {
      const all: T[] = [];
      if (!(limit > 0)) return all;
      for await (const item of items()) {
        if (all.push(item) >= limit) break;
      }
      return all;
    },
  };
}
