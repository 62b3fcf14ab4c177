import { endpoints } from '@budget-citoyen/sdk';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { paginate } from '../http/pagination.js';
import { route } from '../http/route.js';
import { campaignView } from '../views.js';

export function campaignHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, endpoints.listCampaigns, ({ query, now }) => {
      // Latest campaign first.
      const campaigns = [...ctx.store.state.campaigns.values()].sort((a, b) => (b.phases[0]?.start ?? 0) - (a.phases[0]?.start ?? 0));
      return paginate(campaigns.map((c) => campaignView(c, now)), query);
    }),
    route(ctx, endpoints.getCampaign, ({ params, now }) => campaignView(ctx.store.campaign(params.campaignId), now)),
  ];
}
