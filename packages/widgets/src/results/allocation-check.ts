/**
 * The transparency check: the allocation recomputed in the browser, with the SDK's own rules,
 * from the votes the server published, then compared with what the server says it decided.
 */
import type { Campaign, Project, Results } from '@budget-citoyen/sdk';
import { allocate, type Allocation } from '@budget-citoyen/sdk/rules';

export interface AllocationCheck {
  /** The recomputed allocation, with its trace; absent when it could not be recomputed. */
  allocation?: Allocation;
  /** Ids of the categories where the server and the recomputation disagree. */
  categories: string[];
  /** The pool or what stayed unallocated differ. */
  rollover: boolean;
}

export function checkAllocation(campaign: Campaign, projects: readonly Project[], results: Results): AllocationCheck {
  const votes: Record<string, number> = {};
  for (const category of results.categories) for (const p of category.projects) votes[p.projectId] = p.votes;
  let allocation: Allocation;
  try {
    allocation = allocate({
      categories: campaign.categories,
      projects: projects.map(({ id, category, requestedAmountCents, title }) => ({ id, category, requestedAmountCents, title })),
      votes,
      minVotes: campaign.voting.minVotes,
    });
  } catch {
    // Votes for a project the list does not have, or the reverse: the published figures
    // cannot be checked, which the widget says as it says a disagreement.
    return { categories: results.categories.map((c) => c.id), rollover: true };
  }
  const ids = new Set([...allocation.categories, ...results.categories].map((c) => c.id));
  const served = new Map(results.categories.map((c) => [c.id, c]));
  const ours = new Map(allocation.categories.map((c) => [c.id, c]));
  const categories = [...ids].filter((id) => fingerprint(served.get(id)) !== fingerprint(ours.get(id)));
  const rollover =
    results.rollover.poolCents !== allocation.rollover.poolCents ||
    results.rollover.unallocatedCents !== allocation.rollover.unallocatedCents;
  return { allocation, categories, rollover };
}

type CategoryFigures = Pick<Results['categories'][number], 'envelopeCents' | 'spentCents' | 'rolloverInCents' | 'projects'>;

/** Everything decided about a category, in a canonical text (projects by id, not by position). */
function fingerprint(category: CategoryFigures | undefined): string {
  if (!category) return '';
  const projects = category.projects
    .map((p) => `${p.projectId}:${p.votes}:${p.rank}:${p.funded}:${p.fundedFrom}`)
    .sort()
    .join(',');
  return `${category.envelopeCents}|${category.spentCents}|${category.rolloverInCents}|${projects}`;
}
