import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tally, type TallyBallot } from '@budget-citoyen/sdk/rules';
import { assertRuleInputError } from './assertions.js';
import { referenceTally } from './reference.js';

const ballot = (identity: string, choices: Record<string, string | string[]>): TallyBallot => ({ identity, choices });

describe('tally', () => {
  it('counts one vote per project chosen', () => {
    const result = tally([
      ballot('ana', { cooperation: 'co-1', 'pratiques-ess': 'pe-1' }),
      ballot('bob', { cooperation: ['co-1'] }),
      ballot('cyd', { cooperation: 'co-2', 'pratiques-ess': [] }),
    ]);
    assert.deepEqual(result.ballots, { cast: 3, annulled: 0, counted: 3 });
    assert.deepEqual(result.votes, new Map([['co-1', 2], ['co-2', 1], ['pe-1', 1]]));
    assert.deepEqual(result.annulledIdentities, new Set());
  });
  it('annuls every ballot of an identity that voted twice or more, and only those', () => {
    const result = tally([
      ballot('ana', { cooperation: 'co-1' }),
      ballot('bob', { cooperation: 'co-2' }),
      ballot('ana', { cooperation: 'co-2' }),
      ballot('cyd', { cooperation: 'co-2' }),
      ballot('dan', { cooperation: 'co-1' }),
      ballot('dan', { cooperation: 'co-1' }),
      ballot('dan', { 'pratiques-ess': 'pe-1' }),
    ]);
    assert.deepEqual(result.ballots, { cast: 7, annulled: 5, counted: 2 });
    // bob and cyd alone are counted; pe-1 had only dan's annulled vote.
    assert.deepEqual(result.votes, new Map([['co-2', 2]]));
    assert.deepEqual(result.annulledIdentities, new Set(['ana', 'dan']));
  });
  it("counts project ids that are also JavaScript's own property names, or numbers", () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '10', '2'];
    const result = tally([
      ...ids.map((id, i) => ballot(`v${i}`, { cooperation: id })),
      ballot('w', { cooperation: '__proto__', 'pratiques-ess': ['constructor', '10'] }),
    ]);
    assert.deepEqual(
      [...result.votes],
      [['0', 1], ['10', 2], ['2', 1], ['__proto__', 2], ['constructor', 2], ['hasOwnProperty', 1], ['toString', 1]],
    );
  });
  it('lists requested projects even without votes', () => {
    const result = tally([ballot('ana', { cooperation: 'co-1' })], { projectIds: ['co-1', 'co-2'] });
    assert.deepEqual(result.votes, new Map([['co-1', 1], ['co-2', 0]]));
  });
  it('counts a project named twice in one array once', () => {
    assert.deepEqual(tally([ballot('ana', { cooperation: ['co-1', 'co-1'] })]).votes, new Map([['co-1', 1]]));
  });
  it('accepts any iterable', () => {
    function* ballots() {
      yield ballot('ana', { cooperation: 'co-1' });
      yield ballot('ana', { cooperation: 'co-1' });
      yield ballot('bob', { cooperation: 'co-1' });
    }
    const result = tally(ballots());
    assert.deepEqual(result.ballots, { cast: 3, annulled: 2, counted: 1 });
  });
  it('counts nothing from nothing', () => {
    const result = tally([]);
    assert.deepEqual(result.ballots, { cast: 0, annulled: 0, counted: 0 });
    assert.equal(result.votes.size, 0);
  });
  it('rejects unreadable ballots with a RuleInputError naming the ballot', () => {
    assertRuleInputError(() => tally([ballot('ana', { cooperation: 'co-1' }), null as unknown as TallyBallot]), 'ballots[1].identity');
    assertRuleInputError(() => tally([{ identity: 42 } as unknown as TallyBallot]), 'ballots[0].identity');
    assertRuleInputError(() => tally([{ identity: 'ana', choices: null } as unknown as TallyBallot]), 'ballots[0].choices');
    assertRuleInputError(() => tally([ballot('ana', { cooperation: 3 as unknown as string })]), 'ballots[0].choices.cooperation');
    assertRuleInputError(() => tally([ballot('ana', { cooperation: [3 as unknown as string] })]), 'ballots[0].choices.cooperation.0');
  });
  it('is exact at scale, hash neighbours included', () => {
    // 30 000 ballots: enough for many identities to share a slot of the duplicate filter, which
    // must then still tell them apart by their exact text.
    const ballots: TallyBallot[] = [];
    for (let i = 0; i < 30_000; i++) {
      const person = i % 29_000; // the first 1 000 people vote twice
      ballots.push(ballot(`person-${person}|x|2000-01-01`, { cooperation: `co-${person % 7}`, 'pratiques-ess': [`pe-${person % 3}`] }));
    }
    const result = tally(ballots);
    const expected = referenceTally(ballots);
    assert.deepEqual(result.ballots, { cast: 30_000, annulled: 2_000, counted: 28_000 });
    assert.deepEqual(result.votes, expected.votes);
    assert.deepEqual(result.annulledIdentities, expected.annulledIdentities);
  });

  const identities = fc.constantFrom('ana', 'bob', 'cyd', 'dan', 'eve', 'Ana', 'ana ', 'é', 'e\u0301');
  const choice = fc.constantFrom('co-1', 'co-2', 'is-1', 'pe-1');
  const ballots = fc.array(
    fc.record({
      identity: identities,
      choices: fc.dictionary(fc.constantFrom('cooperation', 'innovation-sociale', 'pratiques-ess'), fc.oneof(choice, fc.array(choice, { maxLength: 2 }))),
    }),
    { maxLength: 40 },
  );

  it('agrees with a naive count, and annulled + counted = cast', () => {
    fc.assert(
      fc.property(ballots, (list) => {
        const result = tally(list);
        const expected = referenceTally(list);
        assert.equal(result.ballots.annulled + result.ballots.counted, result.ballots.cast);
        assert.deepEqual(result.ballots, { cast: expected.cast, annulled: expected.annulled, counted: expected.counted });
        assert.deepEqual(result.votes, expected.votes);
        assert.deepEqual(result.annulledIdentities, expected.annulledIdentities);
      }),
    );
  });
  it('does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(
        ballots.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          const a = tally(list);
          const b = tally(shuffled);
          assert.deepEqual(b.ballots, a.ballots);
          assert.deepEqual([...b.votes], [...a.votes]); // same keys in the same (sorted) order
          assert.deepEqual(b.annulledIdentities, a.annulledIdentities);
        },
      ),
    );
  });
});
