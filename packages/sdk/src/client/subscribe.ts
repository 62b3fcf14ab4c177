import { isBudgetCitoyenError, type BudgetCitoyenError } from '../errors.js';
import { Results } from '../schemas/results.js';
import { parseBody } from './response.js';
import type { SubscribeOptions } from './types.js';

/** The part of the DOM's `EventSource` used here, so the SDK needs no DOM typings. */
interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}
type EventSourceConstructor = new (url: string) => EventSourceLike;

const CLOSED = 2;
/** Errors before the first event after which the stream is given up for polling. */
const STREAM_ATTEMPTS = 2;
const MIN_POLL_MS = 50;

export interface ResultsSource {
  /** `results.get`: revalidates with If-None-Match, so an unchanged result costs a 304. */
  get(signal: AbortSignal): Promise<Results>;
  streamUrl: string;
}

/**
 * Live results: Server-Sent Events where `EventSource` exists, else (or when the stream fails)
 * polling. `onResults` is called with each result that differs from the last one delivered
 * (another `status` or a later `computedAt`); an older result is never delivered after a newer.
 */
export function subscribeResults(
  source: ResultsSource,
  onResults: (results: Results) => void,
  options: SubscribeOptions = {},
): () => void {
  const { signal, onError, transport = 'auto' } = options;
  const interval = Math.max(MIN_POLL_MS, options.pollIntervalMs ?? 30_000);
  const firstEventTimeout = options.firstEventTimeoutMs ?? 10_000;
  let closed = false;
  let last: { key: string; at: number } | undefined;
  let stream: EventSourceLike | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;
  let silence: ReturnType<typeof setTimeout> | undefined;

  const report = (error: BudgetCitoyenError) => {
    if (!closed) onError?.(error);
  };

  const deliver = (results: Results) => {
    const key = `${results.status} ${results.computedAt}`;
    const at = Date.parse(results.computedAt);
    if (closed || key === last?.key || (last && at < last.at)) return;
    last = { key, at };
    onResults(results);
  };

  const poll = async () => {
    pending = new AbortController();
    let results: Results | undefined;
    try {
      results = await source.get(pending.signal);
    } catch (error) {
      if (isBudgetCitoyenError(error)) report(error); // else: the abort of unsubscribe
    }
    if (closed) return;
    timer = setTimeout(poll, interval);
    // Outside the try: should onResults throw, that is the caller's bug to see, not an API error.
    if (results) deliver(results);
  };

  const listen = (EventSource: EventSourceConstructor) => {
    const events = new EventSource(source.streamUrl);
    stream = events;
    let received = false;
    let failures = 0;
    const giveUp = () => {
      clearTimeout(silence);
      events.close();
      stream = undefined;
      void poll();
    };
    // The server sends the current results as soon as the stream opens. Silence means the
    // stream is held somewhere on the way (a buffering proxy, a service worker that cannot
    // stream): EventSource would wait forever without an error, so poll instead.
    silence = setTimeout(() => {
      if (!closed && !received) giveUp();
    }, firstEventTimeout);
    events.addEventListener('results', (event) => {
      received = true;
      clearTimeout(silence);
      failures = 0;
      let results: Results;
      try {
        results = parseBody(Results, String(event.data), 'A results event');
      } catch (error) {
        return report(error as BudgetCitoyenError);
      }
      deliver(results);
    });
    events.addEventListener('error', () => {
      failures++;
      // EventSource reconnects by itself; give up only when it has stopped, or never got through.
      if (closed || (events.readyState !== CLOSED && (received || failures < STREAM_ATTEMPTS))) return;
      giveUp();
    });
  };

  const unsubscribe = () => {
    if (closed) return;
    closed = true;
    stream?.close();
    clearTimeout(silence);
    clearTimeout(timer);
    pending?.abort();
    signal?.removeEventListener('abort', unsubscribe);
  };

  if (signal?.aborted) return unsubscribe;
  signal?.addEventListener('abort', unsubscribe, { once: true });
  const EventSource = (globalThis as { EventSource?: EventSourceConstructor }).EventSource;
  if (transport !== 'poll' && typeof EventSource === 'function') listen(EventSource);
  else void poll();
  return unsubscribe;
}
