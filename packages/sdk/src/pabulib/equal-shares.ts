import type { PbRuleContext } from './context.js';
import { priceOf } from './price.js';

/**
 * Relative tolerance of the Method of Equal Shares, which runs in binary floating point.
 *
 * Why not exact fractions: a voter's budget is `B/n` minus payments of the form
 * `(cost − paid) / k`, so exact denominators grow with every funded project, and BigInt
 * fractions over 100,000 voters cost orders of magnitude more time. Why floating point is safe
 * with this tolerance: one MES run performs a few hundred operations per voter on numbers below
 * 10^12, so the accumulated relative error stays near 10^-12, a thousand times below 10^-9.
 * What the tolerance is for: exact ties are common (at the start every project with k
 * supporters costs each of them `1/k` of its price), and the same exact value computed along
 * two summation orders can differ in its last bit; comparing within 10^-9 hands such ties to
 * the documented tie-breaking instead of to rounding. Two values truly closer than 10^-9
 * (a thousandth of a cent on a 10,000-euro project) are treated as a tie too.
 * Budgets ("does the outcome fit") are never checked in floating point: see `add1.ts`.
 */
export const EQUAL_SHARES_EPSILON = 1e-9;

/**
 * The Method of Equal Shares at a fixed budget: every voter starts with `perVoterBudget`; each
 * round funds the affordable project whose supporters pay the least per unit of utility (ρ),
 * each paying `min(own budget, ρ × utility)`. Utilities are costs for approval and choose-1
 * ballots (cost utilities) and points for cumulative and scoring ballots. Returns project
 * indices in funding order.
 */
export function equalSharesFixedBudget(context: PbRuleContext, perVoterBudget: number, budgets?: Float64Array): number[] {
  const wallet = budgets ?? new Float64Array(context.voterCount);
  wallet.fill(perVoterBudget);
  const projectCount = context.ids.length;
  const lowerBound = new Float64Array(projectCount);
  const rhoOf = new Float64Array(projectCount);
  let remaining: number[] = [];
  for (let c = 0; c < projectCount; c++) {
    if (context.eligible[c] && (context.supporters[c]?.length ?? 0) > 0) remaining.push(c);
  }
  const winners: number[] = [];
  const byBound = (a: number, b: number) => (lowerBound[a] ?? 0) - (lowerBound[b] ?? 0) || (context.tieRank[a] ?? 0) - (context.tieRank[b] ?? 0);
  while (remaining.length > 0) {
    // A project's price only rises as budgets fall, so last round's price is a lower bound:
    // evaluating in that order, we stop once no unevaluated project can reach the best.
    remaining.sort(byBound);
    let bestKey = Number.POSITIVE_INFINITY;
    const kept: number[] = [];
    const evaluated: number[] = [];
    for (const c of remaining) {
      if ((lowerBound[c] ?? 0) > bestKey * (1 + EQUAL_SHARES_EPSILON)) {
        kept.push(c);
        continue;
      }
      const cost = context.costs[c] ?? 0;
      const supporters = context.supporters[c] ?? new Int32Array(0);
      const rho = priceOf(cost, context.totalWeights[c] ?? 0, supporters, context.weights[c] ?? null, wallet, EQUAL_SHARES_EPSILON);
      if (rho === undefined) continue; // unaffordable now, hence for the rest of this run
      const key = context.costUtilities ? (cost === 0 ? 0 : rho / cost) : rho;
      lowerBound[c] = key;
      rhoOf[c] = rho;
      kept.push(c);
      evaluated.push(c);
      if (key < bestKey) bestKey = key;
    }
    let chosen = -1;
    for (const c of evaluated) {
      if ((lowerBound[c] ?? 0) <= bestKey * (1 + EQUAL_SHARES_EPSILON) && (chosen < 0 || (context.tieRank[c] ?? 0) < (context.tieRank[chosen] ?? 0))) {
        chosen = c;
      }
    }
    if (chosen < 0) break;
    pay(context, chosen, rhoOf[chosen] ?? 0, wallet);
    winners.push(chosen);
    remaining = kept.filter((c) => c !== chosen);
  }
  return winners;
}

function pay(context: PbRuleContext, c: number, rho: number, wallet: Float64Array): void {
  const supporters = context.supporters[c] ?? new Int32Array(0);
  const weights = context.weights[c] ?? null;
  for (let s = 0; s < supporters.length; s++) {
    const voter = supporters[s] ?? 0;
    const budget = wallet[voter] ?? 0;
    wallet[voter] = Math.max(0, budget - Math.min(budget, rho * (weights ? (weights[s] ?? 0) : 1)));
  }
}
