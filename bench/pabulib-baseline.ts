// Naive baselines, run in the same process as the SDK so that both meet the same machine load:
// a plain split-based .pb reader, as the reference tools read files (lines, then cells, then each
// vote's list of projects: a vote is read when its projects are), and the textbook Method of
// Equal Shares (each round sums and sorts every candidate's supporters). No validation, no
// quoted cells: what a quick script would do, hence the figure to beat.

export interface NaiveInstance {
  meta: Record<string, string>;
  projects: Map<string, Record<string, string>>;
  votes: Map<string, { fields: Record<string, string>; vote: string[] }>;
}

export function naiveParsePb(text: string): NaiveInstance {
  const meta: Record<string, string> = {};
  const projects = new Map<string, Record<string, string>>();
  const votes = new Map<string, { fields: Record<string, string>; vote: string[] }>();
  let section = '';
  let header: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const row = line.split(';');
    const first = (row[0] ?? '').trim().toLowerCase();
    if (row.length === 1 && (first === 'meta' || first === 'projects' || first === 'votes')) {
      section = first;
      header = undefined;
      continue;
    }
    if (!header) {
      header = row;
      continue;
    }
    if (section === 'meta') {
      meta[row[0] ?? ''] = row[1] ?? '';
      continue;
    }
    const record: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) record[header[i] ?? ''] = row[i] ?? '';
    if (section === 'projects') projects.set(row[0] ?? '', record);
    else votes.set(row[0] ?? '', { fields: record, vote: (record.vote ?? '').split(',') });
  }
  return { meta, projects, votes };
}

export interface NaiveElection {
  cost: number[];
  /** Supporters of each project, as voter numbers. */
  approvers: number[][];
  budget: number;
  voters: number;
  /** Lower wins a tie: the SDK's order (more votes, lower cost, lower id) passed in. */
  tieRank: Int32Array;
}

export function naiveElection(instance: NaiveInstance, tieRank: Int32Array): NaiveElection {
  const ids = [...instance.projects.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const approvers: number[][] = ids.map(() => []);
  let voter = 0;
  for (const vote of instance.votes.values()) {
    for (const id of new Set(vote.vote)) {
      const at = index.get(id.trim());
      if (at !== undefined) approvers[at]?.push(voter);
    }
    voter++;
  }
  return {
    cost: ids.map((id) => Number(instance.projects.get(id)?.cost)),
    approvers,
    budget: Number(instance.meta.budget),
    voters: voter,
    tieRank,
  };
}

/** Textbook MES with cost utilities at a fixed per-voter budget; project numbers in funding order. */
export function naiveEqualShares(election: NaiveElection, perVoter: number): number[] {
  const { cost, approvers, tieRank } = election;
  const budget = new Array<number>(election.voters).fill(perVoter);
  const remaining = new Set(cost.map((_, c) => c).filter((c) => (approvers[c]?.length ?? 0) > 0));
  const winners: number[] = [];
  for (;;) {
    let best = -1;
    let bestRho = Infinity;
    for (const c of remaining) {
      const supporters = approvers[c] ?? [];
      const money = supporters.reduce((sum, i) => sum + (budget[i] ?? 0), 0);
      const price = cost[c] ?? 0;
      if (money < price * (1 - 1e-9)) {
        remaining.delete(c);
        continue;
      }
      const sorted = [...supporters].sort((a, b) => (budget[a] ?? 0) - (budget[b] ?? 0));
      let paid = 0;
      let payers = sorted.length;
      let rho = Infinity;
      for (const i of sorted) {
        const share = (price - paid) / payers;
        if ((budget[i] ?? 0) >= share) {
          rho = share / price;
          break;
        }
        paid += budget[i] ?? 0;
        payers--;
      }
      if (rho < bestRho * (1 - 1e-9) || (rho <= bestRho * (1 + 1e-9) && best >= 0 && (tieRank[c] ?? 0) < (tieRank[best] ?? 0))) {
        best = c;
        bestRho = rho;
      }
    }
    if (best < 0) return winners;
    const share = bestRho * (cost[best] ?? 0);
    for (const i of approvers[best] ?? []) budget[i] = Math.max(0, (budget[i] ?? 0) - share);
    remaining.delete(best);
    winners.push(best);
  }
}
