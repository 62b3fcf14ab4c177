import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allocate, isRuleInputError, type Allocation, type AllocationInput } from '@budget-citoyen/sdk/rules';
import { assertRuleInputError } from './assertions.js';
import { ranksBefore, referenceAllocate } from './reference.js';

interface Generated {
  categories: Array<{ id: string; envelopeCents: number; rolloverRank: number }>;
  projects: Array<{ id: string; category: string; requestedAmountCents: number }>;
  votes: Record<string, number>;
  minVotes: number;
}

// Ids that trip up naive comparisons: case, accents, astral characters, Object.prototype names.
const TRICKY_IDS = ['a', 'b', 'B', 'é', 'e\u0301', '\u{1F600}', '\uFF01', 'p-1', 'p-10', 'p-2', '__proto__', 'constructor', 'toString'];
const CATEGORY_IDS = ['innovation-sociale', 'cooperation', 'pratiques-ess', 'culture', '__proto__'];

const generated: fc.Arbitrary<Generated> = fc
  .uniqueArray(fc.constantFrom(...CATEGORY_IDS), { minLength: 1, maxLength: 4 })
  .chain((categoryIds) =>
    fc.record({
      envelopes: fc.array(fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.constant(0)), {
        minLength: categoryIds.length,
        maxLength: categoryIds.length,
      }),
      ranks: fc.shuffledSubarray([0, 1, 2, 3, 5, 8, 13], { minLength: categoryIds.length, maxLength: categoryIds.length }),
      projects: fc.uniqueArray(
        fc.record({
          id: fc.oneof(fc.constantFrom(...TRICKY_IDS), fc.string({ minLength: 1, maxLength: 3 })),
          category: fc.constantFrom(...categoryIds),
          requestedAmountCents: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 60 })),
          votes: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1_000 })),
        }),
        { selector: (p) => p.id, maxLength: 14 },
      ),
      minVotes: fc.integer({ min: 0, max: 4 }),
      keepZeroVotes: fc.boolean(),
    }).map(({ envelopes, ranks, projects, minVotes, keepZeroVotes }) => ({
      categories: categoryIds.map((id, i) => ({ id, envelopeCents: envelopes[i]!, rolloverRank: ranks[i]! })),
      projects: projects.map(({ id, category, requestedAmountCents }) => ({ id, category, requestedAmountCents })),
      votes: Object.fromEntries(projects.filter((p) => keepZeroVotes || p.votes > 0).map((p) => [p.id, p.votes])),
      minVotes,
    })),
  );

const asInput = (g: Generated, asMap = false): AllocationInput => ({
  ...g,
  votes: asMap ? new Map(Object.entries(g.votes)) : g.votes,
});
const votesOf = (g: Generated) => (id: string) => (Object.hasOwn(g.votes, id) ? g.votes[id]! : 0);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const amountOf = (g: Generated) => new Map(g.projects.map((p) => [p.id, p.requestedAmountCents]));
const eligible = (g: Generated, projectVotes: number) => projectVotes >= g.minVotes;
const runs = { numRuns: 400 };

/** Checks `property` on the allocation of every generated input. */
const forEveryAllocation = (property: (result: Allocation, g: Generated) => void) =>
  fc.assert(fc.property(generated, (g) => property(allocate(asInput(g)), g)), runs);

/** What each category kept of its own envelope after its own walk, from the output alone. */
const ownLeftover = (c: Allocation['categories'][number]) => c.envelopeCents - (c.spentCents - c.rolloverInCents);

