import { endpoints } from '@budget-citoyen/sdk';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { ApiProblem } from '../http/problem.js';
import { paginate } from '../http/pagination.js';
import { json } from '../http/respond.js';
import { route } from '../http/route.js';
import { toParisIso } from '../util/time.js';

const DOSSIER_STATUSES = ['submitted', 'labelled', 'rejected'];

export function adminHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, endpoints.listDossiers, (input) => {
      const campaign = ctx.store.campaign(input.params.campaignId);
      const { query, url } = input;
      // `?status=` narrows the committee's list.
      const status = url.searchParams.get('status') || undefined;
      if (status !== undefined && !DOSSIER_STATUSES.includes(status)) {
        throw new ApiProblem('validation_failed', { detail: 'Invalid status filter.', errors: [{ path: 'status', message: `must be one of ${DOSSIER_STATUSES.join(', ')}` }] });
      }
      const dossiers = ctx.store
        .dossiers(campaign.id)
        .filter((d) => !status || d.status === status)
        .sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : 1))
        .map((d) => ctx.store.adminDossier(d));
      return json(input.request, paginate(dossiers, { ...query, status }), { cacheControl: 'private, no-cache' });
    }),
    route(ctx, endpoints.getAdminDossier, ({ request, params }) =>
      json(request, ctx.store.adminDossier(ctx.store.dossier(params.campaignId, params.dossierId)), { cacheControl: 'private, no-cache' }),
    ),
    route(
      ctx,
      endpoints.decideDossier,
      ({ params, body, now }) => ctx.store.adminDossier(ctx.store.decide(params.campaignId, params.dossierId, body, now)),
      // A decided dossier answers `decision_final` in any phase.
      { beforePhase: ({ params }) => !ctx.store.dossier(params.campaignId, params.dossierId).decision },
    ),
    route(ctx, endpoints.markAttendance, ({ params, body }) => ctx.store.markAttendance(params.campaignId, params.comptoirId, body.codes)),
    route(ctx, endpoints.listRegistrations, (input) => {
      const campaign = ctx.store.campaign(input.params.campaignId);
      const comptoir = ctx.store.comptoir(campaign.id, input.params.comptoirId);
      const items = ctx.store
        .registrations(comptoir.id)
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        .map((r) => ({
          id: r.id,
          name: r.name,
          email: r.email,
          code: r.code,
          status: r.status,
          attended: r.attended,
          usedByDossier: r.usedByDossierId !== null,
          registeredAt: toParisIso(r.createdAt),
        }));
      return json(input.request, paginate(items, input.query), { cacheControl: 'private, no-cache' });
    }),
  ];
}
