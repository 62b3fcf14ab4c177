/**
 * Per-test answers the contract-following mock never gives: a server that got its data wrong,
 * an event stream pushed by hand. Used with `worker.use(…)`; `resetMock()` removes them.
 */
import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { mock } from './mock.js';

/** The mock's JSON answer on `route`, changed by `mutate` before it leaves. */
export function alterJson<T extends JsonBodyType>(route: string, mutate: (body: T) => void): HttpHandler {
  return http.get(route, async ({ request }) => {
    const response = await mock.fetch(request);
    const body = (await response.json()) as T;
    mutate(body);
    return HttpResponse.json(body, { status: response.status });
  });
}

/** A results stream with this one event, which then ends, EventSource told not to come back within a test. */
export function resultsEvent(body: unknown): HttpResponse<string> {
  return new HttpResponse(`retry: 600000\n\nevent: results\ndata: ${JSON.stringify(body)}\n\n`, {
    headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' },
  });
}
