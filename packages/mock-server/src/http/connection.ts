/**
 * What the connection says about a request, as the runtime that received it tells: never a
 * header, which any client can set. The standalone server files each request's facts in the
 * mock's `connections` map (`MockApi.handle`); the route layer reads them back here.
 */
import type { ClockReading } from '../store/clock.js';

export interface Connection {
  /**
   * The client's address: the socket's peer, or behind a proxy the server was told to trust
   * (`--trust-proxy`), the address that proxy reports. Rate limits count per address.
   */
  address: string;
  /** Whether the mock's controls (`/__mock/*`) answer it: a request from this machine, or any with `--allow-remote-controls`. */
  controls: boolean;
  /** A request replayed from the journal (`--data`): the instant it ran at, the secrets it drew. */
  replay?: Replayed;
}

export interface Replayed {
  at: ClockReading;
  draws: string[];
  /** Filled by the route: what the replayed request answered, to compare with the journal. */
  outcome?: { status: number; digest?: string };
}

/**
 * In the browser (service worker) and msw/node there is no connection: every request comes
 * from the one page or process that runs the mock, one client with one bucket.
 */
export const IN_PROCESS: Connection = Object.freeze({ address: 'local', controls: true });

export function connectionOf(connections: WeakMap<Request, Connection>, request: Request): Connection {
  return connections.get(request) ?? IN_PROCESS;
}
