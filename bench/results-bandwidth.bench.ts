// What one subscriber to the live results costs on the wire while nothing changes: polling with
// If-None-Match (a 304 every 30 s, the SDK's and <bc-live-results>' default) and Server-Sent
// Events (a keep-alive comment every 15 s from the mock server). Figures, not assertions: they
// land in BENCHMARKS.md ("Live results bandwidth").
//
// Method. The mock server's standalone HTTP server (packages/mock-server/src/server.ts, the
// handlers every client sees) runs in this process with its clock stopped in the 2026 vote
// (live results on, no ballot arriving, so the result never changes). Bytes are counted on the
// server's sockets (`bytesWritten`: status line, headers, chunked framing and body, exactly what
// HTTP/1.1 puts on the wire; `bytesRead` for the requests). Time is compressed SPEEDUP times:
// the SDK polls every 30 s / SPEEDUP, and the server's keep-alive timer (its only `setInterval`)
// fires every 15 s / SPEEDUP, so SIM_MINUTES simulated minutes take SIM_MINUTES × 60 s / SPEEDUP;
// both transports' steady costs are per event (one 304 exchange, one comment), so compressing time
// changes their count, not their size: the per-minute figure is the measured bytes per event times
// the events of a real minute (2 polls, 4 comments). The raw count is printed too: in compressed
// time each poll's own latency weighs more (poll interval + answer), so fewer polls fit the window.
import { cpus } from 'node:os';
import type { Socket } from 'node:net';
import { writeReport } from './support.js';

const SPEEDUP = 60;
const SIM_MINUTES = 10;
const POLL_MS = 30_000;
/** The mock server's keep-alive period (`KEEP_ALIVE_MS` in its results handler). */
const KEEP_ALIVE_MS = 15_000;
const CAMPAIGN = 'bc-2026';
const TARGET_BYTES_PER_MINUTE = 2_000;

// Before the server module loads: its keep-alive timer runs SPEEDUP times faster.
const realSetInterval = globalThis.setInterval;
globalThis.setInterval = ((callback: () => void, ms?: number, ...args: unknown[]) =>
  realSetInterval(callback, Math.max(1, (ms ?? 0) / SPEEDUP), ...args)) as typeof setInterval;

const { startMockHttpServer } = await import('@budget-citoyen/mock-server/server');
const { createClient } = await import('@budget-citoyen/sdk');

const realMs = (SIM_MINUTES * 60_000) / SPEEDUP;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A mock server whose sockets are counted, with the status of every answer. */
async function countedServer() {
  const started = await startMockHttpServer({ port: 0, rateLimit: false });
  const sockets: Socket[] = [];
  const statuses: number[] = [];
  started.server.on('connection', (socket: Socket) => sockets.push(socket));
  started.server.on('request', (_req, res) => res.on('finish', () => statuses.push(res.statusCode)));
  const bytes = () => ({
    down: sockets.reduce((n, s) => n + s.bytesWritten, 0),
    up: sockets.reduce((n, s) => n + s.bytesRead, 0),
  });
  return { ...started, sockets, statuses, bytes };
}

async function measurePolling() {
  const server = await countedServer();
  const client = createClient({ baseUrl: server.url, retry: 0 });
  let deliveries = 0;
  let first!: () => void;
  const firstArrived = new Promise<void>((resolve) => (first = resolve));
  const errors: unknown[] = [];
  const unsubscribe = client.results.subscribe(
    CAMPAIGN,
    () => {
      deliveries++;
      first();
    },
    { transport: 'poll', pollIntervalMs: POLL_MS / SPEEDUP, onError: (e) => errors.push(e) },
  );
  await firstArrived;
  await sleep(20); // the first answer's last bytes are written
  const start = server.bytes();
  const firstAnswer = start.down;
  const before = server.statuses.length;
  await sleep(realMs);
  unsubscribe();
  await sleep(20);
  const end = server.bytes();
  const answers = server.statuses.slice(before);
  await server.close();
  if (errors.length) throw new Error(`polling failed: ${String(errors[0])}`);
  const notModified = answers.filter((s) => s === 304).length;
  return {
    firstAnswer,
    polls: answers.length,
    notModified,
    deliveries,
    downPerMinute: ((end.down - start.down) / answers.length) * (60_000 / POLL_MS),
    upPerMinute: ((end.up - start.up) / answers.length) * (60_000 / POLL_MS),
    perPoll: { down: (end.down - start.down) / answers.length, up: (end.up - start.up) / answers.length },
  };
}