describe('allocate (properties)', () => {
  it('matches a naive reading of the spec', () => {
    fc.assert(
      fc.property(generated, fc.boolean(), (g, asMap) => {
        const { categories, rollover } = allocate(asInput(g, asMap));
        assert.deepEqual({ categories, rollover }, referenceAllocate(g.categories, g.projects, votesOf(g), g.minVotes));
      }),
      runs,
    );
  });

  it('never spends more than the envelopes: spent + unallocated = envelopes', () => {
    forEveryAllocation((result, g) => {
      assert.equal(
        sum(result.categories.map((c) => c.spentCents)) + result.rollover.unallocatedCents,
        sum(g.categories.map((c) => c.envelopeCents)),
      );
      assert.equal(result.rollover.poolCents, sum(result.categories.map(ownLeftover)));
      const amounts = amountOf(g);
      for (const c of result.categories) {
        assert.ok(c.rolloverInCents >= 0 && c.spentCents - c.rolloverInCents <= c.envelopeCents);
        // spentCents is exactly what its funded projects asked for, split by source.
        assert.equal(c.spentCents, sum(c.projects.filter((p) => p.funded).map((p) => amounts.get(p.projectId)!)));
        assert.equal(c.rolloverInCents, sum(c.projects.filter((p) => p.fundedFrom === 'rollover').map((p) => amounts.get(p.projectId)!)));
      }
    });
  });

  it('lists every project exactly once and funds it at most once', () => {
    forEveryAllocation((result, g) => {
      const listed = result.categories.flatMap((c) => c.projects.map((p) => p.projectId));
      assert.deepEqual([...listed].sort(), g.projects.map((p) => p.id).sort());
      const fundSteps = result.trace.filter((s) => s.type === 'fund').map((s) => (s.type === 'fund' ? s.projectId : ''));
      assert.equal(new Set(fundSteps).size, fundSteps.length);
      for (const p of result.categories.flatMap((c) => c.projects)) {
        assert.equal(p.funded, p.fundedFrom !== null);
        assert.equal(fundSteps.includes(p.projectId), p.funded);
      }
    });
  });

  it('ranks by votes, then lower amount, then id in code-point order; ranks are 1..n', () => {
    forEveryAllocation((result, g) => {
      const amounts = amountOf(g);
      for (const c of result.categories) {
        c.projects.forEach((p, i) => {
          assert.equal(p.rank, i + 1);
          assert.equal(p.votes, votesOf(g)(p.projectId));
          const next = c.projects[i + 1];
          if (next) {
            assert.ok(
              ranksBefore(
                { id: p.projectId, votes: p.votes, requestedAmountCents: amounts.get(p.projectId)! },
                { id: next.projectId, votes: next.votes, requestedAmountCents: amounts.get(next.projectId)! },
              ),
            );
          }
        });
      }
    });
  });

  it('never funds a project below minVotes; each walk is greedy', () => {
    forEveryAllocation((result, g) => {
      const amounts = amountOf(g);
      for (const c of result.categories) {
        for (const p of c.projects) {
          if (!eligible(g, p.votes)) assert.equal(p.funded, false);
          // An eligible project left out did not fit what its own envelope had left.
          else if (!p.funded) assert.ok(amounts.get(p.projectId)! > ownLeftover(c));
        }
      }
    });
  });

  it('serves the pool by rolloverRank: after its turn, nothing waiting in a category fits the pool', () => {
    forEveryAllocation((result, g) => {
      const amounts = amountOf(g);
      assert.deepEqual(
        result.categories.map((c) => c.id),
        [...g.categories].sort((a, b) => a.rolloverRank - b.rolloverRank).map((c) => c.id),
      );
      let pool = result.rollover.poolCents;
      for (const c of result.categories) {
        pool -= c.rolloverInCents; // what lower priorities could still get
        for (const p of c.projects) {
          if (eligible(g, p.votes) && !p.funded) assert.ok(amounts.get(p.projectId)! > pool, `${p.projectId} should have been funded`);
        }
      }
      assert.equal(pool, result.rollover.unallocatedCents);
    });
  });

  it('rolls nothing over when there is no leftover', () => {
    // Envelopes sized to the exact total of their eligible projects: all are funded at home.
    const exact = generated.map((g) => ({
      ...g,
      categories: g.categories.map((c) => ({
        ...c,
        envelopeCents: sum(g.projects.filter((p) => p.category === c.id && votesOf(g)(p.id) >= g.minVotes).map((p) => p.requestedAmountCents)),
      })),
    }));
    fc.assert(
      fc.property(fc.oneof(exact, generated), (g) => {
        const result = allocate(asInput(g));
        if (result.rollover.poolCents !== 0) return;
        for (const c of result.categories) assert.equal(c.rolloverInCents, 0);
        assert.equal(result.rollover.unallocatedCents, 0);
        assert.equal(result.trace.some((s) => s.type === 'fund' && s.from === 'rollover'), false);
      }),
      runs,
    );
    fc.assert(
      fc.property(exact, (g) => {
        const result = allocate(asInput(g));
        assert.equal(result.rollover.poolCents, 0);
        for (const p of result.categories.flatMap((c) => c.projects)) assert.equal(p.funded, eligible(g, p.votes));
      }),
      runs,
    );
  });

  it('does not depend on the order of categories, projects or votes', () => {
    const shuffled = generated.chain((g) =>
      fc.tuple(
        fc.constant(g),
        fc.shuffledSubarray(g.categories, { minLength: g.categories.length, maxLength: g.categories.length }),
        fc.shuffledSubarray(g.projects, { minLength: g.projects.length, maxLength: g.projects.length }),
        fc.shuffledSubarray(Object.entries(g.votes), { minLength: Object.keys(g.votes).length, maxLength: Object.keys(g.votes).length }),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([g, categories, projects, voteEntries, asMap]) => {
        const reordered = { ...g, categories, projects, votes: Object.fromEntries(voteEntries) };
        assert.deepEqual(allocate(asInput(reordered, asMap)), allocate(asInput(g)));
      }),
      runs,
    );
  });

  it('gives a RuleInputError, never another error, for any broken input', () => {
    const BAD_NUMBERS = [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '12', null, undefined, 2 ** 53, {}];
    const corruption = fc.record({
      field: fc.constantFrom(
        'envelope', 'rank', 'duplicateRank', 'categoryId', 'duplicateCategory', 'category', 'amount', 'projectId',
        'duplicateProject', 'projectCategory', 'vote', 'unknownVote', 'votes', 'minVotes', 'categories', 'projects', 'entry',
      ),
      index: fc.nat(),
      bad: fc.constantFrom(...BAD_NUMBERS),
    });
    fc.assert(
      fc.property(generated, corruption, (g, { field, index, bad }) => {
        // Plain data that may be broken in any way.
        const input = structuredClone(g) as unknown as {
          categories: Array<Record<string, unknown>>;
          projects: Array<Record<string, unknown>>;
          votes: Record<string, unknown>;
          minVotes: unknown;
        };
        const raw = input as Record<string, unknown>;
        const c = input.categories[index % input.categories.length]!;
        const p = input.projects.length > 0 ? input.projects[index % input.projects.length] : undefined;
        const badEntry = bad as Record<string, unknown>;
        const badVotes = typeof bad === 'object' && bad !== null ? [1] : bad; // {} would be valid votes
        switch (field) {
          case 'envelope': c.envelopeCents = bad; break;
          case 'rank': c.rolloverRank = bad; break;
          case 'duplicateRank': input.categories.push({ id: 'other', envelopeCents: 0, rolloverRank: c.rolloverRank }); break;
          case 'categoryId': c.id = typeof bad === 'string' ? '' : bad; break;
          case 'duplicateCategory': input.categories.push({ ...c, rolloverRank: 99 }); break;
          case 'category': input.categories[index % input.categories.length] = badEntry; break;
          case 'amount': if (p) p.requestedAmountCents = bad; else input.minVotes = bad; break;
          case 'projectId': if (p) p.id = typeof bad === 'string' ? '' : bad; else input.minVotes = bad; break;
          case 'duplicateProject': if (p) input.projects.push({ ...p }); else input.projects.push(badEntry); break;
          case 'projectCategory': input.projects.push({ id: '\0new', category: 'no-such-category', requestedAmountCents: 1 }); break;
          // Defined, not assigned: `votes['__proto__'] = 5` would set no vote at all.
          case 'vote': if (p) Object.defineProperty(input.votes, p.id as string, { value: bad, enumerable: true, writable: true, configurable: true }); else raw.votes = badVotes; break;
          case 'unknownVote': input.votes['\0ghost'] = 1; break;
          case 'votes': raw.votes = badVotes; break;
          case 'minVotes': input.minVotes = bad; break;
          case 'categories': raw.categories = bad; break;
          case 'projects': raw.projects = bad; break;
          case 'entry': input.projects.push(badEntry); break;
        }
        assertRuleInputError(() => allocate(input as unknown as AllocationInput));
      }),
      { numRuns: 600 },
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          allocate(input as AllocationInput);
        } catch (error) {
          assert.ok(isRuleInputError(error), String(error));
        }
      }),
    );
  });
});
