import { endpoints } from '@budget-citoyen/sdk';
import { comptoirsToIcs } from '@budget-citoyen/sdk/ics';
import type { Comptoir } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { paginate } from '../http/pagination.js';
import { respondWith } from '../http/respond.js';
import { route } from '../http/route.js';
import { comptoirView } from '../views.js';

export function comptoirHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, endpoints.listComptoirs, (input) => {
      const campaign = ctx.store.campaign(input.params.campaignId);
      const { query, now } = input;
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
      return paginate(items, query);
    }),
    route(ctx, endpoints.getComptoirsCalendar, ({ request, params, now }) => {
      const campaign = ctx.store.campaign(params.campaignId);
      const comptoirs = ctx.store.comptoirs(campaign.id).map((c) => comptoirView(ctx.store, campaign, c, now));
      return calendar(request, comptoirs, `Comptoirs à initiatives citoyennes — ${campaign.title}`, campaign.id, now, `comptoirs-${campaign.id}.ics`);
    }),
    // Before the comptoir itself: `…/comptoirs/<id>.ics` is its event, not a comptoir id.
    route(ctx, endpoints.getComptoirCalendar, ({ request, params, now }) => {
      const campaign = ctx.store.campaign(params.campaignId);
      const comptoir = comptoirView(ctx.store, campaign, ctx.store.comptoir(campaign.id, params.comptoirId), now);
      return calendar(request, [comptoir], comptoir.title, campaign.id, now, `comptoir-${comptoir.id}.ics`);
    }),
    route(ctx, endpoints.getComptoir, ({ params, now }) => {
      const campaign = ctx.store.campaign(params.campaignId);
      return comptoirView(ctx.store, campaign, ctx.store.comptoir(campaign.id, params.comptoirId), now);
    }),
    route(
      ctx,
      endpoints.registerForComptoir,
      ({ params, body, now }) => {
        const registration = ctx.store.register(params.campaignId, params.comptoirId, body, now);
        return { id: registration.id, code: registration.code, status: registration.status };
      },
      // An unknown comptoir is a 404 whatever the phase; then the phase, whatever the form holds.
      { beforePhase: ({ params }) => void ctx.store.comptoir(params.campaignId, params.comptoirId) },
    ),
  ];
}

function calendar(request: Request, comptoirs: Comptoir[], name: string, campaignId: string, now: number, fileName: string) {
  const body = comptoirsToIcs(comptoirs, { calendarName: name, campaignId, now });
  return respondWith(request, body, 'text/calendar; charset=utf-8', {
    headers: { 'Content-Disposition': `inline; filename="${fileName}"` },
  });
}
