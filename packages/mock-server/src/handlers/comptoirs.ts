import { ComptoirQuery, RegistrationRequest, type Registration } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { readJson } from '../http/body.js';
import { comptoirsCalendar } from '../http/ics.js';
import { idempotent } from '../http/idempotency.js';
import { paginate } from '../http/pagination.js';
import { parseBody, parseQuery, requireParam } from '../http/query.js';
import { json, respondWith } from '../http/respond.js';
import { clientKey, route } from '../http/route.js';
import { assertPhaseOpen } from '../store/phases.js';
import { comptoirView } from '../views.js';

export function comptoirHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, 'get', '/campaigns/:campaignId/comptoirs', 'read', ({ request, url, params }) => {
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const query = parseQuery(url, ComptoirQuery);
      const now = ctx.clock.now();
      const from = query.from === undefined ? undefined : Date.parse(query.from);
      const to = query.to === undefined ? undefined : Date.parse(query.to);
      const items = ctx.store
        .comptoirs(campaign.id)
        // `from`/`to` keep the comptoirs that overlap the window.
        .filter((c) => (from === undefined || c.end > from) && (to === undefined || c.start < to))
        .map((c) => comptoirView(ctx.store, campaign, c, now))
        .filter(
          (c) =>
            (!query.format || c.format === query.format) &&
            (!query.arrondissement || c.arrondissement?.code === query.arrondissement) &&
            (!query.commune || c.venue?.commune.code === query.commune),
        );
      return json(request, paginate(items, query));
    }),
    route(ctx, 'get', '/campaigns/:campaignId/comptoirs.ics', 'read', ({ request, params }) => {
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const now = ctx.clock.now();
      const comptoirs = ctx.store.comptoirs(campaign.id).map((c) => comptoirView(ctx.store, campaign, c, now));
      const body = comptoirsCalendar({ campaignId: campaign.id, campaignTitle: campaign.title, comptoirs, stamp: now });
      return respondWith(request, body, 'text/calendar; charset=utf-8', {
        headers: { 'Content-Disposition': `inline; filename="comptoirs-${campaign.id}.ics"` },
      });
    }),
    route(ctx, 'get', '/campaigns/:campaignId/comptoirs/:comptoirId', 'read', ({ request, params }) => {
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const comptoir = ctx.store.comptoir(campaign.id, requireParam(params.comptoirId, 'comptoir'));
      return json(request, comptoirView(ctx.store, campaign, comptoir, ctx.clock.now()));
    }),
    route(ctx, 'post', '/campaigns/:campaignId/comptoirs/:comptoirId/registrations', 'write', async ({ request, params }) => {
      const { value } = await readJson(request);
      // From here on, synchronous: the seat count and the insert cannot interleave.
      return idempotent(ctx, request, clientKey(request), value, () => {
        const campaignId = requireParam(params.campaignId, 'campaign');
        const comptoirId = requireParam(params.comptoirId, 'comptoir');
        const now = ctx.clock.now();
        // Existence and phase first: a closed registration says so, whatever the form holds.
        ctx.store.comptoir(campaignId, comptoirId);
        assertPhaseOpen(ctx.store.campaign(campaignId), 'comptoirs', now);
        const body = parseBody(value, RegistrationRequest);
        const registration = ctx.store.register(campaignId, comptoirId, body, now);
        const data: Registration = { id: registration.id, code: registration.code, status: registration.status };
        return { status: 201, data };
      });
    }),
  ];
}
