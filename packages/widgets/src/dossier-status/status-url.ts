/**
 * A dossier's id and receipt code in a page's address, for `<bc-dossier-status>`: read from its
 * query (`?dossier=…&code=…`, a link in an e-mail, say) or its fragment (`#dossier=…&code=…`,
 * the form's receipt links so: a fragment never reaches a server's logs), then removed with
 * `history.replaceState`, so that the code stays in neither the address bar nor the history.
 */
import { safeUrl } from '../base/urls.js';

const PARAMS = ['dossier', 'code'] as const;

/** `status-url` with a dossier's id and code in its fragment; `undefined` when the URL is not http(s). */
export function statusHref(statusUrl: string | undefined, id?: string, code?: string): string | undefined {
  const safe = safeUrl(statusUrl, document.baseURI);
  if (!safe || !id || !code) return safe;
  const url = new URL(safe);
  url.hash = new URLSearchParams({ dossier: id, code }).toString();
  return url.href;
}

/** The id and code in the page's address, if any, then gone from it. */
export function takeFromAddress(): { id: string; code: string } | undefined {
  const url = new URL(location.href);
  const hash = new URLSearchParams(url.hash.slice(1));
  const from = PARAMS.some((p) => url.searchParams.has(p)) ? url.searchParams : PARAMS.some((p) => hash.has(p)) ? hash : undefined;
  if (!from) return undefined;
  const found = { id: from.get('dossier')?.trim() ?? '', code: from.get('code')?.trim() ?? '' };
  for (const p of PARAMS) from.delete(p);
  if (from === hash) url.hash = hash.toString();
  history.replaceState(history.state, '', url.href);
  return found;
}
