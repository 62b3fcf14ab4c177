import type { Client } from '../client/index.js';
import type { RequestOptions } from '../client/types.js';
import { BudgetCitoyenError } from '../errors.js';
import type { AllocationInput } from '../rules/allocation-input.js';
import type { Campaign } from '../schemas/campaign.js';
import type { Project } from '../schemas/project.js';
import type { Results } from '../schemas/results.js';

/** Everything a campaign's published results mean: the campaign, its results, its projects. */
export interface CampaignResultsData {
  campaign: Campaign;
  results: Results;
  /** Every labelled project of the campaign (all pages). */
  projects: Project[];
}

/**
 * Fetches a campaign, its results and every one of its projects, and checks that they describe
 * the same projects: a project in the results but not in the list (or the reverse) would make
 * any table or export built from them silently wrong.
 */
export async function fetchCampaignResults(client: Client, campaignId: string, options?: RequestOptions): Promise<CampaignResultsData> {
  const [campaign, results, projects] = await Promise.all([
    client.campaigns.get(campaignId, options),
    client.results.get(campaignId, options),
    // A stable order, so that pages neither repeat nor skip (the default is random).
    client.projects.list(campaignId, { sort: 'title', limit: 100 }, options).toArray(),
  ]);
  const data = { campaign, results, projects };
  checkConsistency(data);
  return data;
}

function checkConsistency({ campaign, results, projects }: CampaignResultsData): void {
  const inconsistent = (message: string) =>
    new BudgetCitoyenError({ code: 'inconsistent_data', title: 'Inconsistent data', message: `${campaign.id}: ${message}` });
  const byId = new Map(projects.map((project) => [project.id, project]));
  const categories = new Set(campaign.categories.map((category) => category.id));
  const seen = new Set<string>();
  for (const category of results.categories) {
    if (!categories.has(category.id)) throw inconsistent(`the results have a category ${category.id} that the campaign lacks`);
    for (const { projectId } of category.projects) {
      const project = byId.get(projectId);
      if (!project) throw inconsistent(`the results rank ${projectId}, which is not among the campaign's projects`);
      if (project.category !== category.id) throw inconsistent(`${projectId} is in ${project.category}, but the results rank it in ${category.id}`);
      seen.add(projectId);
    }
  }
  const missing = projects.find((project) => !seen.has(project.id));
  if (missing) throw inconsistent(`the project ${missing.id} is missing from the results`);
}

/** The input of the département's rule (`rules.allocate`) that the published results came from. */
export function allocationInputFromResults({ campaign, results, projects }: CampaignResultsData): AllocationInput {
  const votes: Record<string, number> = {};
  for (const category of results.categories) for (const project of category.projects) votes[project.projectId] = project.votes;
  return {
    categories: campaign.categories.map(({ id, name, envelopeCents, rolloverRank }) => ({ id, name, envelopeCents, rolloverRank })),
    projects: projects.map(({ id, category, requestedAmountCents, title }) => ({ id, category, requestedAmountCents, title })),
    votes,
    minVotes: campaign.voting.minVotes,
  };
}
