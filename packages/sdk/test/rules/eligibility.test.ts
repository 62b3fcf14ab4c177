import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ageOn, checkVoterEligibility, isEligibleVoter, type EligibilityVoter } from '@budget-citoyen/sdk/rules';
import { assertRuleInputError } from './assertions.js';

const ctx = { day: '2025-09-15', minAge: 11 };

/** Each problem's field and code, in order: what these tests compare (messages are free). */
const problemsOf = (voter: EligibilityVoter) => checkVoterEligibility(voter, ctx).map(({ path, code }) => ({ path, code }));

describe('checkVoterEligibility', () => {
  it('accepts a resident who is exactly old enough on the day', () => {
    assert.deepEqual(checkVoterEligibility({ birthDate: '2014-09-15', communeCode: '62041' }, ctx), []);
    assert.equal(isEligibleVoter({ birthDate: '2014-09-15', communeCode: '62041' }, ctx), true);
  });
  it('refuses someone whose birthday is tomorrow', () => {
    assert.deepEqual(problemsOf({ birthDate: '2014-09-16', communeCode: '62041' }), [{ path: 'birthDate', code: 'not_eligible_age' }]);
    assert.equal(isEligibleVoter({ birthDate: '2014-09-16', communeCode: '62041' }, ctx), false);
  });
  it('refuses a commune of another département', () => {
    assert.deepEqual(problemsOf({ birthDate: '1980-01-01', communeCode: '59350' }), [{ path: 'communeCode', code: 'not_resident' }]);
  });
  it('calls a malformed commune code a validation problem, not a residence one', () => {
    for (const communeCode of ['6204', '620411', '62O41', '', ' 62041']) {
      const problems = checkVoterEligibility({ birthDate: '1980-01-01', communeCode }, ctx);
      assert.deepEqual(problems.map((p) => p.code), ['validation_failed'], communeCode);
      assert.equal(problems[0]?.path, 'communeCode');
    }
  });
  it('reports a malformed or future birth date as a validation problem', () => {
    for (const birthDate of ['2014-02-30', '15/09/2014', '']) {
      assert.deepEqual(problemsOf({ birthDate, communeCode: '62041' }), [{ path: 'birthDate', code: 'validation_failed' }]);
    }
    const future = checkVoterEligibility({ birthDate: '2025-09-16', communeCode: '62041' }, ctx);
    assert.deepEqual(future.map((p) => p.code), ['validation_failed']);
  });
  it('reports every problem at once', () => {
    const problems = checkVoterEligibility({ birthDate: '2020-01-01', communeCode: '75056' }, ctx);
    assert.deepEqual(problems.map((p) => p.code).sort(), ['not_eligible_age', 'not_resident']);
    for (const problem of problems) assert.ok(problem.message.length > 0);
  });
  it('lets a list of real communes decide residence', () => {
    const communeCodes = new Set(['62041', '62193']);
    assert.deepEqual(checkVoterEligibility({ birthDate: '1980-01-01', communeCode: '62193' }, { ...ctx, communeCodes }), []);
    // Well formed and in 62, but not a commune of the list.
    const unknown = checkVoterEligibility({ birthDate: '1980-01-01', communeCode: '62999' }, { ...ctx, communeCodes });
    assert.deepEqual(unknown.map((p) => p.code), ['not_resident']);
  });
  it('serves other départements, Corsica included', () => {
    assert.deepEqual(checkVoterEligibility({ birthDate: '1980-01-01', communeCode: '2A004' }, { ...ctx, departmentCode: '2A' }), []);
    assert.deepEqual(checkVoterEligibility({ birthDate: '1980-01-01', communeCode: '97411' }, { ...ctx, departmentCode: '974' }), []);
    assert.deepEqual(
      checkVoterEligibility({ birthDate: '1980-01-01', communeCode: '62041' }, { ...ctx, departmentCode: '59' }).map((p) => p.code),
      ['not_resident'],
    );
  });
  it('does not throw on a voter of the wrong shape', () => {
    const voter = { birthDate: 19800101, communeCode: null } as unknown as { birthDate: string; communeCode: string };
    assert.deepEqual(checkVoterEligibility(voter, ctx).map((p) => p.code), ['validation_failed', 'validation_failed']);
  });
  it('throws a RuleInputError for a broken context', () => {
    const voter = { birthDate: '1980-01-01', communeCode: '62041' };
    assertRuleInputError(() => checkVoterEligibility(voter, { ...ctx, day: '2025-02-30' }), 'day');
    assertRuleInputError(() => checkVoterEligibility(voter, { ...ctx, minAge: -1 }), 'minAge');
    assertRuleInputError(() => checkVoterEligibility(voter, { ...ctx, minAge: 1.5 }), 'minAge');
    assertRuleInputError(() => checkVoterEligibility(voter, { ...ctx, departmentCode: '6' }), 'departmentCode');
  });
  it('is eligible on age exactly when ageOn ≥ minAge', () => {
    const date = fc.date({ min: new Date(Date.UTC(1920, 0, 1)), max: new Date(Date.UTC(2025, 8, 15)), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 30 }), (birth, minAge) => {
        const birthDate = birth.toISOString().slice(0, 10);
        const problems = checkVoterEligibility({ birthDate, communeCode: '62041' }, { day: '2025-09-15', minAge });
        const oldEnough = ageOn(birthDate, '2025-09-15') >= minAge;
        assert.deepEqual(problems.map((p) => p.code), oldEnough ? [] : ['not_eligible_age']);
      }),
    );
  });
});
