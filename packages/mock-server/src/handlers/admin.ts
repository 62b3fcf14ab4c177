import { AttendanceRequest, Decision, PageQuery, type AdminDossier, type AttendanceResult } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { readJson } from '../http/body.js';
import { idempotent } from '../http/idempotency.js';
import { ApiProblem, notFound } from '../http/problem.js';
import { paginate } from '../http/pagination.js';
import { parseBody, parseQuery, requireParam } from '../http/query.js';
import { json } from '../http/respond.js';
import { bearerToken, route } from '../http/route.js';
import { assertPhaseOpen } from '../store/phases.js';
import { toParisIso } from '../util/time.js';

const DOSSIER_STATUSES = ['submitted', 'labelled', 'rejected'];

/** The committee's token; a voter's token is recognised and refused (403), anything else is 401. */
export function requireAdmin(ctx: MockContext, request: Request): void {
  const token = bearerToken(request);
  if (token === ctx.adminToken) return;
  if (!token) throw new ApiProblem(401, 'unauthorized', { detail: 'The committee’s admin token is required.', headers: { 'WWW-Authenticate': 'Bearer' } });
  if (ctx.store.state.tokens.has(token)) throw new ApiProblem(403, 'forbidden', { detail: 'A voter token gives no access to the committee’s endpoints.' });
  throw new ApiProblem(401, 'unauthorized', { detail: 'This token is not valid.', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
}

export function adminHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, 'get', '/admin/campaigns/:campaignId/dossiers', 'read', ({ request, url, params }) => {
      requireAdmin(ctx, request);
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const query = parseQuery(url, PageQuery);
      // `?status=` narrows the committee's list.
      const status = url.searchParams.get('status') || undefined;
      if (status !== undefined && !DOSSIER_STATUSES.includes(status)) {
        throw new ApiProblem(400, 'validation_failed', { detail: 'Invalid status filter.', errors: [{ path: 'status', message: `must be one of ${DOSSIER_STATUSES.join(', ')}` }] });
      }
      const dossiers = ctx.store
        .dossiers(campaign.id)
        .filter((d) => !status || d.status === status)
        .sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : 1))
        .map((d) => ctx.store.adminDossier(d));
      return json(request, paginate(dossiers, { ...query, status }), { cacheControl: 'private, no-cache' });
    }),
    route(ctx, 'get', '/admin/campaigns/:campaignId/dossiers/:dossierId', 'read', ({ request, params }) => {
      requireAdmin(ctx, request);
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const dossier = ctx.store.state.dossiers.get(requireParam(params.dossierId, 'dossier'));
      if (!dossier || dossier.campaignId !== campaign.id) throw notFound('No dossier with this id.');
      return json(request, ctx.store.adminDossier(dossier), { cacheControl: 'private, no-cache' });
    }),
    route(ctx, 'post', '/admin/campaigns/:campaignId/dossiers/:dossierId/decision', 'write', async ({ request, params }) => {
      requireAdmin(ctx, request);
      const { value } = await readJson(request);
      return idempotent(ctx, request, 'admin', value, () => {
        const campaignId = requireParam(params.campaignId, 'campaign');
        const dossierId = requireParam(params.dossierId, 'dossier');
        const campaign = ctx.store.campaign(campaignId);
        const existing = ctx.store.state.dossiers.get(dossierId);
        if (!existing || existing.campaignId !== campaignId) throw notFound('No dossier with this id.');
        const now = ctx.clock.now();
        if (!existing.decision) assertPhaseOpen(campaign, 'labellisation', now);
        const decision = parseBody(value, Decision);
        const dossier = ctx.store.decide(campaignId, dossierId, decision, now);
        const data: AdminDossier = ctx.store.adminDossier(dossier);
        return { status: 201, data };
      });
    }),
    route(ctx, 'post', '/admin/campaigns/:campaignId/comptoirs/:comptoirId/attendance', 'write', async ({ request, params }) => {
      requireAdmin(ctx, request);
      const { value } = await readJson(request);
      return idempotent(ctx, request, 'admin', value, () => {
        const body = parseBody(value, AttendanceRequest);
        const data: AttendanceResult = ctx.store.markAttendance(
          requireParam(params.campaignId, 'campaign'),
          requireParam(params.comptoirId, 'comptoir'),
          body.codes,
        );
        return { status: 200, data };
      });
    }),
    route(ctx, 'get', '/admin/campaigns/:campaignId/comptoirs/:comptoirId/registrations', 'read', ({ request, url, params }) => {
      requireAdmin(ctx, request);
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const comptoir = ctx.store.comptoir(campaign.id, requireParam(params.comptoirId, 'comptoir'));
      const query = parseQuery(url, PageQuery);
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
      return json(request, paginate(items, query), { cacheControl: 'private, no-cache' });
    }),
  ];
}
