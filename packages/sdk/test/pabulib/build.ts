// Small hand-written instances for the rule tests: `votes` maps voter ids to their ballots.
import assert from 'node:assert/strict';
import { createPbProject, createPbVote, type PbInstance, type PbVoteType } from '@budget-citoyen/sdk/pabulib';

export function instance(options: {
  budget: number | string;
  costs: Record<string, number | string>;
  votes: Record<string, string[] | Record<string, number>>;
  voteType?: PbVoteType;
  meta?: Record<string, string>;
}): PbInstance {
  const voteType = options.voteType ?? 'approval';
  const cardinal = voteType === 'cumulative' || voteType === 'scoring';
  return {
    meta: { budget: String(options.budget), vote_type: voteType, ...options.meta },
    projects: Object.entries(options.costs).map(([id, cost]) => createPbProject({ project_id: id, cost: String(cost) })),
    votes: Object.entries(options.votes).map(([voter, ballot]) => {
      const ids = Array.isArray(ballot) ? ballot : Object.keys(ballot);
      const fields: Record<string, string> = { voter_id: voter, vote: ids.join(',') };
      if (cardinal && !Array.isArray(ballot)) fields.points = Object.values(ballot).join(',');
      return createPbVote(fields);
    }),
    projectColumns: ['project_id', 'cost'],
    voteColumns: cardinal ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'],
  };
}

/** Each key of `expected` has this value in `meta`: one assertion per key, named in its message. */
export function assertMeta(meta: Readonly<Record<string, string | undefined>>, expected: Readonly<Record<string, string>>): void {
  for (const [key, value] of Object.entries(expected)) assert.equal(meta[key], value, `META ${key}`);
}
