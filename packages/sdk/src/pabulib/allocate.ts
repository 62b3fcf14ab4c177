import { RuleInputError } from '../errors.js';
import { equalSharesAdd1 } from './add1.js';
import { compareWithGreedy } from './comparison.js';
import { buildRuleContext, type PbRuleContext } from './context.js';
import { greedyIndices } from './greedy.js';
import type { PbInstance } from './types.js';

/** The pabulib rules this SDK computes, under pabulib's own names (the `rule` META key). */
export type PbRuleName = 'greedy' | 'greedy-no-skip' | 'greedy-threshold' | 'equalshares/add1' | 'equalshares/add1-comparison';

export const PB_RULE_NAMES: readonly PbRuleName[] = ['greedy', 'greedy-no-skip', 'greedy-threshold', 'equalshares/add1', 'equalshares/add1-comparison'];

export interface PbAllocation {
  /** Funded project ids, in the order the rule funded them. */
  selected: string[];
  rule: PbRuleName;
}

/** Other spellings met in files and papers, after lower-casing and turning `_` and spaces into `-`. */
const ALIASES: Readonly<Record<string, PbRuleName>> = {
  'greedy-skip': 'greedy',
  'greedy-with-skip': 'greedy',
  'utilitarian-greedy': 'greedy',
  'greedy-noskip': 'greedy-no-skip',
  'greedy-without-skip': 'greedy-no-skip',
  'greedy-thresholds': 'greedy-threshold',
  'greedy/threshold': 'greedy-threshold',
  'equalshares-add1': 'equalshares/add1',
  'equal-shares/add1': 'equalshares/add1',
  'equal-shares-add1': 'equalshares/add1',
  'mes/add1': 'equalshares/add1',
  'mes-add1': 'equalshares/add1',
  'equalshares-add1-comparison': 'equalshares/add1-comparison',
  'equal-shares/add1-comparison': 'equalshares/add1-comparison',
  'mes/add1-comparison': 'equalshares/add1-comparison',
};

/**
 * Canonical name of a rule, or a `RuleInputError`. Plain `equalshares` (no completion),
 * `equalshares-comparison` and completions other than Add1 are refused rather than
 * approximated: they fund other projects.
 */
export function resolvePbRule(name: string): PbRuleName {
  const normalised = name.trim().toLowerCase().replace(/[_\s]+/g, '-');
  const rule = (PB_RULE_NAMES as readonly string[]).includes(normalised) ? (normalised as PbRuleName) : ALIASES[normalised];
  if (!rule) {
    throw new RuleInputError([
      { path: 'rule', message: `unsupported rule ${JSON.stringify(name)}: supported rules are ${PB_RULE_NAMES.join(', ')}` },
    ]);
  }
  return rule;
}

/**
 * Runs a rule on an instance: `rule` if given, else the file's `meta.rule`. Every rule ranks by
 * support counted from the VOTES section (approvals, or the sum of points for cumulative and
 * scoring ballots), honours `meta.min_project_score_threshold` when present (an eligibility
 * condition of the instance), and breaks ties by more support, then lower cost, then lower
 * project id. `greedy-threshold` is the greedy walk with skip and requires the threshold.
 * The two equal-shares rules differ in when Add1 stops (`Add1Stop` in add1.ts), and
 * `equalshares/add1-comparison` then keeps its outcome unless more voters prefer greedy's
 * (comparison.ts). docs/pabulib-rules.md says which published description each follows.
 */
export function allocatePb(instance: PbInstance, rule?: PbRuleName | (string & {})): PbAllocation {
  const requested = rule ?? instance.meta.rule;
  if (requested === undefined || requested.trim() === '') {
    throw new RuleInputError([{ path: 'meta.rule', message: 'no rule given and the instance has no meta.rule' }]);
  }
  const name = resolvePbRule(requested);
  const context = buildRuleContext(instance, name);
  if (name === 'greedy-threshold' && !context.hasThreshold) {
    throw new RuleInputError([{ path: 'meta.min_project_score_threshold', message: 'greedy-threshold needs meta.min_project_score_threshold' }]);
  }
  return { selected: runRule(context, name).map((i) => context.ids[i] ?? ''), rule: name };
}

function runRule(context: PbRuleContext, name: PbRuleName): number[] {
  switch (name) {
    case 'equalshares/add1':
      return equalSharesAdd1(context, 'exhaustive').winners;
    case 'equalshares/add1-comparison': {
      const equalShares = equalSharesAdd1(context, 'overspend').winners;
      const greedy = greedyIndices(context, true);
      return compareWithGreedy(context, equalShares, greedy).keptEqualShares ? equalShares : greedy;
    }
    default:
      return greedyIndices(context, name !== 'greedy-no-skip');
  }
}
