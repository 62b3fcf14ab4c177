// A real Server-Sent Events stream for the browser tests, served by web-test-runner's dev
// server: MSW's service worker cannot keep a mocked body open in WebKit (mswjs/msw#1771), so a
// test that must see events pushed over a live HTTP stream lets the stream request pass through
// the worker (MSW's `passthrough()`) to this middleware, and posts each event's data here.
//
//   POST   /__sse-relay   body: the next `results` event's data; sent to every open stream
//                         and kept as the first event of the streams opened later
//   DELETE /__sse-relay   ends every stream and forgets the data
//   GET    /api/v1/…/results/stream   the stream itself (reached when passed through, and only
//                                     served while there is data: else the dev server's 404)
const RELAY = '/__sse-relay';

export function sseRelay() {
  const streams = new Set();
  let last;
  const send = (res, data) => res.write(`event: results\ndata: ${data}\n\n`);

  return async function sseRelayMiddleware(context, next) {
    if (context.path === RELAY && context.method === 'POST') {
      let data = '';
      for await (const chunk of context.req) data += chunk;
      last = data.replace(/\n/g, ' ');
      for (const res of streams) send(res, last);
      context.status = 204;
      return;
    }
    if (context.path === RELAY && context.method === 'DELETE') {
      for (const res of streams) res.end();
      streams.clear();
      last = undefined;
      context.status = 204;
      return;
    }
    // Only once a test has published: any other stream request that reaches the server (one
    // the service worker did not take, as can happen while it starts) gets the usual 404, and
    // EventSource retries it, rather than a stream that would never speak.
    if (last !== undefined && context.method === 'GET' && /^\/api\/v1\/campaigns\/[^/]+\/results\/stream$/.test(context.path)) {
      context.respond = false; // this middleware writes the response itself, and keeps it open
      const res = context.res;
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      res.write('retry: 600000\n\n');
      send(res, last);
      streams.add(res);
      context.req.on('close', () => streams.delete(res));
      return;
    }
    await next();
  };
}
