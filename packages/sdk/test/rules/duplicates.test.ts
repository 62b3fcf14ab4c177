import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { repeatedIdentities, slotCount } from '../../src/rules/duplicates.js';

/** What `repeatedIdentities` must find, by brute force: identities seen twice or more, in order of first ballot. */
function reference(identities: readonly string[]): Map<string, number[]> {
  const all = new Map<string, number[]>();
  identities.forEach((identity, index) => all.set(identity, [...(all.get(identity) ?? []), index]));
  return new Map([...all].filter(([, indices]) => indices.length > 1));
}

describe('repeatedIdentities', () => {
  // Slots follow from identities, as a hash's do; few slots force crowded ones, some past the
  // 16 ballots that switch a slot's comparison from pairs to a Map.
  const input = fc.record({
    identities: fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), { maxLength: 300 }),
    slotOf: fc.func(fc.nat(5)),
    // 300 ballots get 2¹⁶ slots in 64 groups of 2¹⁰: a shift of 10 or 12 puts each slot in a group of its own.
    spread: fc.constantFrom(0, 10, 12),
  });

  it('groups exactly the repeated identities, whatever collides', () => {
    fc.assert(
      fc.property(input, ({ identities, slotOf, spread }) => {
        const bits = slotCount(identities.length);
        // `spread` places the few slots in different groups of the bit sets, or all in the first.
        const slots = Uint32Array.from(identities, (identity) => (slotOf(identity) << spread) & (bits - 1));
        const found = repeatedIdentities(slots, bits, (index) => identities[index]!);
        assert.deepEqual([...found], [...reference(identities)]);
      }),
    );
  });

  it('finds nothing when no slot is hit twice', () => {
    // An odd multiplier modulo 2¹⁶ (the slots of 1 000 ballots) hits each slot at most once.
    const slots = Uint32Array.from({ length: 1000 }, (_, i) => (i * 7919) & 0xffff);
    assert.equal(repeatedIdentities(slots, slotCount(1000), () => assert.fail('no identity should be read')).size, 0);
  });
});
