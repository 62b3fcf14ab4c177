// Deliberately naive re-implementations of the spec, written from its text and not from the
// SDK's code: property tests compare the SDK against them. Slow, obvious, independent.

export interface RefCategory {
  id: string;
  envelopeCents: number;
  rolloverRank: number;
}
export interface RefProject {
  id: string;
  category: string;
  requestedAmountCents: number;
}
export interface RefResult {
  categories: Array<{
    id: string;
    envelopeCents: number;
    spentCents: number;
    rolloverInCents: number;
    projects: Array<{ projectId: string; votes: number; rank: number; funded: boolean; fundedFrom: 'envelope' | 'rollover' | null }>;
  }>;
  rollover: { poolCents: number; unallocatedCents: number };
}

/** Code points as numbers, compared one by one: the spec's "plain code-point order". */
export function codePointLess(a: string, b: string): boolean {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] as number) < (y[i] as number);
  }
  return x.length < y.length;
}

/** True when `a` must rank before `b` (spec, step 2). */
export function ranksBefore(
  a: { votes: number; requestedAmountCents: number; id: string },
  b: { votes: number; requestedAmountCents: number; id: string },
): boolean {
  if (a.votes !== b.votes) return a.votes > b.votes;
  if (a.requestedAmountCents !== b.requestedAmountCents) return a.requestedAmountCents < b.requestedAmountCents;
  return codePointLess(a.id, b.id);
}

export function referenceAllocate(
  categories: RefCategory[],
  projects: RefProject[],
  votesOf: (projectId: string) => number,
  minVotes: number,
): RefResult {
  // Selection sort by "ranks before": slow and obviously right.
  const rankingOf = (categoryId: string) => {
    const rest = projects.filter((p) => p.category === categoryId).map((p) => ({ ...p, votes: votesOf(p.id) }));
    const ranking = [];
    while (rest.length > 0) {
      let best = 0;
      for (let i = 1; i < rest.length; i++) if (ranksBefore(rest[i]!, rest[best]!)) best = i;
      ranking.push(rest.splice(best, 1)[0]!);
    }
    return ranking;
  };
  const byRank = [...categories].sort((a, b) => a.rolloverRank - b.rolloverRank);
  const funded = new Map<string, 'envelope' | 'rollover'>();
  const rollIn = new Map<string, number>();
  const rankings = new Map(byRank.map((c) => [c.id, rankingOf(c.id)]));
  let pool = 0;
  for (const category of byRank) {
    let left = category.envelopeCents;
    for (const project of rankings.get(category.id)!) {
      if (project.votes >= minVotes && project.requestedAmountCents <= left) {
        left -= project.requestedAmountCents;
        funded.set(project.id, 'envelope');
      }
    }
    pool += left;
  }
  const poolCents = pool;
  for (const category of byRank) {
    rollIn.set(category.id, 0);
    for (const project of rankings.get(category.id)!) {
      if (funded.has(project.id) || project.votes < minVotes) continue;
      if (project.requestedAmountCents <= pool) {
        pool -= project.requestedAmountCents;
        funded.set(project.id, 'rollover');
        rollIn.set(category.id, rollIn.get(category.id)! + project.requestedAmountCents);
      }
    }
  }
  return {
    categories: byRank.map((category) => {
      const ranking = rankings.get(category.id)!;
      return {
        id: category.id,
        envelopeCents: category.envelopeCents,
        spentCents: ranking.filter((p) => funded.has(p.id)).reduce((sum, p) => sum + p.requestedAmountCents, 0),
        rolloverInCents: rollIn.get(category.id)!,
        projects: ranking.map((p, i) => ({
          projectId: p.id,
          votes: p.votes,
          rank: i + 1,
          funded: funded.has(p.id),
          fundedFrom: funded.get(p.id) ?? null,
        })),
      };
    }),
    rollover: { poolCents, unallocatedCents: pool },
  };
}

/** Counts ballots as spec step 1 reads, with two obvious passes. */
export function referenceTally<Identity>(
  ballots: ReadonlyArray<{ identity: Identity; choices: Readonly<Record<string, string | readonly string[]>> }>,
) {
  const perIdentity = new Map<Identity, number>();
  for (const b of ballots) perIdentity.set(b.identity, (perIdentity.get(b.identity) ?? 0) + 1);
  const votes = new Map<string, number>();
  let counted = 0;
  for (const b of ballots) {
    if (perIdentity.get(b.identity)! > 1) continue;
    counted++;
    for (const value of Object.values(b.choices)) {
      for (const projectId of new Set(typeof value === 'string' ? [value] : value)) {
        votes.set(projectId, (votes.get(projectId) ?? 0) + 1);
      }
    }
  }
  const annulledIdentities = new Set([...perIdentity].filter(([, n]) => n > 1).map(([id]) => id));
  return { cast: ballots.length, counted, annulled: ballots.length - counted, votes, annulledIdentities };
}
