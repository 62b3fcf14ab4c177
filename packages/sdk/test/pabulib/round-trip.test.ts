import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createPbProject, createPbVote, parsePb, writePb, type PbInstance, type PbVoteType } from '@budget-citoyen/sdk/pabulib';

// Text made of what breaks naive CSV: separators, quotes, every line break, commas, spaces at
// the edges, accents, emoji, and words that look like section markers.
const awkward = fc
  .array(fc.constantFrom(';', '"', '""', '\n', '\r\n', '\r', ',', ' ', '\t', 'é', 'Ł', '🙂', '中', 'a', 'Z', '0', 'META', 'VOTES', 'key', 'value', '#'), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const text = fc.oneof(awkward, fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constantFrom('__proto__', 'constructor'));

/** Names (META keys, column names, ids) must be non-empty and unpadded: the parser trims them. */
const name = text.filter((s) => s !== '' && s === s.trim());
/** Ids also appear in comma-separated vote lists. */
const id = name.filter((s) => !s.includes(','));

const RESERVED_META = ['budget', 'vote_type', 'min_project_score_threshold'];
const TYPED_COLUMNS = ['project_id', 'cost', 'votes', 'score', 'selected', 'voter_id', 'vote', 'points'];

const decimal = fc
  .tuple(fc.nat({ max: 10_000_000 }), fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? String(whole) : `${whole}.${fraction}`));

const instanceArbitrary: fc.Arbitrary<PbInstance> = fc
  .record({
    voteType: fc.constantFrom<PbVoteType>('approval', 'choose-1', 'cumulative', 'scoring', 'ordinal'),
    budget: decimal,
    meta: fc.uniqueArray(fc.tuple(name.filter((k) => !RESERVED_META.includes(k)), text), { selector: ([k]) => k, maxLength: 6 }),
    projectIds: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
    projectExtras: fc.uniqueArray(name.filter((c) => !TYPED_COLUMNS.includes(c)), { maxLength: 3 }),
    voteExtras: fc.uniqueArray(name.filter((c) => !TYPED_COLUMNS.includes(c)), { maxLength: 2 }),
    voterIds: fc.uniqueArray(id, { maxLength: 6 }),
    seed: fc.infiniteStream(fc.tuple(decimal, text, fc.nat({ max: 9 }), fc.boolean(), fc.nat({ max: 1000 }))),
  })
  .map(({ voteType, budget, meta, projectIds, projectExtras, voteExtras, voterIds, seed }) => {
    const draws = seed[Symbol.iterator]();
    const draw = () => draws.next().value as [string, string, number, boolean, number];
    const projectColumns = ['project_id', 'cost', 'votes', 'selected', 'name', 'category', ...projectExtras.filter((c) => c !== 'name' && c !== 'category')];
    const projects = projectIds.map((projectId) => {
      const [cost, label, votes, selected] = draw();
      const typed = [projectId, cost, String(votes), selected ? '1' : '0', label, draw()[1]];
      // fromEntries, not assignment: a `__proto__` column must stay a column.
      return createPbProject(Object.fromEntries(projectColumns.map((column, i) => [column, typed[i] ?? draw()[1]])));
    });
    const cardinal = voteType === 'cumulative' || voteType === 'scoring';
    const voteColumns = ['voter_id', 'vote', ...(cardinal ? ['points'] : []), ...voteExtras];
    const votes = voterIds.map((voterId) => {
      const [, , , , pick] = draw();
      const chosen = projectIds.filter((_, i) => (pick >> i) & 1).slice(0, voteType === 'choose-1' ? 1 : undefined);
      const typed = [voterId, chosen.join(','), ...(cardinal ? [chosen.map(() => draw()[2]).join(',')] : [])];
      return createPbVote(Object.fromEntries(voteColumns.map((column, i) => [column, typed[i] ?? draw()[1]])));
    });
    return {
      meta: Object.fromEntries([['budget', budget], ['vote_type', voteType], ...meta]),
      projects,
      votes,
      projectColumns,
      voteColumns,
    };
  });

test('parse(write(x)) deep-equals x for generated instances with awkward text', () => {
  fc.assert(
    fc.property(instanceArbitrary, fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'), fc.boolean(), (instance, lineEnding, bom) => {
      const written = writePb(instance, { lineEnding });
      assert.deepStrictEqual(parsePb((bom ? '\uFEFF' : '') + written), instance);
    }),
    { numRuns: 400 },
  );
});

test('write(parse(write(x))) is byte-identical: the writer is canonical', () => {
  fc.assert(
    fc.property(instanceArbitrary, (instance) => {
      const written = writePb(instance);
      assert.equal(writePb(parsePb(written)), written);
    }),
    { numRuns: 200 },
  );
});
