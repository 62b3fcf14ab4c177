import type { PbRuleContext } from './context.js';

/**
 * Greedy by support: walk the eligible projects from the most supported (ties: `tieRank`) and
 * fund each that fits in what is left of the budget. With `skip: false` the walk stops at the
 * first project that does not fit (pabulib's `greedy-no-skip`). Money is compared exactly.
 * Projects nobody supports are walked like the others: greedy is the literal walk.
 */
export function greedyIndices(context: PbRuleContext, skip: boolean): number[] {
  const order = context.ids.map((_, i) => i).filter((i) => context.eligible[i]);
  order.sort((a, b) => (context.tieRank[a] ?? 0) - (context.tieRank[b] ?? 0));
  const selected: number[] = [];
  let left = context.budgetUnits;
  for (const i of order) {
    const cost = context.costUnits[i] ?? 0n;
    if (cost <= left) {
      selected.push(i);
      left -= cost;
    } else if (!skip) {
      break;
    }
  }
  return selected;
}
