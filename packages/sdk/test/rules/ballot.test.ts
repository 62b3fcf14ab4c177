import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeChoices, validateBallot, type BallotProblem } from '@budget-citoyen/sdk/rules';
import { assertRuleInputError } from './assertions.js';

const ctx = {
  categories: [{ id: 'innovation-sociale' }, { id: 'cooperation' }, { id: 'pratiques-ess' }],
  projects: [
    { id: 'is-1', category: 'innovation-sociale' },
    { id: 'is-2', category: 'innovation-sociale' },
    { id: 'co-1', category: 'cooperation' },
    { id: 'co-2', category: 'cooperation' },
    { id: 'pe-1', category: 'pratiques-ess' },
  ],
  choicesPerCategory: 1,
};
const where = (problems: BallotProblem[]) => problems.map((p) => p.path);

describe('validateBallot', () => {
  it('accepts one project per category, as an id or a one-element array', () => {
    assert.deepEqual(validateBallot({ 'innovation-sociale': 'is-1', cooperation: 'co-2', 'pratiques-ess': 'pe-1' }, ctx), []);
    assert.deepEqual(validateBallot({ cooperation: ['co-1'] }, ctx), []);
  });
  it('treats an empty array as a category left empty', () => {
    assert.deepEqual(validateBallot({ cooperation: [], 'pratiques-ess': 'pe-1' }, ctx), []);
  });
  it('wants at least one choice', () => {
    assert.deepEqual(where(validateBallot({}, ctx)), ['choices']);
    assert.deepEqual(where(validateBallot({ cooperation: [] }, ctx)), ['choices']);
  });
  it('wants an object', () => {
    for (const choices of [null, undefined, 'co-1', 42, ['co-1'], true]) {
      assert.deepEqual(where(validateBallot(choices, ctx)), ['choices'], String(choices));
    }
  });
  it('rejects unknown categories', () => {
    assert.deepEqual(where(validateBallot({ culture: 'co-1', cooperation: 'co-1' }, ctx)), ['choices.culture']);
    // A category inherited by every object must still be unknown.
    assert.deepEqual(where(validateBallot(JSON.parse('{"__proto__": "co-1", "cooperation": "co-1"}'), ctx)), ['choices.__proto__']);
  });
  it('rejects values that are neither an id nor an array', () => {
    for (const value of [null, 3, { id: 'co-1' }, true]) {
      assert.deepEqual(where(validateBallot({ cooperation: value }, ctx)), ['choices.cooperation', 'choices']);
    }
  });
  it('rejects more projects than choicesPerCategory', () => {
    assert.deepEqual(where(validateBallot({ cooperation: ['co-1', 'co-2'] }, ctx)), ['choices.cooperation']);
    assert.deepEqual(validateBallot({ cooperation: ['co-1', 'co-2'] }, { ...ctx, choicesPerCategory: 2 }), []);
  });
  it('rejects a project chosen twice, and non-string items, by index', () => {
    const problems = validateBallot({ cooperation: ['co-1', 'co-1', 7] }, { ...ctx, choicesPerCategory: 3 });
    assert.deepEqual(where(problems), ['choices.cooperation.1', 'choices.cooperation.2']);
  });
  it('rejects unknown projects', () => {
    assert.deepEqual(where(validateBallot({ cooperation: 'co-9' }, ctx)), ['choices.cooperation']);
    assert.deepEqual(where(validateBallot({ cooperation: '' }, ctx)), ['choices.cooperation']);
    assert.deepEqual(where(validateBallot({ cooperation: ['co-9'] }, ctx)), ['choices.cooperation.0']);
  });
  it('rejects a project of another category', () => {
    const problems = validateBallot({ cooperation: 'is-1' }, ctx);
    assert.deepEqual(where(problems), ['choices.cooperation']);
    assert.match(problems[0]!.message, /innovation-sociale/);
  });
  it('reports every problem, each with code validation_failed and a message', () => {
    const problems = validateBallot({ culture: 'x', cooperation: 'is-1', 'pratiques-ess': ['pe-1', 'pe-1'] }, ctx);
    assert.deepEqual(where(problems), ['choices.culture', 'choices.cooperation', 'choices.pratiques-ess', 'choices.pratiques-ess.1']);
    for (const problem of problems) {
      assert.equal(problem.code, 'validation_failed');
      assert.ok(problem.message.length > 0);
    }
  });
  it('caps the number of problems for a hostile ballot', () => {
    const hostile = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`c${i}`, 'x']));
    const problems = validateBallot(hostile, ctx);
    assert.ok(problems.length > 0 && problems.length <= 100);
  });
  it('survives objects that throw when read', () => {
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    assert.deepEqual(where(validateBallot(trap, ctx)), ['choices']);
    const getter = Object.defineProperty({}, 'cooperation', { enumerable: true, get: () => { throw new Error('boom'); } });
    assert.deepEqual(where(validateBallot(getter, ctx)), ['choices']);
  });

  const validBallot = fc
    .record(
      {
        'innovation-sociale': fc.constantFrom<string | string[]>('is-1', 'is-2', ['is-2'], []),
        cooperation: fc.constantFrom<string | string[]>('co-1', ['co-2'], []),
        'pratiques-ess': fc.constantFrom<string | string[]>('pe-1', []),
      },
      { requiredKeys: [] },
    )
    .filter((b) => Object.values(b).some((v) => typeof v === 'string' || v.length > 0));

  it('accepts every ballot built by the rules', () => {
    fc.assert(fc.property(validBallot, (ballot) => assert.deepEqual(validateBallot(ballot, ctx), [])));
  });
  it('never throws, and every problem is well formed', () => {
    const anyBallot = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom('innovation-sociale', 'cooperation', 'x', '__proto__', 'constructor'), fc.anything()),
      fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.constantFrom('co-1', 'is-1'))))),
    );
    fc.assert(
      fc.property(anyBallot, (choices) => {
        const problems = validateBallot(choices, ctx);
        assert.ok(Array.isArray(problems));
        for (const problem of problems) {
          assert.equal(problem.code, 'validation_failed');
          assert.ok(problem.path === 'choices' || problem.path.startsWith('choices.'));
          assert.equal(typeof problem.message, 'string');
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeChoices', () => {
  it('gives every category an array and drops empty ones', () => {
    assert.deepEqual(normalizeChoices({ cooperation: 'co-1', 'pratiques-ess': [], 'innovation-sociale': ['is-1', 'is-2'] }), {
      cooperation: ['co-1'],
      'innovation-sociale': ['is-1', 'is-2'],
    });
  });
  it('copies arrays rather than sharing them', () => {
    const input = { cooperation: ['co-1'] };
    const output = normalizeChoices(input);
    output.cooperation!.push('co-2');
    assert.deepEqual(input.cooperation, ['co-1']);
  });
  it('keeps a category named __proto__ as a plain key', () => {
    const output = normalizeChoices(JSON.parse('{"__proto__": "x"}'));
    assert.deepEqual(Object.keys(output), ['__proto__']);
    assert.equal(Object.getPrototypeOf(output), Object.prototype);
  });
  it('rejects what is not choices', () => {
    assertRuleInputError(() => normalizeChoices(null as unknown as Record<string, string>), 'choices');
    assertRuleInputError(() => normalizeChoices({ cooperation: 3 } as unknown as Record<string, string>), 'choices.cooperation');
    assertRuleInputError(() => normalizeChoices({ cooperation: [3] } as unknown as Record<string, string>), 'choices.cooperation');
  });
  it('keeps a valid ballot valid and in the array form', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('cooperation', 'innovation-sociale'), fc.oneof(fc.string(), fc.array(fc.string()))), (choices) => {
        const normalized = normalizeChoices(choices);
        for (const [category, value] of Object.entries(choices)) {
          const expected = typeof value === 'string' ? [value] : value;
          assert.deepEqual(normalized[category], expected.length === 0 ? undefined : expected);
        }
      }),
    );
  });
});
