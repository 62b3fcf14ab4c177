/**
 * Cursor pagination: `?limit=` (1–100, default 20) and an opaque `?cursor=` that encodes the
 * offset and a fingerprint of the query it belongs to, so a cursor replayed on another query
 * (other filters, sort or seed) is refused rather than silently skipping or repeating items.
 */
import type { Page } from '@budget-citoyen/sdk/schemas';
import { canonicalJson, hashHex } from '../util/hash.js';
import { ApiProblem } from './problem.js';

export const DEFAULT_LIMIT = 20;

export function queryFingerprint(query: Record<string, unknown>): string {
  const { limit: _limit, cursor: _cursor, ...rest } = query;
  return hashHex(canonicalJson(rest)).slice(0, 10);
}

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

export function encodeCursor(offset: number, fingerprint: string): string {
  return toBase64Url(`${offset}.${fingerprint}`);
}

function decodeCursor(cursor: string, fingerprint: string): number {
  let decoded = '';
  try {
    decoded = fromBase64Url(cursor);
  } catch {
    // Falls through to the refusal below.
  }
  const match = /^(\d{1,9})\.([0-9a-f]{10})$/.exec(decoded);
  if (!match) throw badCursor('is not a cursor of this API');
  if (match[2] !== fingerprint) throw badCursor('belongs to another query (filters, sort or seed changed)');
  return Number(match[1]);
}

function badCursor(message: string): ApiProblem {
  return new ApiProblem('validation_failed', { detail: 'Invalid cursor: start again from the first page.', errors: [{ path: 'cursor', message }] });
}

export function paginate<T>(items: readonly T[], query: { limit?: number | undefined; cursor?: string | undefined } & Record<string, unknown>): Page<T> {
  const fingerprint = queryFingerprint(query);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor, fingerprint);
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(end, fingerprint) : null,
    total: items.length,
  };
}
