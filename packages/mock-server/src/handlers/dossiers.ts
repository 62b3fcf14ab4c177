import { endpoints, IMMUTABLE_DOSSIERS } from '@budget-citoyen/sdk';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { ApiProblem } from '../http/problem.js';
import { json } from '../http/respond.js';
import { allowedMethods, rawRoute, route, type Method } from '../http/route.js';

export function dossierHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, endpoints.submitDossier, ({ params, body, now }) => {
      const dossier = ctx.store.submitDossier(params.campaignId, body, now);
      return { id: dossier.id, status: 'submitted' as const, receiptCode: dossier.receiptCode };
    }),
    route(ctx, endpoints.getDossier, ({ request, params, query }) => {
      const { receipt } = query;
      return json(request, ctx.store.holderDossier(params.campaignId, params.dossierId, receipt), { cacheControl: 'private, no-cache' });
    }),
  ];
}

/**
 * A submitted dossier is never modified: PUT, PATCH and DELETE on any dossier path, public or
 * admin, existing or not, answer 405 `dossier_immutable` (the same for all, so the answer
 * tells nothing about which dossiers exist).
 */
export function dossierImmutableHandlers(ctx: MockContext): HttpHandler[] {
  const paths = IMMUTABLE_DOSSIERS.paths.flatMap((path) => [path, `${path}/*`]);
  return paths.flatMap((path) =>
    IMMUTABLE_DOSSIERS.methods.map((method) =>
      rawRoute(ctx, method.toLowerCase() as Method, path, 'write', ({ url }) => {
        throw new ApiProblem(IMMUTABLE_DOSSIERS.problem, {
          detail: 'A submitted dossier can never be modified or withdrawn. Submit a new dossier if needed.',
          headers: { Allow: allowedMethods(ctx, url).join(', ') || 'GET' },
        });
      }),
    ),
  );
}
