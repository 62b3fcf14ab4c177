/** A `Map` that forgets its least recently used entry past `max` entries. */
export class LruMap<K, V> {
  readonly #map = new Map<K, V>();
  constructor(readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.#map.get(key);
    if (value !== undefined) {
      this.#map.delete(key);
      this.#map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.max) this.#map.delete(this.#map.keys().next().value as K);
  }

  delete(key: K): void {
    this.#map.delete(key);
  }

  get size(): number {
    return this.#map.size;
  }
}

interface Flight {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

/**
 * Runs one request per key at a time: a call made while the same request is in flight waits for
 * it instead of sending another. Each caller keeps its own `signal`: aborting one caller rejects
 * that caller only, and the shared request is aborted only once every caller has gone.
 */
export function inFlight() {
  const flights = new Map<string, Flight>();
  const forget = (key: string, flight: Flight) => {
    if (flights.get(key) === flight) flights.delete(key);
  };

  return function share<T>(key: string, signal: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let flight = flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const started: Flight = { promise: run(controller.signal), controller, callers: 0 };
      started.promise.then(
        () => forget(key, started),
        () => forget(key, started),
      );
      flights.set(key, (flight = started));
    }
    const current = flight;
    current.callers++;
    if (!signal) {
      // A caller without a signal can never leave: the request must run to its end.
      current.callers = Number.POSITIVE_INFINITY;
      return current.promise as Promise<T>;
    }
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(signal.reason);
        if (--current.callers === 0) {
          forget(key, current);
          current.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      (current.promise as Promise<T>).then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  };
}
