import { allocate, type Allocation } from '../rules/allocate.js';
import { allocationInputFromResults, type CampaignResultsData } from './campaign-data.js';

export interface ResultsAudit {
  /** The département's rule run again on the published votes. */
  allocation: Allocation;
  /** Where the published results differ from it (empty: they agree), one sentence each. */
  differences: string[];
}

/**
 * Recomputes the published results from their own votes, envelopes and amounts, and lists every
 * difference in ranks, funding and amounts: what an explanation of the results assumes.
 */
export function auditResults(data: CampaignResultsData): ResultsAudit {
  const allocation = allocate(allocationInputFromResults(data));
  const differences: string[] = [];
  const computed = new Map(allocation.categories.map((category) => [category.id, category]));
  for (const published of data.results.categories) {
    const category = computed.get(published.id);
    if (!category) {
      differences.push(`${published.id}: not a category of the campaign`);
      continue;
    }
    for (const field of ['envelopeCents', 'spentCents', 'rolloverInCents'] as const) {
      if (published[field] !== category[field]) differences.push(`${published.id}: ${field} is ${published[field]}, the rule gives ${category[field]}`);
    }
    const projects = new Map(category.projects.map((project) => [project.projectId, project]));
    for (const project of published.projects) {
      const expected = projects.get(project.projectId);
      if (!expected) continue; // fetchCampaignResults already refuses results with unknown projects
      for (const field of ['rank', 'funded', 'fundedFrom'] as const) {
        if (project[field] !== expected[field]) {
          differences.push(`${project.projectId}: ${field} is ${String(project[field])}, the rule gives ${String(expected[field])}`);
        }
      }
    }
  }
  const { poolCents, unallocatedCents } = data.results.rollover;
  if (poolCents !== allocation.rollover.poolCents) differences.push(`rollover.poolCents is ${poolCents}, the rule gives ${allocation.rollover.poolCents}`);
  if (unallocatedCents !== allocation.rollover.unallocatedCents) {
    differences.push(`rollover.unallocatedCents is ${unallocatedCents}, the rule gives ${allocation.rollover.unallocatedCents}`);
  }
  return { allocation, differences };
}
