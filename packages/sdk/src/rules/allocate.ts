import { checkAllocationInput, type AllocationInput, type CheckedInput } from './allocation-input.js';
import { rankProjects } from './ranking.js';
import type { AllocationStep, FundingSource } from './trace.js';

/** One project in the results, as in the contract's `results.categories[].projects[]`. */
export interface ProjectAllocation {
  projectId: string;
  votes: number;
  /** Position in its category's ranking, from 1, never shared. */
  rank: number;
  funded: boolean;
  fundedFrom: FundingSource | null;
}

/** One category in the results, as in the contract's `results.categories[]`. */
export interface CategoryAllocation {
  id: string;
  envelopeCents: number;
  /** All that its projects receive, rollover included. */
  spentCents: number;
  /** The part of `spentCents` that came from the pool. */
  rolloverInCents: number;
  /** By rank. */
  projects: ProjectAllocation[];
}

/** The contract's `categories` and `rollover` of a result, plus the steps that led to them. */
export interface Allocation {
  /** By `rolloverRank`. */
  categories: CategoryAllocation[];
  rollover: { poolCents: number; unallocatedCents: number };
  trace: AllocationStep[];
}

type CheckedProject = CheckedInput['projects'][number];

/**
 * Decides which projects are funded, exactly as the contract's normative section says, so that
 * the SDK, the mock server and the results widget agree to the cent. Pure and deterministic:
 * the order of the input arrays and keys does not change the result, or its trace.
 * Throws a `RuleInputError` listing every malformed field.
 */
export function allocate(input: AllocationInput): Allocation {
  const { categories, projects, minVotes } = checkAllocationInput(input);
  const byPriority = [...categories].sort((a, b) => a.rolloverRank - b.rolloverRank);
  const trace: AllocationStep[] = [
    {
      type: 'setup',
      minVotes,
      categories: byPriority.map(({ id, name, envelopeCents, rolloverRank }) =>
        name === undefined ? { id, envelopeCents, rolloverRank } : { id, name, envelopeCents, rolloverRank },
      ),
      projectTitles: Object.fromEntries(
        projects.flatMap((project) => (project.title === undefined ? [] : [[project.id, project.title]])),
      ),
    },
  ];

  const outcomes = byPriority.map((category) => {
    const { order, ties } = rankProjects(projects.filter((project) => project.category === category.id));
    trace.push({
      type: 'rank',
      category: category.id,
      order: order.map((project, index) => ({
        projectId: project.id,
        rank: index + 1,
        votes: project.votes,
        requestedAmountCents: project.requestedAmountCents,
      })),
      ties,
    });
    const fundedFrom = new Map<CheckedProject, FundingSource>();
    return { category, order, fundedFrom, leftoverCents: 0, rolloverInCents: 0 };
  });

  // Step 3: each category walks its own ranking against its own envelope.
  for (const outcome of outcomes) {
    const { category, order, fundedFrom } = outcome;
    let left = category.envelopeCents;
    order.forEach((project, index) => {
      const step = { category: category.id, projectId: project.id, rank: index + 1, votes: project.votes };
      const amountCents = project.requestedAmountCents;
      if (project.votes < minVotes) {
        trace.push({ type: 'skip', ...step, reason: 'below-min-votes', amountCents, availableCents: left, from: 'envelope' });
      } else if (amountCents <= left) {
        left -= amountCents;
        fundedFrom.set(project, 'envelope');
        trace.push({ type: 'fund', ...step, amountCents, from: 'envelope', remainingCents: left });
      } else {
        trace.push({ type: 'skip', ...step, reason: 'too-expensive', amountCents, availableCents: left, from: 'envelope' });
      }
    });
    outcome.leftoverCents = left;
    trace.push({
      type: 'leftover',
      category: category.id,
      envelopeCents: category.envelopeCents,
      spentCents: category.envelopeCents - left,
      leftoverCents: left,
    });
  }

  // Step 4: every leftover goes into one pool, served by priority.
  const poolCents = outcomes.reduce((sum, outcome) => sum + outcome.leftoverCents, 0);
  trace.push({
    type: 'pool',
    poolCents,
    contributions: outcomes.map((outcome) => ({ category: outcome.category.id, leftoverCents: outcome.leftoverCents })),
    order: outcomes.map((outcome) => outcome.category.id),
  });
  let pool = poolCents;
  for (const outcome of outcomes) {
    // An empty pool funds nothing: every project still waiting asks for more than its own
    // envelope's leftover, hence for more than 0.
    if (pool === 0) break;
    const { category, order, fundedFrom } = outcome;
    trace.push({ type: 'serve', category: category.id, rolloverRank: category.rolloverRank, poolCents: pool });
    order.forEach((project, index) => {
      if (fundedFrom.has(project) || project.votes < minVotes || pool === 0) return;
      const step = { category: category.id, projectId: project.id, rank: index + 1, votes: project.votes };
      const amountCents = project.requestedAmountCents;
      if (amountCents <= pool) {
        pool -= amountCents;
        outcome.rolloverInCents += amountCents;
        fundedFrom.set(project, 'rollover');
        trace.push({ type: 'fund', ...step, amountCents, from: 'rollover', remainingCents: pool });
      } else {
        trace.push({ type: 'skip', ...step, reason: 'too-expensive', amountCents, availableCents: pool, from: 'rollover' });
      }
    });
  }
  trace.push({ type: 'unallocated', amountCents: pool });

  return {
    categories: outcomes.map(({ category, order, fundedFrom, leftoverCents, rolloverInCents }) => ({
      id: category.id,
      envelopeCents: category.envelopeCents,
      spentCents: category.envelopeCents - leftoverCents + rolloverInCents,
      rolloverInCents,
      projects: order.map((project, index) => {
        const source = fundedFrom.get(project) ?? null;
        return { projectId: project.id, votes: project.votes, rank: index + 1, funded: source !== null, fundedFrom: source };
      }),
    })),
    rollover: { poolCents, unallocatedCents: pool },
    trace,
  };
}
