import { getCampaign, listCampaigns } from '../contract/campaigns.js';
import { NotFoundError } from '../errors.js';
import type { Campaign } from '../schemas/campaign.js';
import type { PageQuery } from '../schemas/common.js';
import { call } from './call.js';
import type { Http } from './http.js';
import { pagedList } from './list.js';
import type { RequestOptions } from './types.js';

export function campaigns(http: Http) {
  const list = (query?: PageQuery, options?: RequestOptions) => pagedList(http, listCampaigns, {}, query, options);
  return {
    list,
    get: (campaignId: string, options?: RequestOptions): Promise<Campaign> =>
      call(http, getCampaign, { params: { campaignId } }, options),
    /** The open campaign that started last (a phase is open), else the campaign that started last. */
    async current(options?: RequestOptions): Promise<Campaign> {
      const all = await list({ limit: 100 }, options).toArray();
      const found = latest(all.filter((c) => c.currentPhase !== null)) ?? latest(all);
      if (found) return found;
      throw new NotFoundError({ code: 'not_found', title: 'Not found', message: 'The API lists no campaign' });
    },
  };
}

function latest(list: Campaign[]): Campaign | undefined {
  let best: Campaign | undefined;
  for (const campaign of list) if (!best || start(campaign) > start(best)) best = campaign;
  return best;
}

/** When the campaign's first phase starts (offsets differ: compare instants, not strings). */
function start(campaign: Campaign): number {
  const starts = campaign.phases.map((phase) => Date.parse(phase.start));
  return starts.length ? Math.min(...starts) : Number.NEGATIVE_INFINITY;
}
