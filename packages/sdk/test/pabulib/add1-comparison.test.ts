import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allocatePb, resolvePbRule } from '@budget-citoyen/sdk/pabulib';
// Internal: the run count and the comparison's vote counts are not part of the public result.
import { equalSharesAdd1 } from '../../src/pabulib/add1.js';
import { compareWithGreedy } from '../../src/pabulib/comparison.js';
import { buildRuleContext } from '../../src/pabulib/context.js';
import { instance } from './build.js';

describe('Add1: where it stops', () => {
  // 4 voters, budget 12: 3 each. S (3) is backed by v1, T (11) by v1 v2 v3, Z (20) by v4.
  //   3 each:  T has 9 behind it, too little; S is funded (v1 pays 3). Left 9: T and Z cost
  //            more, so the outcome {S} is exhaustive.
  //   4 each:  T has 12, each of v1 v2 v3 pays 11/3 (11/3 ÷ 11 = 1/3 per unit, S's is 1): T first;
  //            v1 keeps 1/3, too little for S. {T} costs 11 ≤ 12.
  //   5, 6:    {T} again (v1 keeps 4/3, then 7/3).
  //   7 each:  v1 keeps 10/3 ≥ 3: {T, S} costs 14 > 12, so the walk stops at 6, with {T}.
  const input = { budget: 12, costs: { S: 3, T: 11, Z: 20 }, votes: { v1: ['S', 'T'], v2: ['T'], v3: ['T'], v4: ['Z'] } };
  /** Add1 on `input`: the winners by id, how far it raised the voters' budgets, in how many runs. */
  const add1 = (stop: Parameters<typeof equalSharesAdd1>[1]) => {
    const context = buildRuleContext(instance(input), 'test');
    const { winners, raise, runs } = equalSharesAdd1(context, stop);
    return { winners: winners.map((c) => context.ids[c]), raise, runs };
  };

  test('exhaustive: the first exhaustive outcome, {S}', () => {
    assert.deepEqual(add1('exhaustive'), { winners: ['S'], raise: 0, runs: 1 });
    assert.deepEqual(allocatePb(instance(input), 'equalshares/add1').selected, ['S']);
  });

  test('overspend: on through exhaustive outcomes until the next would overspend, {T}', () => {
    assert.deepEqual(add1('overspend'), { winners: ['T'], raise: 3, runs: 5 });
    // Greedy also funds T alone, so the comparison has nothing to weigh.
    assert.deepEqual(allocatePb(instance(input), 'equalshares/add1-comparison').selected, ['T']);
  });

  test('overspend ends once every candidate is funded, though raising would never overspend', () => {
    const cheap = { budget: 100, costs: { a: 10, b: 20 }, votes: { v1: ['a'], v2: ['b'], v3: ['a', 'b'] } };
    assert.deepEqual(allocatePb(instance(cheap), 'equalshares/add1-comparison').selected.sort(), ['a', 'b']);
  });
});

describe('the comparison step', () => {
  // Budget 10, 9 voters (10/9 each). A (10) is backed by v1…v5, B (2) by v6 v7, C (2) by v8 v9.
  //   10/9 each: A has 50/9 < 10; B and C have 20/9 ≥ 2: both funded, 4 spent.
  //   19/9 each: A has 95/9 ≥ 10 and the lowest price (2 each, 1/5 per unit), then B and C:
  //              14 > 10, so Add1 keeps {B, C}.
  // Greedy funds A (5 votes, the whole budget). v1…v5 have one project funded by greedy and
  // none by equal shares: 5 prefer greedy; v6…v9 the opposite: 4. Greedy wins, 5 to 4.
  const input = {
    budget: 10,
    costs: { A: 10, B: 2, C: 2 },
    votes: { v1: ['A'], v2: ['A'], v3: ['A'], v4: ['A'], v5: ['A'], v6: ['B'], v7: ['B'], v8: ['C'], v9: ['C'] },
  };

  test('more voters prefer the greedy outcome: it replaces the equal-shares one', () => {
    assert.deepEqual(allocatePb(instance(input), 'equalshares/add1').selected, ['B', 'C']);
    assert.deepEqual(allocatePb(instance(input), 'greedy').selected, ['A']);
    assert.deepEqual(allocatePb(instance(input), 'equalshares/add1-comparison').selected, ['A']);
  });

  test('the counts: each voter compares how many of their projects each outcome funds', () => {
    const context = buildRuleContext(instance(input), 'test');
    const index = (id: string) => context.ids.indexOf(id);
    assert.deepEqual(compareWithGreedy(context, [index('B'), index('C')], [index('A')]), {
      keptEqualShares: false,
      preferEqualShares: 4,
      preferGreedy: 5,
    });
  });

  test('a tie keeps the equal-shares outcome', () => {
    // One voter fewer behind A (4 each way): 10/8 each, then 18/8 (A has 9 < 10), then 26/8:
    // A (13 ≥ 10) with B and C overspends. Add1 keeps {B, C}; greedy funds A; 4 against 4.
    const tied = { ...input, votes: { v1: ['A'], v2: ['A'], v3: ['A'], v4: ['A'], v6: ['B'], v7: ['B'], v8: ['C'], v9: ['C'] } };
    assert.deepEqual(allocatePb(instance(tied), 'equalshares/add1-comparison').selected, ['B', 'C']);
  });

  test('a voter counts the projects they voted for, not their cost', () => {
    const context = buildRuleContext(instance(input), 'test');
    const index = (id: string) => context.ids.indexOf(id);
    // B and C against B alone: v8 and v9 prefer the first; nobody the second.
    assert.deepEqual(compareWithGreedy(context, [index('B'), index('C')], [index('B')]), { keptEqualShares: true, preferEqualShares: 2, preferGreedy: 0 });
  });
});

test('rule names: equalshares/add1-comparison and its spellings', () => {
  assert.equal(resolvePbRule('equalshares/add1-comparison'), 'equalshares/add1-comparison');
  assert.equal(resolvePbRule('MES/Add1-Comparison'), 'equalshares/add1-comparison');
  assert.equal(resolvePbRule('equal_shares/add1-comparison'), 'equalshares/add1-comparison');
  assert.throws(() => resolvePbRule('equalshares-comparison'), /unsupported rule "equalshares-comparison"/);
});
