import type { PbRuleContext } from './context.js';
import { equalSharesFixedBudget } from './equal-shares.js';

/**
 * When Add1 stops raising the voters' budgets. Both stop before a raise whose outcome would
 * overspend the real budget; they differ in whether an exhaustive outcome stops earlier.
 *
 * - `exhaustive`: also stop at the first outcome to which no further candidate fits (what
 *   equalshares.net recommends, and the compute tool's `exhaustive` option); pabulib's
 *   `equalshares/add1`, as Assen 2024 and Świecie 2023 were decided.
 * - `overspend`: keep raising through exhaustive outcomes, as long as the outcome fits (the
 *   compute tool without that option, and pabulib's own `equalshares/add1-comparison`);
 *   Wieliczka 2023: its official outcome is reached 14 raises past the first exhaustive one.
 */
export type Add1Stop = 'exhaustive' | 'overspend';

export interface Add1Outcome {
  /** Project indices in funding order. */
  winners: number[];
  /** Currency units added to each voter's budget in the kept run. */
  raise: number;
  /** MES runs performed, the last (rejected) one included. */
  runs: number;
}

/**
 * Equal Shares completed by Add1: MES rarely spends the whole budget, so every voter's starting
 * budget (B/n) is raised by one currency unit at a time and MES re-run, keeping the last outcome
 * that fits in the real budget, with no greedy top-up.
 *
 * The walk also ends once the outcome funds every candidate (no raise can add one), which makes
 * it finite for `overspend` too. No bisection on the raise: the spending of MES is not monotone
 * in the budget, so a bisection could return another outcome than this walk. Spending is
 * compared exactly, in scaled integers.
 */
export function equalSharesAdd1(context: PbRuleContext, stop: Add1Stop = 'exhaustive'): Add1Outcome {
  const voters = context.voterCount;
  if (voters === 0) return { winners: [], raise: 0, runs: 0 };
  const base = context.budget / voters;
  const wallet = new Float64Array(voters);
  const candidates = candidateCount(context);
  let winners = equalSharesFixedBudget(context, base, wallet);
  let raise = 0;
  let runs = 1;
  while (winners.length < candidates && !(stop === 'exhaustive' && isExhaustive(context, winners))) {
    const next = equalSharesFixedBudget(context, base + raise + 1, wallet);
    runs++;
    if (spending(context, next) > context.budgetUnits) break;
    winners = next;
    raise++;
  }
  return { winners, raise, runs };
}

/** Projects MES could ever fund: eligible, with at least one supporter. */
function isCandidate(context: PbRuleContext, c: number): boolean {
  return (context.eligible[c] ?? false) && (context.supporters[c]?.length ?? 0) > 0;
}

function candidateCount(context: PbRuleContext): number {
  let count = 0;
  for (let c = 0; c < context.ids.length; c++) if (isCandidate(context, c)) count++;
  return count;
}

export function spending(context: PbRuleContext, outcome: readonly number[]): bigint {
  let total = 0n;
  for (const c of outcome) total += context.costUnits[c] ?? 0n;
  return total;
}

/**
 * True when no unfunded candidate fits in the remaining real budget. Projects nobody supports
 * (or below the instance's threshold) are not counted: no raise can fund them, so counting them
 * would only turn this stop into `overspend` whenever a cheap one exists.
 */
function isExhaustive(context: PbRuleContext, outcome: readonly number[]): boolean {
  const left = context.budgetUnits - spending(context, outcome);
  const funded = new Set(outcome);
  for (let c = 0; c < context.ids.length; c++) {
    if (funded.has(c) || !isCandidate(context, c)) continue;
    if ((context.costUnits[c] ?? 0n) <= left) return false;
  }
  return true;
}
