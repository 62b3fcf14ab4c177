/** Responses as the contract wants them: JSON with ETag and revalidation on GET, CORS everywhere. */
import { hashHex } from '../util/hash.js';

export const EXPOSED_HEADERS = 'ETag, Retry-After, Idempotent-Replayed, Location, WWW-Authenticate, Cache-Control, Content-Disposition';
export const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, Last-Event-ID, Cache-Control';
export const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

/** Open to every origin: the widgets are embedded on any site. No cookies, so `*` is safe. */
export function withCors(response: Response): Response {
  if (response.type === 'error') return response;
  try {
    response.headers.set('Access-Control-Allow-Origin', '*');
    response.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    return response;
  } catch {
    // Immutable headers (a Response from elsewhere): copy it.
    const copy = new Response(response.body, response);
    copy.headers.set('Access-Control-Allow-Origin', '*');
    copy.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    return copy;
  }
}

/** A weak validator of the exact bytes: same body, same ETag. */
export function etagOf(body: string): string {
  return `W/"${hashHex(body)}-${body.length.toString(36)}"`;
}

/** RFC 9110 §13.1.2: weak comparison, a list of tags or `*`. */
export function matchesIfNoneMatch(request: Request, etag: string): boolean {
  const header = request.headers.get('If-None-Match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

export interface BodyOptions {
  status?: number;
  headers?: Record<string, string>;
  /** @default 'no-cache' on GET (store, but revalidate with the ETag) */
  cacheControl?: string;
}

/** A GET's 200 or 304; any other method's answer without validator. */
export function respondWith(request: Request, body: string, contentType: string, options: BodyOptions = {}): Response {
  const status = options.status ?? 200;
  const headers: Record<string, string> = { 'Content-Type': contentType, ...options.headers };
  if (request.method === 'GET' && status === 200) {
    const etag = etagOf(body);
    headers['ETag'] = etag;
    headers['Cache-Control'] = options.cacheControl ?? 'no-cache';
    if (matchesIfNoneMatch(request, etag)) {
      const { 'Content-Type': _dropped, ...rest } = headers;
      return new Response(null, { status: 304, headers: rest });
    }
  } else {
    headers['Cache-Control'] = options.cacheControl ?? 'no-store';
  }
  return new Response(body, { status, headers });
}

export function json(request: Request, data: unknown, options: BodyOptions = {}): Response {
  return respondWith(request, JSON.stringify(data), 'application/json; charset=utf-8', options);
}
