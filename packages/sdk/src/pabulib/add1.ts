import type { PbRuleContext } from './context.js';
import { equalSharesFixedBudget } from './equal-shares.js';

/**
 * Equal Shares completed by Add1 (pabulib's `equalshares/add1`, as Assen 2024 was decided):
 * MES rarely spends the whole budget, so every voter's starting budget is raised by one
 * currency unit at a time (total budget + n·k) and MES re-run, for as long as the outcome still
 * fits in the real budget; the last outcome that fits is kept, with no greedy top-up.
 *
 * Like the reference implementations (equalshares.net, pabutools) it stops early once an
 * outcome is exhaustive — no unfunded candidate fits in what is left of the real budget — which
 * also guarantees the loop ends (with budgets large enough, MES funds every candidate). No
 * bisection on k: the spending of MES is not monotone in the budget, so a bisection could
 * return another outcome than this walk. Spending is compared exactly, in scaled integers.
 */
export function equalSharesAdd1(context: PbRuleContext): Add1Outcome {
  const voters = context.voterCount;
  if (voters === 0) return { winners: [], raise: 0, runs: 0 };
  const base = context.budget / voters;
  const wallet = new Float64Array(voters);
  let winners = equalSharesFixedBudget(context, base, wallet);
  let raise = 0;
  let runs = 1;
  while (!isExhaustive(context, winners)) {
    const next = equalSharesFixedBudget(context, base + raise + 1, wallet);
    runs++;
    if (spending(context, next) > context.budgetUnits) break;
    winners = next;
    raise++;
  }
  return { winners, raise, runs };
}

export interface Add1Outcome {
  /** Project indices in funding order. */
  winners: number[];
  /** Currency units added to each voter's budget in the kept run. */
  raise: number;
  /** MES runs performed, the last (rejected) one included. */
  runs: number;
}

function spending(context: PbRuleContext, outcome: readonly number[]): bigint {
  let total = 0n;
  for (const c of outcome) total += context.costUnits[c] ?? 0n;
  return total;
}

/** True when no eligible, supported, unfunded project fits in the remaining real budget. */
function isExhaustive(context: PbRuleContext, outcome: readonly number[]): boolean {
  const left = context.budgetUnits - spending(context, outcome);
  const funded = new Set(outcome);
  for (let c = 0; c < context.ids.length; c++) {
    if (funded.has(c) || !context.eligible[c] || (context.supporters[c]?.length ?? 0) === 0) continue;
    if ((context.costUnits[c] ?? 0n) <= left) return false;
  }
  return true;
}
