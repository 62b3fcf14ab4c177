import { RuleInputError } from '../errors.js';
import { decimalScale, isNonNegativeDecimal, parseDecimal, toScaledInteger } from './numbers.js';
import type { PbInstance, PbVoteType } from './types.js';

/**
 * What every rule needs from an instance, computed once: exact money, each project's support
 * counted from the VOTES section, its supporters, and the tie-breaking order.
 */
export interface PbRuleContext {
  readonly ids: readonly string[];
  readonly costs: readonly number[];
  /** Costs and budget as integers of one decimal scale, for exact "does it fit". */
  readonly costUnits: readonly bigint[];
  readonly budgetUnits: bigint;
  readonly budget: number;
  /** Approvals (approval, choose-1) or the sum of points (cumulative, scoring). */
  readonly support: readonly number[];
  /** False for projects below `meta.min_project_score_threshold`. */
  readonly eligible: readonly boolean[];
  readonly hasThreshold: boolean;
  /** Position of each project in the tie-breaking order: 0 wins every tie. */
  readonly tieRank: Int32Array;
  readonly voterCount: number;
  /** Per project: the voters who gave it positive utility, and how much (null: 1 each). */
  readonly supporters: readonly Int32Array[];
  readonly weights: ReadonlyArray<Float64Array | null>;
  /** Per project: the sum of its supporters' weights. */
  readonly totalWeights: readonly number[];
  /** Approval ballots use cost utilities: a supporter's utility is weight × cost. */
  readonly costUtilities: boolean;
}

export function buildRuleContext(instance: PbInstance, rule: string): PbRuleContext {
  const voteType = (instance.meta.vote_type?.trim() ?? 'approval') as PbVoteType;
  if (voteType === 'ordinal') {
    throw new RuleInputError([{ path: 'meta.vote_type', message: `rule ${rule} does not support ordinal ballots` }]);
  }
  const budgetText = instance.meta.budget;
  if (budgetText === undefined || !isNonNegativeDecimal(budgetText)) {
    throw new RuleInputError([{ path: 'meta.budget', message: 'meta.budget must be a non-negative decimal number' }]);
  }
  const projects = instance.projects;
  const scale = Math.max(decimalScale(budgetText), ...projects.map((p) => decimalScale(p.fields.cost ?? '0')));
  const index = new Map(projects.map((p, i) => [p.project_id, i]));
  if (index.size !== projects.length) {
    throw new RuleInputError([{ path: 'projects', message: 'project ids must be unique' }]);
  }
  const cardinal = voteType === 'cumulative' || voteType === 'scoring';

  const support = projects.map(() => 0);
  const supporterLists: number[][] = projects.map(() => []);
  const weightLists: number[][] = projects.map(() => []);
  instance.votes.forEach((vote, voter) => {
    vote.vote.forEach((projectId, position) => {
      const at = index.get(projectId);
      if (at === undefined) throw new RuleInputError([{ path: `votes[${voter}].vote`, message: `unknown project ${projectId}` }]);
      const weight = cardinal ? (vote.points?.[position] ?? Number.NaN) : 1;
      if (!(weight >= 0)) throw new RuleInputError([{ path: `votes[${voter}].points`, message: 'rules need non-negative points for each voted project' }]);
      support[at] = (support[at] ?? 0) + weight;
      if (weight > 0) {
        supporterLists[at]?.push(voter);
        weightLists[at]?.push(weight);
      }
    });
  });

  const thresholdText = instance.meta.min_project_score_threshold;
  const threshold = thresholdText === undefined ? undefined : parseDecimal(thresholdText);
  if (thresholdText !== undefined && threshold === undefined) {
    throw new RuleInputError([{ path: 'meta.min_project_score_threshold', message: 'must be a number' }]);
  }

  const ids = projects.map((p) => p.project_id);
  const costUnits = projects.map((p) => toScaledInteger(p.fields.cost ?? '0', scale));
  return {
    ids,
    costs: projects.map((p) => p.cost),
    costUnits,
    budgetUnits: toScaledInteger(budgetText, scale),
    budget: Number(budgetText.trim()),
    support,
    eligible: support.map((s) => threshold === undefined || s >= threshold),
    hasThreshold: threshold !== undefined,
    tieRank: tieRanks(ids, support, costUnits),
    voterCount: instance.votes.length,
    supporters: supporterLists.map((list) => Int32Array.from(list)),
    weights: weightLists.map((list) => (cardinal ? Float64Array.from(list) : null)),
    totalWeights: weightLists.map((list) => list.reduce((sum, w) => sum + w, 0)),
    costUtilities: !cardinal,
  };
}

/**
 * The tie-breaking order: more support first, then lower cost, then lower project id —
 * numerically when every id is an integer (pabulib's ids are), otherwise in code-point order
 * (as the département's rule orders its opaque ids). Deciding per instance, not per pair,
 * keeps the order transitive.
 *
 * The fixtures cannot tell conventions apart: no tie among the greedy fixtures' projects
 * changes an outcome, and Assen's Equal Shares meets no exact tie in any of its Add1 runs. So
 * this is the département's own order (votes, then cost, then id), which every official
 * outcome of the fixtures is consistent with.
 */
function tieRanks(ids: readonly string[], support: readonly number[], costUnits: readonly bigint[]): Int32Array {
  const numericIds = ids.every((id) => /^\d+$/.test(id));
  const order = ids.map((_, i) => i);
  order.sort((a, b) => {
    const bySupport = (support[b] ?? 0) - (support[a] ?? 0);
    if (bySupport !== 0) return bySupport;
    const costA = costUnits[a] ?? 0n;
    const costB = costUnits[b] ?? 0n;
    if (costA !== costB) return costA < costB ? -1 : 1;
    return compareIds(ids[a] ?? '', ids[b] ?? '', numericIds);
  });
  const ranks = new Int32Array(ids.length);
  order.forEach((projectIndex, rank) => {
    ranks[projectIndex] = rank;
  });
  return ranks;
}

function compareIds(a: string, b: string, numeric: boolean): number {
  if (numeric) {
    const byValue = BigInt(a) - BigInt(b);
    if (byValue !== 0n) return byValue < 0n ? -1 : 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
