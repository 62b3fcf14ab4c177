import { ComptoirQuery, RegistrationRequest, type Comptoir, type Registration } from '@budget-citoyen/sdk/schemas';
import { comptoirsToIcs } from '@budget-citoyen/sdk/ics';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { readJson } from '../http/body.js';
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
      return calendar(request, comptoirs, `Comptoirs à initiatives citoyennes — ${campaign.title}`, campaign.id, now, `comptoirs-${campaign.id}.ics`);
    }),
    // `…/comptoirs/<id>.ics` is one comptoir's event, for "Ajouter à mon agenda" (an addition
    // to the contract); `…/comptoirs/<id>` the comptoir itself.
    route(ctx, 'get', '/campaigns/:campaignId/comptoirs/:comptoirId', 'read', ({ request, params }) => {
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      const id = requireParam(params.comptoirId, 'comptoir');
      const ics = id.endsWith('.ics');
      const now = ctx.clock.now();
      const comptoir = comptoirView(ctx.store, campaign, ctx.store.comptoir(campaign.id, ics ? id.slice(0, -4) : id), now);
      if (!ics) return json(request, comptoir);
      return calendar(request, [comptoir], comptoir.title, campaign.id, now, `comptoir-${comptoir.id}.ics`);
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

function calendar(request: Request, comptoirs: Comptoir[], name: string, campaignId: string, now: number, fileName: string) {
  const body = comptoirsToIcs(comptoirs, { calendarName: name, campaignId, now });
  return respondWith(request, body, 'text/calendar; charset=utf-8', {
    headers: { 'Content-Disposition': `inline; filename="${fileName}"` },
  });
}
