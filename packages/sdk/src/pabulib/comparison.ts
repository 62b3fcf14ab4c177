import type { PbRuleContext } from './context.js';

export interface ComparisonOutcome {
  /** True when the equal-shares outcome is kept; false when the greedy one replaces it. */
  keptEqualShares: boolean;
  /** Voters with more of their projects funded by each outcome (the others are indifferent). */
  preferEqualShares: number;
  preferGreedy: number;
}

/**
 * The comparison step of pabulib's `…-comparison` rules (equalshares.net's "satisfaction"
 * comparison): each voter prefers the outcome that funds more of the projects they voted for;
 * the equal-shares outcome is kept unless strictly more voters prefer the greedy one. A voter
 * "voted for" a project when they gave it positive utility (approval, or points).
 */
export function compareWithGreedy(context: PbRuleContext, equalShares: readonly number[], greedy: readonly number[]): ComparisonOutcome {
  // One signed counter per voter: +1 per funded project of theirs in equal shares, −1 in greedy.
  const balance = new Int32Array(context.voterCount);
  const tally = (outcome: readonly number[], sign: number) => {
    for (const c of outcome) {
      const supporters = context.supporters[c];
      if (!supporters) continue;
      for (let s = 0; s < supporters.length; s++) {
        const voter = supporters[s] as number;
        balance[voter] = (balance[voter] as number) + sign;
      }
    }
  };
  tally(equalShares, 1);
  tally(greedy, -1);
  let preferEqualShares = 0;
  let preferGreedy = 0;
  for (const b of balance) {
    if (b > 0) preferEqualShares++;
    else if (b < 0) preferGreedy++;
  }
  return { keptEqualShares: preferGreedy <= preferEqualShares, preferEqualShares, preferGreedy };
}
