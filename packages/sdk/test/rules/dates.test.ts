import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ageOn, isCalendarDate, parisDate } from '@budget-citoyen/sdk/rules';
import { assertRuleInputError } from './assertions.js';

/** Named examples: each its own test, every pair one assertion. */
const PARIS_DATES: [name: string, pairs: [instant: string | Date, date: string][]][] = [
  ['follows Paris midnight in winter (UTC+1)', [['2024-12-31T22:59:59Z', '2024-12-31'], ['2024-12-31T23:00:00Z', '2025-01-01']]],
  ['follows Paris midnight in summer (UTC+2)', [['2024-07-14T21:59:59.999Z', '2024-07-14'], ['2024-07-14T22:00:00Z', '2024-07-15']]],
  ['knows the night summer time starts (31 March 2024, 01:00 UTC)', [['2024-03-30T22:59:59Z', '2024-03-30'], ['2024-03-30T23:00:00Z', '2024-03-31']]],
  [
    'reads the offset written in the instant',
    [
      ['2025-09-01T00:30:00+02:00', '2025-09-01'],
      ['2025-08-31T23:30:00-01:00', '2025-09-01'],
      ['2025-09-01T06:00:00+09:00', '2025-08-31'],
    ],
  ],
  ['accepts Date objects', [[new Date(Date.UTC(2025, 8, 30, 22, 0)), '2025-10-01']]],
];

describe('parisDate', () => {
  for (const [name, pairs] of PARIS_DATES) {
    it(name, () => {
      for (const [instant, date] of pairs) assert.equal(parisDate(instant), date);
    });
  }
  it('rejects instants without offset, impossible dates and invalid Dates', () => {
    assertRuleInputError(() => parisDate('2025-09-01T10:00:00'), 'instant');
    assertRuleInputError(() => parisDate('2025-09-01'), 'instant');
    assertRuleInputError(() => parisDate('2023-02-30T10:00:00Z'), 'instant');
    assertRuleInputError(() => parisDate('yesterday'), 'instant');
    assertRuleInputError(() => parisDate(new Date(Number.NaN)), 'instant');
    assertRuleInputError(() => parisDate(42 as unknown as string), 'instant');
  });
  it('matches the EU summer-time rule for every instant from 1996 to 2037', () => {
    // Independent reference: since 1996 Paris is UTC+2 from the last Sunday of March 01:00 UTC
    // to the last Sunday of October 01:00 UTC, UTC+1 otherwise.
    const lastSundayUtc = (year: number, month: number) => {
      const lastDay = new Date(Date.UTC(year, month + 1, 0));
      return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
    };
    const reference = (time: number) => {
      const year = new Date(time).getUTCFullYear();
      const summer = time >= lastSundayUtc(year, 2) && time < lastSundayUtc(year, 9);
      return new Date(time + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2037, 11, 31) }), (time) => {
        assert.equal(parisDate(new Date(time)), reference(time));
        assert.equal(parisDate(new Date(time).toISOString()), reference(time));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Named examples: [birth date, day, completed years]. */
const AGES: [name: string, cases: [birthDate: string, day: string, years: number][]][] = [
  [
    'counts completed years around a birthday',
    [
      ['2014-09-15', '2025-09-14', 10],
      ['2014-09-15', '2025-09-15', 11],
      ['2014-09-15', '2025-09-16', 11],
      ['2014-09-15', '2014-09-15', 0],
      ['2014-12-31', '2025-01-01', 10],
    ],
  ],
  [
    'gives 29 February birthdays their birthday on 1 March in common years',
    [
      ['2012-02-29', '2023-02-28', 10],
      ['2012-02-29', '2023-03-01', 11],
      ['2012-02-29', '2024-02-28', 11],
      ['2012-02-29', '2024-02-29', 12],
    ],
  ],
  [
    'handles a 28 February birthday in a leap year',
    [
      ['2013-02-28', '2024-02-28', 11],
      ['2013-02-28', '2024-02-27', 10],
    ],
  ],
];

describe('ageOn', () => {
  for (const [name, cases] of AGES) {
    it(name, () => {
      for (const [birthDate, day, years] of cases) assert.equal(ageOn(birthDate, day), years);
    });
  }
  it('rejects impossible or malformed dates, naming the field', () => {
    assertRuleInputError(() => ageOn('2023-02-30', '2025-09-01'), 'birthDate');
    assertRuleInputError(() => ageOn('2023-02-29', '2025-09-01'), 'birthDate');
    assertRuleInputError(() => ageOn('2010-13-01', '2025-09-01'), 'birthDate');
    assertRuleInputError(() => ageOn('2010-1-1', '2025-09-01'), 'birthDate');
    assertRuleInputError(() => ageOn('2010-01-01', '2025-09-31'), 'day');
    assertRuleInputError(() => ageOn('2010-01-01', ' 2025-09-01'), 'day');
  });
  it('rejects a birth after the day', () => {
    assertRuleInputError(() => ageOn('2025-09-02', '2025-09-01'), 'birthDate');
  });
  it('agrees with counting anniversaries one by one', () => {
    const day = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const isLeap = (y: number) => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
    const anniversary = (birth: string, years: number) => {
      const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
      const year = y + years;
      const date = m === 2 && d === 29 && !isLeap(year) ? '03-01' : birth.slice(5);
      return `${String(year).padStart(4, '0')}-${date}`;
    };
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, on] = a <= b ? [a, b] : [b, a];
        let years = 0;
        while (anniversary(birth, years + 1) <= on) years++;
        assert.equal(ageOn(birth, on), years);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2023-02-29'), false);
    assert.equal(isCalendarDate('1900-02-29'), false);
    assert.equal(isCalendarDate('2000-02-29'), true);
    assert.equal(isCalendarDate('2024-04-31'), false);
    assert.equal(isCalendarDate('2024-00-10'), false);
    assert.equal(isCalendarDate(20240101), false);
  });
});
