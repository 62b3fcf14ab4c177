import type { TieBreak } from './ranking.js';

/** Which money a project was weighed against: its category's envelope or the common pool. */
export type FundingSource = 'envelope' | 'rollover';

/**
 * The allocation's inputs as it understood them, first in every trace so that a trace alone can
 * be explained (names and titles are there when the input carried them).
 */
export interface SetupStep {
  type: 'setup';
  minVotes: number;
  /** In `rolloverRank` order. */
  categories: Array<{ id: string; name?: string; envelopeCents: number; rolloverRank: number }>;
  projectTitles: Record<string, string>;
}

/** Spec step 2 for one category: the whole ranking, and every tie the rules had to break. */
export interface RankStep {
  type: 'rank';
  category: string;
  order: Array<{ projectId: string; rank: number; votes: number; requestedAmountCents: number }>;
  ties: TieBreak[];
}

/** A project received its amount; `remainingCents` is what is left of `from` afterwards. */
export interface FundStep {
  type: 'fund';
  category: string;
  projectId: string;
  rank: number;
  votes: number;
  amountCents: number;
  from: FundingSource;
  remainingCents: number;
}

/**
 * A project was passed over and the walk went on. `below-min-votes` only happens in the
 * envelope walk (such a project is never funded); `too-expensive` means
 * `amountCents > availableCents` in `from` at that moment.
 */
export interface SkipStep {
  type: 'skip';
  category: string;
  projectId: string;
  rank: number;
  votes: number;
  reason: 'too-expensive' | 'below-min-votes';
  amountCents: number;
  availableCents: number;
  from: FundingSource;
}

/** What a category's own walk left of its envelope; it all goes to the pool. */
export interface LeftoverStep {
  type: 'leftover';
  category: string;
  envelopeCents: number;
  spentCents: number;
  leftoverCents: number;
}

/** Spec step 4 begins: all leftovers form one pool, served by `order` (rolloverRank). */
export interface PoolStep {
  type: 'pool';
  poolCents: number;
  contributions: Array<{ category: string; leftoverCents: number }>;
  order: string[];
}

/** A category's turn at the pool; only recorded while the pool is not empty. */
export interface ServeStep {
  type: 'serve';
  category: string;
  rolloverRank: number;
  poolCents: number;
}

/** What stayed in the pool once every category had its turn. */
export interface UnallocatedStep {
  type: 'unallocated';
  amountCents: number;
}

/**
 * One decision of the allocation, in the order it was taken. Structured rather than text so that
 * each interface (results widget, CLI, audit log) words it in its own language and format:
 * `explainAllocation` is one such wording.
 */
export type AllocationStep =
  | SetupStep
  | RankStep
  | FundStep
  | SkipStep
  | LeftoverStep
  | PoolStep
  | ServeStep
  | UnallocatedStep;
