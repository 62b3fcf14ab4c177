import { BcCampaignTimeline } from './campaign-timeline.js';

BcCampaignTimeline.define('bc-campaign-timeline');

export { BcCampaignTimeline };
