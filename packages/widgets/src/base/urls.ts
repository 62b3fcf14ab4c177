/**
 * URLs from attributes or from the API, made safe before they reach `href` or `src`: a page's
 * attribute or a citizen's project must never smuggle `javascript:` into a widget.
 */

/** An `http(s)` URL, resolved against `base`; anything else (javascript:, data:…) is dropped. */
export function safeUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An image URL safe for `<img src>`: `http(s)`, or an inline raster/SVG `data:` image (an SVG
 * loaded as an image runs no script). A page's CSP then needs `img-src data:` for the latter.
 */
export function safeImageUrl(value: string | undefined, base: string): string | undefined {
  if (value && /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i.test(value.trim())) return value.trim();
  return safeUrl(value, base);
}

/** `ballot-url` with `?projet=<id>` added, keeping its own query and hash. */
export function ballotHref(ballotUrl: string | undefined, projectId: string): string | undefined {
  const safe = safeUrl(ballotUrl, document.baseURI);
  if (!safe) return undefined;
  const url = new URL(safe);
  url.searchParams.set('projet', projectId);
  return url.href;
}
