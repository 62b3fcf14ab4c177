import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allocate, tally, type Allocation, type AllocationInput } from '@budget-citoyen/sdk/rules';
import { assertRuleInputError } from './assertions.js';
import { euros, rolloverCase } from './fixtures.js';

const project = (allocation: Allocation, projectId: string) => {
  for (const category of allocation.categories) {
    const found = category.projects.find((p) => p.projectId === projectId);
    if (found) return found;
  }
  throw new Error(`no project ${projectId}`);
};
const category = (allocation: Allocation, id: string) => allocation.categories.find((c) => c.id === id)!;
/** Categories with their envelopes, in rollover order: the first is served first from the pool. */
const byRank = (envelopes: Record<string, number>) =>
  Object.entries(envelopes).map(([id, envelopeCents], i) => ({ id, envelopeCents, rolloverRank: i + 1 }));
/** Projects of one category with their requested amounts, in this order. */
const amounts = (categoryId: string, requested: Record<string, number>) =>
  Object.entries(requested).map(([id, requestedAmountCents]) => ({ id, category: categoryId, requestedAmountCents }));


describe('allocate', () => {
  it('funds a project of one category with the leftovers of others (hand-worked case)', () => {
    const result = allocate(rolloverCase);
    assert.deepEqual(
      result.categories.map((c) => c.id),
      ['innovation-sociale', 'cooperation', 'pratiques-ess'],
    );
    assert.deepEqual(category(result, 'innovation-sociale'), {
      id: 'innovation-sociale',
      envelopeCents: euros(100_000),
      spentCents: euros(140_000),
      rolloverInCents: euros(50_000),
      projects: [
        { projectId: 'is-a', votes: 500, rank: 1, funded: true, fundedFrom: 'envelope' },
        { projectId: 'is-b', votes: 400, rank: 2, funded: true, fundedFrom: 'rollover' },
        { projectId: 'is-c', votes: 300, rank: 3, funded: true, fundedFrom: 'envelope' },
      ],
    });
    assert.deepEqual(category(result, 'cooperation'), {
      id: 'cooperation',
      envelopeCents: euros(80_000),
      spentCents: euros(70_000),
      rolloverInCents: 0,
      projects: [
        { projectId: 'co-a', votes: 450, rank: 1, funded: true, fundedFrom: 'envelope' },
        { projectId: 'co-b', votes: 200, rank: 2, funded: false, fundedFrom: null },
      ],
    });
    assert.deepEqual(category(result, 'pratiques-ess'), {
      id: 'pratiques-ess',
      envelopeCents: euros(55_000),
      spentCents: euros(20_000),
      rolloverInCents: 0,
      projects: [
        { projectId: 'pe-a', votes: 350, rank: 1, funded: true, fundedFrom: 'envelope' },
        { projectId: 'pe-b', votes: 100, rank: 2, funded: false, fundedFrom: null },
      ],
    });
    assert.deepEqual(result.rollover, { poolCents: euros(55_000), unallocatedCents: euros(5_000) });
  });

  it('records each decision in the trace', () => {
    const { trace } = allocate(rolloverCase);
    assert.deepEqual(
      trace.filter((s) => s.type === 'leftover').map((s) => [s.category, s.leftoverCents]),
      [['innovation-sociale', euros(10_000)], ['cooperation', euros(10_000)], ['pratiques-ess', euros(35_000)]],
    );
    assert.deepEqual(trace.find((s) => s.type === 'pool'), {
      type: 'pool',
      poolCents: euros(55_000),
      contributions: [
        { category: 'innovation-sociale', leftoverCents: euros(10_000) },
        { category: 'cooperation', leftoverCents: euros(10_000) },
        { category: 'pratiques-ess', leftoverCents: euros(35_000) },
      ],
      order: ['innovation-sociale', 'cooperation', 'pratiques-ess'],
    });
    assert.deepEqual(
      trace.filter((s) => s.type === 'skip').map((s) => [s.projectId, s.reason, s.from, s.availableCents]),
      [
        ['is-b', 'too-expensive', 'envelope', euros(40_000)],
        ['co-b', 'too-expensive', 'envelope', euros(10_000)],
        ['pe-b', 'below-min-votes', 'envelope', euros(35_000)],
        ['co-b', 'too-expensive', 'rollover', euros(5_000)],
      ],
    );
    assert.deepEqual(
      trace.filter((s) => s.type === 'fund' && s.from === 'rollover').map((s) => s.type === 'fund' && [s.projectId, s.amountCents, s.remainingCents]),
      [['is-b', euros(50_000), euros(5_000)]],
    );
    assert.deepEqual(trace.at(-1), { type: 'unallocated', amountCents: euros(5_000) });
  });

  it('lets a lower priority use the pool when the higher one has nothing that fits', () => {
    // Innovation sociale's waiting project needs 60 000 €, the pool holds 30 000 €: Coopération's
    // 20 000 € project is funded from it; 10 000 € stay unallocated.
    const result = allocate({
      categories: byRank({ 'innovation-sociale': euros(10_000), cooperation: euros(30_000) }),
      projects: [...amounts('innovation-sociale', { 'is-a': euros(60_000) }), ...amounts('cooperation', { 'co-a': euros(20_000), 'co-b': euros(20_000) })],
      votes: new Map([['is-a', 9], ['co-a', 8], ['co-b', 7]]),
      minVotes: 0,
    });
    assert.deepEqual(result.rollover, { poolCents: euros(20_000), unallocatedCents: 0 });
    assert.equal(project(result, 'is-a').funded, false);
    assert.equal(project(result, 'co-a').fundedFrom, 'envelope');
    assert.equal(project(result, 'co-b').fundedFrom, 'rollover');
    assert.equal(category(result, 'cooperation').spentCents, euros(40_000));
  });

  it('changes winner when annulled ballots are removed (tally then allocate)', () => {
    // Raw ballots: co-x 4 (ana twice, bob, cyd), co-y 3 (dan, eve, fay). Ana's two ballots are
    // annulled: co-x 2, co-y 3. The envelope pays for one project only.
    const ballots = [
      { identity: 'ana', choices: { cooperation: 'co-x' } },
      { identity: 'dan', choices: { cooperation: 'co-y' } },
      { identity: 'ana', choices: { cooperation: 'co-x' } },
      { identity: 'bob', choices: { cooperation: 'co-x' } },
      { identity: 'eve', choices: { cooperation: 'co-y' } },
      { identity: 'cyd', choices: { cooperation: 'co-x' } },
      { identity: 'fay', choices: { cooperation: 'co-y' } },
    ];
    const counted = tally(ballots);
    assert.deepEqual(counted.ballots, { cast: 7, annulled: 2, counted: 5 });
    const result = allocate({
      categories: byRank({ cooperation: euros(10_000) }),
      projects: amounts('cooperation', { 'co-x': euros(8_000), 'co-y': euros(8_000) }),
      votes: counted.votes,
      minVotes: 1,
    });
    assert.deepEqual(
      category(result, 'cooperation').projects.map((p) => [p.projectId, p.votes, p.funded]),
      [['co-y', 3, true], ['co-x', 2, false]],
    );
  });

  it('breaks ties by lower amount, then by id in code-point order', () => {
    const result = allocate({
      categories: byRank({ c: euros(1_000) }),
      projects: amounts('c', {
        b: euros(500),
        a: euros(600),
        B: euros(500),
        '\u{1F600}': euros(100), // above U+FFFF
        '\uFF01': euros(100), // U+FF01, below it
        top: euros(900),
      }),
      votes: { b: 10, a: 10, B: 10, '\u{1F600}': 5, '\uFF01': 5, top: 11 },
      minVotes: 0,
    });
    const ranking = result.categories[0]!.projects.map((p) => [p.projectId, p.rank]);
    // 'B' (U+0042) before 'b' (U+0062), unlike localeCompare; U+FF01 before U+1F600, unlike `<`.
    assert.deepEqual(ranking, [['top', 1], ['B', 2], ['b', 3], ['a', 4], ['\uFF01', 5], ['\u{1F600}', 6]]);
    const rank = result.trace.find((s) => s.type === 'rank');
    assert.deepEqual(rank?.type === 'rank' && rank.ties, [
      { votes: 10, ahead: 'B', behind: 'b', by: 'id' },
      { votes: 10, ahead: 'b', behind: 'a', by: 'requested-amount' },
      { votes: 5, ahead: '\uFF01', behind: '\u{1F600}', by: 'id' },
    ]);
    // 1 000 €: top (900 €) is funded, then only the 100 € U+FF01 project fits.
    assert.deepEqual(result.categories[0]!.projects.filter((p) => p.funded).map((p) => p.projectId), ['top', '\uFF01']);
  });

  it('never funds a project under minVotes, even with money to spare', () => {
    const result = allocate({
      categories: byRank({ c: euros(100_000), d: euros(100_000) }),
      projects: [...amounts('c', { nine: euros(1_000), ten: euros(1_000) }), ...amounts('d', { silent: euros(1_000) })],
      votes: { nine: 9, ten: 10 },
      minVotes: 10,
    });
    assert.equal(project(result, 'ten').funded, true);
    assert.equal(project(result, 'nine').funded, false);
    assert.deepEqual(project(result, 'silent'), { projectId: 'silent', votes: 0, rank: 1, funded: false, fundedFrom: null });
    assert.deepEqual(result.rollover, { poolCents: euros(199_000), unallocatedCents: euros(199_000) });
  });

  it('lists categories without projects, and rolls nothing over when every envelope is spent', () => {
    const result = allocate({
      categories: byRank({ c: euros(3_000), empty: 0 }),
      projects: amounts('c', { p1: euros(1_000), p2: euros(2_000) }),
      votes: { p1: 1, p2: 1 },
      minVotes: 0,
    });
    assert.deepEqual(result.rollover, { poolCents: 0, unallocatedCents: 0 });
    assert.deepEqual(category(result, 'empty'), { id: 'empty', envelopeCents: 0, spentCents: 0, rolloverInCents: 0, projects: [] });
    assert.equal(result.trace.some((s) => s.type === 'serve'), false);
  });

  it('rejects malformed input with a RuleInputError naming each field', () => {
    const valid = (): AllocationInput => ({
      categories: [{ id: 'c', envelopeCents: 100, rolloverRank: 1 }],
      projects: [{ id: 'p', category: 'c', requestedAmountCents: 10 }],
      votes: { p: 1 },
      minVotes: 0,
    });
    interface Loose {
      categories: Array<Record<string, unknown>>;
      projects: Array<Record<string, unknown>>;
      votes: unknown;
      minVotes: unknown;
    }
    const broken = (patch: (input: Loose) => void) => {
      const input = valid() as unknown as Loose;
      patch(input);
      return () => allocate(input as unknown as AllocationInput);
    };
    assertRuleInputError(broken((i) => (i.categories[0]!.envelopeCents = -1)), 'categories[0].envelopeCents');
    assertRuleInputError(broken((i) => (i.categories[0]!.envelopeCents = 1.5)), 'categories[0].envelopeCents');
    assertRuleInputError(broken((i) => (i.categories[0]!.envelopeCents = '100')), 'categories[0].envelopeCents');
    assertRuleInputError(broken((i) => i.categories.push({ id: 'c', envelopeCents: 1, rolloverRank: 2 })), 'categories[1].id');
    assertRuleInputError(broken((i) => i.categories.push({ id: 'd', envelopeCents: 1, rolloverRank: 1 })), 'categories[1].rolloverRank');
    assertRuleInputError(broken((i) => i.categories.push({ id: 'd', envelopeCents: Number.MAX_SAFE_INTEGER, rolloverRank: 2 })), 'categories');
    assertRuleInputError(broken((i) => (i.projects[0]!.category = 'x')), 'projects[0].category');
    assertRuleInputError(broken((i) => (i.projects[0]!.requestedAmountCents = Number.NaN)), 'projects[0].requestedAmountCents');
    assertRuleInputError(broken((i) => i.projects.push({ id: 'p', category: 'c', requestedAmountCents: 1 })), 'projects[1].id');
    assertRuleInputError(broken((i) => i.projects.push(null as unknown as Record<string, unknown>)), 'projects[1]');
    assertRuleInputError(broken((i) => (i.votes = { p: -1 })), 'votes.p');
    assertRuleInputError(broken((i) => (i.votes = { ghost: 1 })), 'votes.ghost');
    assertRuleInputError(broken((i) => (i.votes = new Map([['p', 0.5]]))), 'votes.p');
    assertRuleInputError(broken((i) => (i.minVotes = -1)), 'minVotes');
    assertRuleInputError(broken((i) => ((i as { categories: unknown }).categories = 'c')), 'categories');
    assertRuleInputError(() => allocate(null as unknown as AllocationInput), '');
  });
});
