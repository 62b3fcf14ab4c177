import { DossierRequest, type DossierReceipt } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { readJson } from '../http/body.js';
import { idempotent } from '../http/idempotency.js';
import { ApiProblem } from '../http/problem.js';
import { parseBody, requireParam } from '../http/query.js';
import { json } from '../http/respond.js';
import { allowedMethods, clientKey, route } from '../http/route.js';
import { assertPhaseOpen } from '../store/phases.js';

export function dossierHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, 'post', '/campaigns/:campaignId/dossiers', 'write', async ({ request, params }) => {
      const { value } = await readJson(request);
      return idempotent(ctx, request, clientKey(request), value, () => {
        const campaignId = requireParam(params.campaignId, 'campaign');
        const now = ctx.clock.now();
        // The phase first: a closed dépôt says so, whatever the form holds.
        assertPhaseOpen(ctx.store.campaign(campaignId), 'depot', now);
        const body = parseBody(value, DossierRequest);
        const dossier = ctx.store.submitDossier(campaignId, body, now);
        const data: DossierReceipt = { id: dossier.id, status: 'submitted', receiptCode: dossier.receiptCode };
        return { status: 201, data };
      });
    }),
    route(ctx, 'get', '/campaigns/:campaignId/dossiers/:dossierId', 'read', ({ request, params, url }) => {
      const receipt = url.searchParams.get('receipt');
      if (!receipt) {
        throw new ApiProblem(400, 'validation_failed', {
          detail: 'The receipt code is required: GET …/dossiers/{id}?receipt=…',
          errors: [{ path: 'receipt', message: 'required' }],
        });
      }
      const view = ctx.store.holderDossier(requireParam(params.campaignId, 'campaign'), requireParam(params.dossierId, 'dossier'), receipt);
      return json(request, view, { cacheControl: 'private, no-cache' });
    }),
  ];
}

/**
 * A submitted dossier is never modified: PUT, PATCH and DELETE on any dossier path, public or
 * admin, existing or not, answer 405 `dossier_immutable` (the same for all, so the answer
 * tells nothing about which dossiers exist).
 */
export function dossierImmutableHandlers(ctx: MockContext): HttpHandler[] {
  const paths = [
    '/campaigns/:campaignId/dossiers',
    '/campaigns/:campaignId/dossiers/*',
    '/admin/campaigns/:campaignId/dossiers',
    '/admin/campaigns/:campaignId/dossiers/*',
  ];
  return paths.flatMap((path) =>
    (['put', 'patch', 'delete'] as const).map((method) =>
      route(ctx, method, path, 'write', ({ url }) => {
        throw new ApiProblem(405, 'dossier_immutable', {
          detail: 'A submitted dossier can never be modified or withdrawn. Submit a new dossier if needed.',
          headers: { Allow: allowedMethods(ctx, url).join(', ') || 'GET' },
        });
      }),
    ),
  );
}
