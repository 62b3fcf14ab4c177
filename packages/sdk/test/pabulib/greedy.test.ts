import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isRuleInputError } from '@budget-citoyen/sdk';
import { allocatePb, resolvePbRule, PB_RULE_NAMES } from '@budget-citoyen/sdk/pabulib';
import { instance } from './build.js';

// Support: A 4, B 3, C 2, D 1. Budget 100: A (50) fits, B (60) does not, C (30) fits, D (30) not.
const ranked = instance({
  budget: 100,
  costs: { A: 50, B: 60, C: 30, D: 30 },
  votes: { v1: ['A', 'B', 'C', 'D'], v2: ['A', 'B', 'C'], v3: ['A', 'B'], v4: ['A'] },
});

describe('greedy rules', () => {
  test('greedy skips what does not fit and goes on', () => {
    assert.deepEqual(allocatePb(ranked, 'greedy').selected, ['A', 'C']);
  });

  test('greedy-no-skip stops at the first project that does not fit', () => {
    assert.deepEqual(allocatePb(ranked, 'greedy-no-skip').selected, ['A']);
  });

  test('greedy-threshold drops projects under min_project_score_threshold, then skips', () => {
    const withThreshold = { ...ranked, meta: { ...ranked.meta, min_project_score_threshold: '3' } };
    assert.deepEqual(allocatePb(withThreshold, 'greedy-threshold').selected, ['A']);
    // The threshold is a condition of the instance, honoured by every rule.
    assert.deepEqual(allocatePb(withThreshold, 'greedy').selected, ['A']);
    assert.deepEqual(allocatePb(withThreshold, 'equalshares/add1').selected, ['A']);
  });

  test('support is counted from the VOTES section, not read from the votes column', () => {
    const lying = { ...ranked, projects: ranked.projects.map((p) => ({ ...p, votes: p.project_id === 'D' ? 1000 : 0 })) };
    assert.deepEqual(allocatePb(lying, 'greedy').selected, ['A', 'C']);
  });

  test('cumulative and scoring ballots rank by the sum of points', () => {
    const points = instance({
      budget: 10,
      voteType: 'cumulative',
      costs: { few: 5, many: 5, none: 5 },
      votes: { v1: { few: 1, many: 4 }, v2: { few: 2, many: 1 }, v3: { few: 1 } },
    });
    // many 5 points, few 4: both fit; `none` would fit nothing more.
    assert.deepEqual(allocatePb(points, 'greedy').selected, ['many', 'few']);
    assert.deepEqual(allocatePb({ ...points, meta: { ...points.meta, vote_type: 'scoring' } }, 'greedy').selected, ['many', 'few']);
  });

  test('ties: more support, then lower cost, then lower project id', () => {
    const tied = instance({
      budget: 25,
      costs: { '10': 10, '9': 10, '2': 20, '1': 30 },
      votes: { v1: ['10', '9', '2', '1'] },
    });
    // All have 1 vote: '9' and '10' (10 each, numeric ids) before '2' (20), '1' (30) last.
    assert.deepEqual(allocatePb(tied, 'greedy').selected, ['9', '10']);
    const opaque = instance({ budget: 10, costs: { 'p-10': 10, 'p-9': 10 }, votes: { v1: ['p-10', 'p-9'] } });
    assert.deepEqual(allocatePb(opaque, 'greedy').selected, ['p-10'], 'code-point order for non-integer ids');
  });

  test('choose-1 ballots count like approval', () => {
    const choose = instance({ budget: 10, voteType: 'choose-1', costs: { a: 10, b: 10 }, votes: { v1: ['b'], v2: ['b'], v3: ['a'] } });
    assert.deepEqual(allocatePb(choose, 'greedy').selected, ['b']);
  });
});

describe('rule names', () => {
  test('meta.rule is the default; file names and aliases map to the four rules', () => {
    assert.equal(allocatePb({ ...ranked, meta: { ...ranked.meta, rule: 'greedy-no-skip' } }).rule, 'greedy-no-skip');
    for (const rule of PB_RULE_NAMES) assert.equal(resolvePbRule(rule), rule);
    assert.equal(resolvePbRule(' Greedy_No_Skip '), 'greedy-no-skip');
    assert.equal(resolvePbRule('greedy-noskip'), 'greedy-no-skip');
    assert.equal(resolvePbRule('MES/Add1'), 'equalshares/add1');
    assert.equal(resolvePbRule('equal_shares/add1'), 'equalshares/add1');
    assert.equal(resolvePbRule('utilitarian_greedy'), 'greedy');
  });

  const refusals: ReadonlyArray<[string, () => unknown, string, RegExp]> = [
    ['an unsupported rule', () => allocatePb(ranked, 'phragmen'), 'rule', /unsupported rule "phragmen": supported rules are greedy, greedy-no-skip/],
    ['plain equalshares (no completion)', () => allocatePb(ranked, 'equalshares'), 'rule', /unsupported rule "equalshares"/],
    ['no rule at all', () => allocatePb(ranked), 'meta.rule', /no rule given/],
    ['greedy-threshold without a threshold', () => allocatePb(ranked, 'greedy-threshold'), 'meta.min_project_score_threshold', /needs/],
    ['no budget', () => allocatePb({ ...ranked, meta: { vote_type: 'approval' } }, 'greedy'), 'meta.budget', /decimal/],
    ['ordinal ballots', () => allocatePb({ ...ranked, meta: { ...ranked.meta, vote_type: 'ordinal' } }, 'greedy'), 'meta.vote_type', /ordinal/],
  ];
  for (const [what, run, path, message] of refusals) {
    test(`${what} is a RuleInputError naming ${path}`, () => {
      assert.throws(run, (error: unknown) => {
        assert.ok(isRuleInputError(error));
        assert.equal(error.errors[0]?.path, path);
        assert.match(error.message, message);
        return true;
      });
    });
  }
});
