/** CORS preflight, the API's index, and the answers for what no handler matched. */
import { http, type HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { endpoints, pathOf, type Endpoint } from '@budget-citoyen/sdk';
import { ApiProblem, problemResponse } from '../http/problem.js';
import { ALLOWED_HEADERS, ALLOWED_METHODS, json, withCors } from '../http/respond.js';
import { allowedMethods, compilePath, rawRoute } from '../http/route.js';

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
        return withCors(problemResponse(new ApiProblem('validation_failed', { detail: 'The request path has an invalid percent-encoding.' })));
      }
    }),
  ];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function indexHandlers(ctx: MockContext): HttpHandler[] {
  return [
    // Counted and failed like the API's reads, unlike the mock's controls.
    rawRoute(ctx, 'get', endpoints.getIndex.path, 'read', ({ request, url }) => {
      const base = url.href.replace(/\/$/, '');
      const at = (endpoint: Endpoint) => base + pathOf(endpoint, {});
      return json(request, {
        title: 'Budget citoyen du Pas-de-Calais — API v1 (serveur fictif)',
        campaigns: at(endpoints.listCampaigns),
        communes: at(endpoints.listCommunes),
        mock: { clock: at(endpoints.getMockClock), reset: at(endpoints.resetMock), outbox: at(endpoints.getMockOutbox), config: at(endpoints.getMockConfig) },
      });
    }),
  ];
}

/** Last in the list: 405 on a known path with another method, 404 problem on anything else under the base. */
export function fallbackHandlers(ctx: MockContext): HttpHandler[] {
  const fallback = rawRoute(ctx, 'all', '/*', 'read', ({ request, url }) => {
    const allowed = allowedMethods(ctx, url);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      throw new ApiProblem('method_not_allowed', { detail: `Use ${allowed.join(' or ')} on this path.`, headers: { Allow: allowed.join(', ') } });
    }
    throw new ApiProblem('not_found', { detail: 'No such endpoint in API v1.' });
  });
  const bare = rawRoute(ctx, 'all', '', 'read', ({ request }) => {
    throw new ApiProblem('method_not_allowed', { detail: `Use GET on the API's index, not ${request.method}.`, headers: { Allow: 'GET' } });
  });
  return [fallback, bare];
}
