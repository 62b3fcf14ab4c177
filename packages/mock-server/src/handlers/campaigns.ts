import { PageQuery } from '@budget-citoyen/sdk/schemas';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { paginate } from '../http/pagination.js';
import { parseQuery, requireParam } from '../http/query.js';
import { json } from '../http/respond.js';
import { route } from '../http/route.js';
import { campaignView } from '../views.js';

export function campaignHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, 'get', '/campaigns', 'read', ({ request, url }) => {
      const query = parseQuery(url, PageQuery);
      const now = ctx.clock.now();
      // Latest campaign first.
      const campaigns = [...ctx.store.state.campaigns.values()].sort((a, b) => (b.phases[0]?.start ?? 0) - (a.phases[0]?.start ?? 0));
      return json(request, paginate(campaigns.map((c) => campaignView(c, now)), query));
    }),
    route(ctx, 'get', '/campaigns/:campaignId', 'read', ({ request, params }) => {
      const campaign = ctx.store.campaign(requireParam(params.campaignId, 'campaign'));
      return json(request, campaignView(campaign, ctx.clock.now()));
    }),
  ];
}
