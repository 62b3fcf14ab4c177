/**
 * Exports of a campaign's published data, and their reading back: the results as pabulib files
 * (one per category) from which anyone can recompute the département's rule.
 */
export { allocationInputFromResults, fetchCampaignResults, type CampaignResultsData } from './campaign-data.js';
export { auditResults, type ResultsAudit } from './audit.js';
export {
  allocateCampaignPb,
  allocationInputFromPb,
  campaignResultsToPb,
  exportCampaignToPb,
  fundedInOrder,
  PB_META,
  type ExportCampaignOptions,
  type ExportedPbFile,
  type NamedPbInstance,
} from './pabulib.js';
