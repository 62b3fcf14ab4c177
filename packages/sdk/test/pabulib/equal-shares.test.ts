import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allocatePb } from '@budget-citoyen/sdk/pabulib';
// The fixed-budget run is internal; its unit tests read the voters' budgets it leaves.
import { buildRuleContext } from '../../src/pabulib/context.js';
import { equalSharesFixedBudget } from '../../src/pabulib/equal-shares.js';
import { instance } from './build.js';

function runAt(perVoterBudget: number, input: Parameters<typeof instance>[0]) {
  const context = buildRuleContext(instance(input), 'test');
  const wallet = new Float64Array(context.voterCount);
  const winners = equalSharesFixedBudget(context, perVoterBudget, wallet).map((i) => context.ids[i]);
  return { winners, wallet: [...wallet] };
}

describe('Method of Equal Shares, worked by hand', () => {
  // 4 voters with 10 each. Cost utilities: a project's price per unit of utility is what each
  // supporter pays divided by its cost.
  //   W1 costs 24, backed by v1 v2 v3: 8 each, 8/24 = 1/3   ← round 1
  //   W2 costs 12, backed by v1 v4:    6 each, 6/12 = 1/2
  //   W3 costs  9, backed by v4:       9,      9/9  = 1
  // Round 2: v1 has 2 left, so v1 pays 2 and v4 pays the other 10: 10/12 = 5/6 < W3's 1. Funded.
  // Budgets left: v1 0, v2 2, v3 2, v4 0; W3 (9) is out of v4's reach.
  const input = { budget: 40, costs: { W1: 24, W2: 12, W3: 9 }, votes: { v1: ['W1', 'W2'], v2: ['W1'], v3: ['W1'], v4: ['W2', 'W3'] } };

  test('funds W1 then W2, a capped supporter paying all she has', () => {
    const { winners, wallet } = runAt(10, input);
    assert.deepEqual(winners, ['W1', 'W2']);
    assert.deepEqual(wallet, [0, 2, 2, 0]);
  });

  test('Add1 stops there: the outcome is exhaustive (4 left, W3 costs 9)', () => {
    assert.deepEqual(allocatePb(instance(input), 'equalshares/add1').selected, ['W1', 'W2']);
  });

  test('equal prices are a tie, broken by lower cost (same support)', () => {
    // A (12) and C (24), each backed by the 3 voters: 1/3 per unit of utility for both.
    // A first leaves 6 each, too little for C; C first would leave 2 each, too little for A.
    const tie = { budget: 30, costs: { C: 24, A: 12 }, votes: { v1: ['A', 'C'], v2: ['A', 'C'], v3: ['A', 'C'] } };
    assert.deepEqual(runAt(10, tie).winners, ['A']);
  });

  test('then by lower project id, numerically when every id is an integer', () => {
    const twins = (a: string, b: string) => ({ budget: 12, costs: { [a]: 12, [b]: 12 }, votes: { v1: [a, b], v2: [a, b] } });
    assert.deepEqual(runAt(6, twins('10', '9')).winners, ['9']);
    assert.deepEqual(runAt(6, twins('p10', 'p9')).winners, ['p10']);
  });

  test('a project its supporters cannot afford is never funded', () => {
    assert.deepEqual(runAt(10, { budget: 20, costs: { big: 25 }, votes: { v1: ['big'], v2: ['big'] } }).winners, []);
    // Exactly affordable: everybody pays everything.
    const exact = runAt(10, { budget: 20, costs: { all: 20 }, votes: { v1: ['all'], v2: ['all'] } });
    assert.deepEqual(exact.winners, ['all']);
    assert.deepEqual(exact.wallet, [0, 0]);
  });

  test('cardinal ballots: utilities are the points', () => {
    // X costs 10, v1 gives 3 points and v2 1: ρ = 10/4 = 2.5, v1 pays 7.5 and v2 2.5.
    // Y costs 10, v2 gives 2 points: ρ = 5 — later, and v2's 7.5 can no longer pay 10.
    const cardinal = { budget: 20, voteType: 'cumulative' as const, costs: { X: 10, Y: 10 }, votes: { v1: { X: 3 }, v2: { X: 1, Y: 2 } } };
    const { winners, wallet } = runAt(10, cardinal);
    assert.deepEqual(winners, ['X']);
    assert.deepEqual(wallet, [2.5, 7.5]);
  });
});

describe('Add1 completion', () => {
  test('raises every budget one unit at a time while the outcome fits', () => {
    // Cumulative example above: at 10, 11 and 12 per voter only X is funded; at 13 v2 keeps
    // 10.5 after X and funds Y: 20 spent out of 20, which fits. All funded: stop.
    const cardinal = { budget: 20, voteType: 'cumulative' as const, costs: { X: 10, Y: 10 }, votes: { v1: { X: 3 }, v2: { X: 1, Y: 2 } } };
    assert.deepEqual(runAt(12, cardinal).winners, ['X']);
    assert.deepEqual(runAt(13, cardinal).winners, ['X', 'Y']);
    assert.deepEqual(allocatePb(instance(cardinal), 'equalshares/add1').selected, ['X', 'Y']);
  });

  test('keeps the last outcome that fits, with no greedy top-up', () => {
    // 3 voters, 30: c (15, all three) costs each 5; a (20, v1 v2) and b (10, v3) become
    // affordable together at 15 per voter, where a comes first (10/20 < 10/10), then b: the
    // outcome costs 45 > 30. So Add1 keeps {c}, although b would fit in the 15 left: no top-up.
    const input = { budget: 30, costs: { a: 20, b: 10, c: 15 }, votes: { v1: ['a', 'c'], v2: ['a', 'c'], v3: ['b', 'c'] } };
    assert.deepEqual(runAt(14, input).winners, ['c']);
    assert.deepEqual(runAt(15, input).winners, ['c', 'a', 'b']);
    assert.deepEqual(allocatePb(instance(input), 'equalshares/add1').selected, ['c']);
    assert.deepEqual(allocatePb(instance(input), 'greedy').selected, ['c', 'b']);
  });

  test('decimal budgets and costs are compared exactly', () => {
    // 0.1 + 0.2 > 0.3 in binary floating point; the rules must still fund both.
    const input = { budget: '0.3', costs: { a: '0.1', b: '0.2' }, votes: { v1: ['a', 'b'], v2: ['a', 'b'], v3: ['a', 'b'] } };
    assert.deepEqual(allocatePb(instance(input), 'greedy').selected.sort(), ['a', 'b']);
    assert.deepEqual(allocatePb(instance(input), 'equalshares/add1').selected.sort(), ['a', 'b']);
  });

  test('an instance without voters funds nothing', () => {
    assert.deepEqual(allocatePb(instance({ budget: 10, costs: { a: 5 }, votes: {} }), 'equalshares/add1').selected, []);
  });
});
