import { getResults, streamResults } from '../contract/results.js';
import type { Results } from '../schemas/results.js';
import { call, pathFor } from './call.js';
import type { Http } from './http.js';
import { subscribeResults } from './subscribe.js';
import type { RequestOptions, SubscribeOptions } from './types.js';

export function results(http: Http) {
  const get = (campaignId: string, options?: RequestOptions): Promise<Results> => call(http, getResults, { params: { campaignId } }, options);
  return {
    /** Before the vote closes, `results_not_public` (a PermissionError) unless the campaign shows live results. */
    get,
    /**
     * Calls `onResults` with the results now, then each time they change, until the returned
     * function is called (or `options.signal` aborts). See {@link SubscribeOptions}.
     */
    subscribe: (campaignId: string, onResults: (results: Results) => void, options?: SubscribeOptions): (() => void) =>
      subscribeResults(
        { get: (signal) => get(campaignId, { signal }), streamUrl: http.url(pathFor(streamResults, { campaignId })) },
        onResults,
        options,
      ),
  };
}
