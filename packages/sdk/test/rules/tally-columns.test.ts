import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tallyColumns, type TallyBallot } from '@budget-citoyen/sdk/rules';
import { assertRuleInputError } from './assertions.js';
import { referenceTally } from './reference.js';

const CATEGORIES = ['cooperation', 'innovation-sociale'];
const PROJECTS = ['co-1', 'co-2', 'is-1', 'is-2'];

/** Object ballots to columns: two choice columns per category, 1 + project index, 0 for none. */
function toColumns(ballots: TallyBallot[]) {
  const choices = CATEGORIES.flatMap(() => [new Uint16Array(ballots.length), new Uint16Array(ballots.length)]);
  ballots.forEach((ballot, i) => {
    CATEGORIES.forEach((category, c) => {
      const value = ballot.choices[category];
      const ids = value === undefined ? [] : typeof value === 'string' ? [value] : value;
      ids.forEach((id, k) => (choices[2 * c + k]![i] = PROJECTS.indexOf(id) + 1));
    });
  });
  return { projectIds: PROJECTS, choices };
}

const ballots = fc.array(
  fc.record({
    identity: fc.constantFrom('ana', 'bob', 'cyd', 'dan', 'eve', 'fay'),
    choices: fc.record(
      {
        cooperation: fc.oneof(fc.constantFrom('co-1', 'co-2'), fc.array(fc.constantFrom('co-1', 'co-2'), { maxLength: 2 })),
        'innovation-sociale': fc.oneof(fc.constantFrom('is-1', 'is-2'), fc.array(fc.constantFrom('is-1', 'is-2'), { maxLength: 2 })),
      },
      { requiredKeys: [] },
    ),
  }),
  { maxLength: 50 },
);

describe('tallyColumns', () => {
  it('counts like a naive tally, with identities as strings, dense numbers or sparse numbers', () => {
    fc.assert(
      fc.property(ballots, (list) => {
        const expected = referenceTally(list);
        const columns = toColumns(list);
        const names = [...new Set(list.map((b) => b.identity))];
        const dense = Uint32Array.from(list, (b) => names.indexOf(b.identity));
        const sparse = Uint32Array.from(list, (b) => (names.indexOf(b.identity) * 2_654_435_761) >>> 0);

        for (const result of [
          tallyColumns({ ...columns, identities: list.map((b) => b.identity) }),
          tallyColumns({ ...columns, identities: dense }),
          tallyColumns({ ...columns, identities: sparse }),
        ]) {
          assert.deepEqual(result.ballots, { cast: expected.cast, annulled: expected.annulled, counted: expected.counted });
          assert.deepEqual(result.votes, expected.votes);
          assert.equal(result.annulledIdentities.size, expected.annulledIdentities.size);
        }
        assert.deepEqual(tallyColumns({ ...columns, identities: list.map((b) => b.identity) }).annulledIdentities, expected.annulledIdentities);
        assert.deepEqual(
          tallyColumns({ ...columns, identities: dense }).annulledIdentities,
          new Set([...expected.annulledIdentities].map((name) => names.indexOf(name))),
        );
      }),
    );
  });
  it('annuls by identity number', () => {
    const result = tallyColumns({
      identities: Uint32Array.of(7, 8, 7, 9),
      projectIds: ['a', 'b'],
      choices: [Uint8Array.of(1, 2, 2, 2)],
    });
    assert.deepEqual(result.ballots, { cast: 4, annulled: 2, counted: 2 });
    assert.deepEqual(result.votes, new Map([['b', 2]]));
    assert.deepEqual(result.annulledIdentities, new Set([7]));
  });
  it('rejects columns that do not line up', () => {
    assertRuleInputError(() => tallyColumns({ identities: Uint32Array.of(1, 2), projectIds: ['a'], choices: [Uint8Array.of(1)] }), 'choices[0]');
    assertRuleInputError(() => tallyColumns({ identities: Uint32Array.of(1), projectIds: ['a'], choices: [Uint8Array.of(2)] }), 'choices[0][0]');
    assertRuleInputError(() => tallyColumns({ identities: Uint32Array.of(1), projectIds: ['a', 'a'], choices: [] }), 'projectIds');
    assertRuleInputError(() => tallyColumns({ identities: [1] as unknown as string[], projectIds: ['a'], choices: [Uint8Array.of(1)] }), 'identities[0]');
    assertRuleInputError(() => tallyColumns(null as never), 'identities');
  });
});
