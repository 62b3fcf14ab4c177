/**
 * Plain Unicode code-point order, the spec's tie-break on project ids. JavaScript's `<` compares
 * UTF-16 code units, which puts characters above U+FFFF before U+E000–U+FFFF; `localeCompare`
 * changes with the locale. Either would let two implementations rank the same projects
 * differently.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // At the first difference, lift surrogates above the rest of the BMP: that is code-point order.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** What the ranking looks at in a project. */
export interface RankableProject {
  id: string;
  votes: number;
  requestedAmountCents: number;
}

/** Why one project is ahead of the next although both have the same number of votes. */
export interface TieBreak {
  votes: number;
  ahead: string;
  behind: string;
  /** `requested-amount`: `ahead` asks for less; `id`: same amount, `ahead` has the lower id. */
  by: 'requested-amount' | 'id';
}

/** Spec step 2: votes descending, then lower requested amount, then id in code-point order. */
export function compareRanking(a: RankableProject, b: RankableProject): number {
  return b.votes - a.votes || a.requestedAmountCents - b.requestedAmountCents || compareCodePoints(a.id, b.id);
}

/** The ranking of one category's projects, with each tie that had to be broken. */
export function rankProjects<P extends RankableProject>(projects: readonly P[]): { order: P[]; ties: TieBreak[] } {
  const order = [...projects].sort(compareRanking);
  const ties: TieBreak[] = [];
  for (let i = 1; i < order.length; i++) {
    const ahead = order[i - 1] as P;
    const behind = order[i] as P;
    if (ahead.votes !== behind.votes) continue;
    ties.push({
      votes: ahead.votes,
      ahead: ahead.id,
      behind: behind.id,
      by: ahead.requestedAmountCents !== behind.requestedAmountCents ? 'requested-amount' : 'id',
    });
  }
  return { order, ties };
}