async function measureSse() {
  const server = await countedServer();
  const abort = new AbortController();
  const response = await fetch(`${server.url}/campaigns/${CAMPAIGN}/results/stream`, {
    headers: { accept: 'text/event-stream' },
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while (!text.includes('event: results')) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended before the first event');
    text += value;
  }
  await sleep(20);
  const start = server.bytes();
  const connectCost = start.down;
  let comments = 0;
  let events = 0;
  const reading = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        comments += value.match(/^: keep-alive$/gm)?.length ?? 0;
        events += value.match(/^event: results$/gm)?.length ?? 0;
      }
    } catch {
      // Aborted at the end of the window.
    }
  })();
  await sleep(realMs);
  const end = server.bytes();
  abort.abort();
  await reading;
  await server.close();
  return {
    connectCost,
    comments,
    events,
    downPerMinute: comments ? ((end.down - start.down) / comments) * (60_000 / KEEP_ALIVE_MS) : 0,
    upPerMinute: ((end.up - start.up) / SIM_MINUTES),
    perComment: comments ? (end.down - start.down) / comments : 0,
  };
}

const polling = await measurePolling();
const sse = await measureSse();

const b = (n: number) => `${Math.round(n).toLocaleString('en-GB')} B`;
const verdict = (n: number) => (n < TARGET_BYTES_PER_MINUTE ? 'met' : 'NOT met');
const date = new Date().toISOString().slice(0, 10);
const report = [
  `Machine: ${cpus().length} cores, Node ${process.version}, ${process.platform}/${process.arch}. Run: \`node scripts/bench.mjs results-bandwidth\` on ${date}.`,
  '',
  'One subscriber, result unchanged (campaign `bc-2026` during its vote, live results, mock clock stopped), mock server',
  '`packages/mock-server/src/server.ts` over HTTP/1.1 on loopback. Bytes counted on the server\'s sockets.',
  `Time compressed ${SPEEDUP}×: ${SIM_MINUTES} simulated minutes in ${realMs / 1000} s (poll interval and keep-alive timer both divided by ${SPEEDUP});`,
  'per minute = bytes per event × events in a real minute.',
  '',
  '| Transport, nothing changing | Down (responses) per minute | Up (requests) per minute | What is sent |',
  '| --- | ---: | ---: | --- |',
  `| Polling, \`If-None-Match\` every 30 s (SDK \`transport: 'poll'\`) | ${b(polling.downPerMinute)} | ${b(polling.upPerMinute)} | 2 × 304 a minute: ${b(polling.perPoll.down)} each (headers only), requests ${b(polling.perPoll.up)} each; ${polling.notModified} of ${polling.polls} answers measured were 304 |`,
  `| Server-Sent Events, keep-alive comment every 15 s | ${b(sse.downPerMinute)} | ${b(sse.upPerMinute)} | 4 × \`: keep-alive\` a minute: ${b(sse.perComment)} each with chunk framing; ${sse.comments} comments and ${sse.events} results events measured |`,
  '',
  `Once per subscription, not per minute: polling's first answer (200, full body and headers) ${b(polling.firstAnswer)}; the`,
  `stream's opening (headers, \`retry:\`, the first \`event: results\`) ${b(sse.connectCost)}. <bc-live-results> subscribes again`,
  'when a hidden tab becomes visible (it unsubscribes while hidden) and after an error: by polling that costs one more 304',
  '(the SDK client keeps the ETag), by SSE the whole opening again. The SDK delivered the unchanged result once, then',
  `nothing (${polling.deliveries} delivery while polling).`,
  '',
  'Not counted: TCP/IP and TLS framing (roughly 50–90 bytes per segment each way, plus ACKs), which weighs on polling\'s',
  'two exchanges a minute more than on four one-way comments; a browser\'s requests also carry more headers than Node\'s',
  '(User-Agent, Sec-Fetch-*, Accept-Language: typically +0.3–0.6 KB per poll upstream). HTTP/2 would shrink both with',
  'header compression. The polling connection is reused here (500 ms apart); at a real 30 s apart a new TCP (and TLS)',
  'connection is usually opened for each poll, which adds handshakes but no HTTP bytes.',
  '',
  `Target: under 2 KB/min when nothing changes → polling ${verdict(polling.downPerMinute)} (responses; ${verdict(polling.downPerMinute + polling.upPerMinute)} with requests), SSE ${verdict(sse.downPerMinute)}.`,
];
console.log(report.join('\n'));

writeReport('results-bandwidth', 'Live results bandwidth', report);
