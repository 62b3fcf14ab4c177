/** CORS preflight, the API's index, and the answers for what no handler matched. */
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { ApiProblem, problemResponse } from '../http/problem.js';
import { ALLOWED_HEADERS, ALLOWED_METHODS, json, withCors } from '../http/respond.js';
import { allowedMethods, compilePath, route } from '../http/route.js';

export function preflightHandlers(ctx: MockContext): HttpHandler[] {
  const preflight = ({ request }: { request: Request }) =>
    withCors(
      new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': request.headers.get('Access-Control-Request-Headers') || ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Access-Control-Request-Headers',
        },
      }),
    );
  return [http.options(compilePath(ctx.base, ''), preflight), http.options(compilePath(ctx.base, '/*'), preflight)];
}

/**
 * First in line: a path msw cannot decode (broken percent-encoding) would make its own URL
 * matching throw; it is answered 400 here, before any handler with parameters looks at it.
 */
export function guardHandlers(ctx: MockContext): HttpHandler[] {
  const prefix = ctx.base.startsWith('*') ? '^[^?#]*' + escapeRegExp(ctx.base.slice(1)) : '^' + escapeRegExp(ctx.base);
  return [
    http.all(new RegExp(`${prefix}(?:/|$)`), ({ request }) => {
      const { pathname } = new URL(request.url);
      try {
        for (const segment of pathname.split('/')) decodeURIComponent(segment);
        return undefined;
      } catch {
        return withCors(problemResponse(new ApiProblem(400, 'validation_failed', { detail: 'The request path has an invalid percent-encoding.' })));
      }
    }),
  ];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function indexHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, 'get', '', 'read', ({ request, url }) => {
      const base = url.href.replace(/\/$/, '');
      return json(request, {
        title: 'Budget citoyen du Pas-de-Calais — API v1 (serveur fictif)',
        campaigns: `${base}/campaigns`,
        communes: `${base}/communes`,
        mock: { clock: `${base}/__mock/clock`, reset: `${base}/__mock/reset`, outbox: `${base}/__mock/outbox`, config: `${base}/__mock/config` },
      });
    }),
  ];
}

/** Last in the list: 405 on a known path with another method, 404 problem on anything else under the base. */
export function fallbackHandlers(ctx: MockContext): HttpHandler[] {
  const fallback = route(ctx, 'all', '/*', 'read', ({ request, url }) => {
    const allowed = allowedMethods(ctx, url);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      throw new ApiProblem(405, 'method_not_allowed', { detail: `Use ${allowed.join(' or ')} on this path.`, headers: { Allow: allowed.join(', ') } });
    }
    throw new ApiProblem(404, 'not_found', { detail: 'No such endpoint in API v1.' });
  });
  const bare = route(ctx, 'all', '', 'read', ({ request }) => {
    throw new ApiProblem(405, 'method_not_allowed', { detail: `Use GET on the API's index, not ${request.method}.`, headers: { Allow: 'GET' } });
  });
  return [fallback, bare];
}
