/**
 * Who is asking, as the connection tells (Node servers only). The socket's peer is the client,
 * unless the server sits behind proxies it was told to trust (`--trust-proxy`): then the client
 * is the rightmost address of `X-Forwarded-For` that no trusted proxy wrote. Only that header is
 * read: believing `Forwarded` as well would let a client pick the one its proxy leaves alone.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';

/** How many proxies stand in front (`1`: one reverse proxy), or their addresses. */
export type TrustProxy = number | ReadonlySet<string>;

/** `--trust-proxy 1` or `--trust-proxy 10.0.0.5,10.0.0.6`. */
export function parseTrustProxy(text: string): TrustProxy {
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops >= 1 && hops <= 10) return hops;
  } else {
    const addresses = text.split(',').map((a) => a.trim());
    if (addresses.every((a) => isIP(a) !== 0)) return new Set(addresses.map(plainAddress));
  }
  throw new Error(`--trust-proxy takes how many proxies stand in front (1 to 10) or their addresses (10.0.0.5,10.0.0.6), not ${text}`);
}

/** `::ffff:127.0.0.1` (IPv4 on an IPv6 socket) is `127.0.0.1`. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

export function isLoopback(address: string): boolean {
  const plain = plainAddress(address);
  return /^127\.\d+\.\d+\.\d+$/.test(plain) || plain === '::1';
}

/** Headers proxies add: a request carrying one may come from anywhere, whatever its socket. */
export function hasProxyHeaders(headers: IncomingHttpHeaders): boolean {
  return headers['x-forwarded-for'] !== undefined || headers['forwarded'] !== undefined || headers['x-real-ip'] !== undefined;
}

/** The client's address: the socket's peer, or what the trusted proxies report. */
export function clientAddress(peer: string | undefined, headers: IncomingHttpHeaders, trust: TrustProxy | undefined): string {
  const socket = plainAddress(peer ?? 'unknown');
  if (trust === undefined) return socket;
  const forwarded = ([] as string[]).concat(headers['x-forwarded-for'] ?? []).join(',');
  const chain = [
    ...forwarded
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    socket,
  ];
  let client = chain.length - 1;
  if (typeof trust === 'number') client = Math.max(0, client - trust);
  else while (client > 0 && trust.has(plainAddress(chain[client]!))) client--;
  return plainAddress(chain[client]!.slice(0, 64));
}
