import { Campaign, CampaignPage } from '../schemas/campaign.js';
import { PageQuery } from '../schemas/common.js';
import type { Endpoint } from './endpoint.js';

export const listCampaigns = { method: 'GET', path: '/campaigns', query: PageQuery, response: CampaignPage } as const satisfies Endpoint;

export const getCampaign = { method: 'GET', path: '/campaigns/{campaignId}', response: Campaign } as const satisfies Endpoint;
