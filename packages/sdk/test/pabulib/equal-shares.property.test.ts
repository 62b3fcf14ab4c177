// The floating-point Method of Equal Shares against a slow exact one (BigInt fractions), on
// small random instances: same winners, same order, at the real budget and after Add1.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { allocatePb, type PbInstance } from '@budget-citoyen/sdk/pabulib';
import { buildRuleContext } from '../../src/pabulib/context.js';
import { equalSharesFixedBudget } from '../../src/pabulib/equal-shares.js';
import { instance } from './build.js';

class Fraction {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d = 1n) {
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n < 0n ? -n : n, d < 0n ? -d : d) || 1n;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }
  add(o: Fraction) { return new Fraction(this.n * o.d + o.n * this.d, this.d * o.d); }
  sub(o: Fraction) { return new Fraction(this.n * o.d - o.n * this.d, this.d * o.d); }
  mul(o: Fraction) { return new Fraction(this.n * o.n, this.d * o.d); }
  div(o: Fraction) { return new Fraction(this.n * o.d, this.d * o.n); }
  cmp(o: Fraction) { const x = this.n * o.d - o.n * this.d; return x < 0n ? -1 : x > 0n ? 1 : 0; }
  min(o: Fraction) { return this.cmp(o) <= 0 ? this : o; }
}
function gcd(a: bigint, b: bigint): bigint { return b === 0n ? a : gcd(b, a % b); }
const int = (x: number) => new Fraction(BigInt(x));

/** Textbook MES: price by sorting supporters on budget/utility, exact ties to `tieRank`. */
function exactMes(pb: PbInstance, perVoter: Fraction): string[] {
  const context = buildRuleContext(pb, 'reference');
  const budgets = Array.from({ length: context.voterCount }, () => perVoter);
  const remaining = new Set(context.ids.map((_, c) => c).filter((c) => context.eligible[c] && (context.supporters[c]?.length ?? 0) > 0));
  const winners: string[] = [];
  for (;;) {
    let best: { c: number; key: Fraction; rho: Fraction } | undefined;
    for (const c of [...remaining]) {
      const supporters = [...(context.supporters[c] ?? [])];
      const weights = supporters.map((_, s) => int(context.weights[c]?.[s] ?? 1));
      const cost = new Fraction(context.costUnits[c] ?? 0n);
      const order = supporters.map((_, s) => s).sort((a, b) => budgets[supporters[a]!]!.div(weights[a]!).cmp(budgets[supporters[b]!]!.div(weights[b]!)));
      let paid = int(0);
      let weightLeft = weights.reduce((sum, w) => sum.add(w), int(0));
      let rho: Fraction | undefined;
      for (const s of order) {
        const candidate = cost.sub(paid).div(weightLeft);
        if (budgets[supporters[s]!]!.cmp(candidate.mul(weights[s]!)) >= 0) { rho = candidate; break; }
        paid = paid.add(budgets[supporters[s]!]!);
        weightLeft = weightLeft.sub(weights[s]!);
      }
      if (rho === undefined) { remaining.delete(c); continue; }
      const key = context.costUtilities ? rho.div(cost) : rho;
      const order2 = best ? key.cmp(best.key) : -1;
      if (!best || order2 < 0 || (order2 === 0 && (context.tieRank[c] ?? 0) < (context.tieRank[best.c] ?? 0))) best = { c, key, rho };
    }
    if (!best) return winners;
    const { c, rho } = best;
    (context.supporters[c] ?? []).forEach((voter, s) => {
      budgets[voter] = budgets[voter]!.sub(budgets[voter]!.min(rho.mul(int(context.weights[c]?.[s] ?? 1))));
    });
    remaining.delete(c);
    winners.push(context.ids[c]!);
  }
}

