import { RuleInputError } from '../errors.js';
import { equalSharesAdd1 } from './add1.js';
import { buildRuleContext } from './context.js';
import { greedyIndices } from './greedy.js';
import type { PbInstance } from './types.js';

/** The pabulib rules this SDK computes, under pabulib's own names (the `rule` META key). */
export type PbRuleName = 'greedy' | 'greedy-no-skip' | 'greedy-threshold' | 'equalshares/add1';

export const PB_RULE_NAMES: readonly PbRuleName[] = ['greedy', 'greedy-no-skip', 'greedy-threshold', 'equalshares/add1'];

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
};

/**
 * Canonical name of a rule, or a `RuleInputError`. Plain `equalshares` (no completion) and
 * completions other than Add1 are refused rather than approximated: they fund other projects.
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
  const indices = name === 'equalshares/add1' ? equalSharesAdd1(context).winners : greedyIndices(context, name !== 'greedy-no-skip');
  return { selected: indices.map((i) => context.ids[i] ?? ''), rule: name };
}