/** Add1 by the published description: `exhaustive` also stops at an exhaustive outcome. */
function exactAdd1(pb: PbInstance, stop: 'exhaustive' | 'overspend'): string[] {
  const context = buildRuleContext(pb, 'reference');
  if (context.voterCount === 0) return [];
  const cost = new Map(context.ids.map((id, c) => [id, context.costUnits[c] ?? 0n]));
  const spent = (ids: string[]) => ids.reduce((sum, id) => sum + (cost.get(id) ?? 0n), 0n);
  const candidates = context.ids.filter((_, c) => context.eligible[c] && (context.supporters[c]?.length ?? 0) > 0);
  const base = new Fraction(context.budgetUnits, BigInt(context.voterCount));
  let outcome = exactMes(pb, base);
  for (let k = 1; ; k++) {
    const left = context.budgetUnits - spent(outcome);
    if (candidates.every((id) => outcome.includes(id))) break;
    if (stop === 'exhaustive' && !candidates.some((id) => !outcome.includes(id) && (cost.get(id) ?? 0n) <= left)) break;
    const next = exactMes(pb, base.add(int(k)));
    if (spent(next) > context.budgetUnits) break;
    outcome = next;
  }
  return outcome;
}

const small = fc
  .record({
    cardinal: fc.boolean(),
    costs: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
    ballots: fc.array(fc.array(fc.tuple(fc.nat({ max: 4 }), fc.integer({ min: 1, max: 4 })), { maxLength: 4 }), { maxLength: 7 }),
    budget: fc.integer({ min: 1, max: 80 }),
  })
  .map(({ cardinal, costs, ballots, budget }) =>
    instance({
      budget,
      voteType: cardinal ? 'cumulative' : 'approval',
      costs: Object.fromEntries(costs.map((cost, i) => [String(i + 1), cost])),
      votes: Object.fromEntries(
        ballots.map((ballot, v) => {
          const points = new Map<string, number>();
          for (const [project, score] of ballot) if (project < costs.length) points.set(String(project + 1), score);
          return [`v${v}`, cardinal ? Object.fromEntries(points) : [...points.keys()]];
        }),
      ),
    }),
  );

test('fixed-budget MES equals the exact reference (winners and order)', () => {
  fc.assert(
    fc.property(small, fc.nat({ max: 5 }), (pb, extra) => {
      const context = buildRuleContext(pb, 'test');
      if (context.voterCount === 0) return;
      const perVoter = new Fraction(context.budgetUnits, BigInt(context.voterCount)).add(int(extra));
      const floating = equalSharesFixedBudget(context, Number(perVoter.n) / Number(perVoter.d)).map((c) => context.ids[c]);
      assert.deepEqual(floating, exactMes(pb, perVoter));
    }),
    { numRuns: 500 },
  );
});

/** Greedy by support, with skip; then each voter compares the projects they back in each outcome. */
function exactComparison(pb: PbInstance): string[] {
  const equalShares = exactAdd1(pb, 'overspend');
  const greedy = allocatePb(pb, 'greedy').selected;
  const backed = pb.votes.map((vote, v) => new Set(vote.vote.filter((_, i) => pb.votes[v]?.points === undefined || (vote.points?.[i] ?? 0) > 0)));
  const score = (outcome: string[], voter: Set<string>) => outcome.filter((id) => voter.has(id)).length;
  const preferGreedy = backed.filter((voter) => score(greedy, voter) > score(equalShares, voter)).length;
  const preferEqualShares = backed.filter((voter) => score(equalShares, voter) > score(greedy, voter)).length;
  return preferGreedy > preferEqualShares ? greedy : equalShares;
}

test('equalshares/add1 equals the exact reference', () => {
  fc.assert(
    fc.property(small, (pb) => {
      assert.deepEqual(allocatePb(pb, 'equalshares/add1').selected, exactAdd1(pb, 'exhaustive'));
    }),
    { numRuns: 300 },
  );
});

test('equalshares/add1-comparison equals the exact reference (Add1 to overspending, then the comparison)', () => {
  fc.assert(
    fc.property(small, (pb) => {
      assert.deepEqual(allocatePb(pb, 'equalshares/add1-comparison').selected, exactComparison(pb));
    }),
    { numRuns: 300 },
  );
});
