import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  currentPhase,
  isPhaseOpen,
  msToNextBoundary,
  openPhases,
  phaseState,
  resultsStatus,
  type PhaseWindow,
} from '@budget-citoyen/sdk/rules';
import { PHASE_IDS, type PhaseId } from '@budget-citoyen/sdk/schemas';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T00:00:00+01:00');

/** Phases in process order, each a window of whole hours around T0 (some empty, some overlapping). */
const phasesArb = fc
  .subarray([...PHASE_IDS], { minLength: 0 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({ id: fc.constant(id), start: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 0, max: 120 }) }),
      ),
    ),
  )
  .map((list) => list.map(({ id, start, length }) => ({ id, start: T0 + start * 3_600_000, end: T0 + (start + length) * 3_600_000 })));
const nowArb = fc.integer({ min: T0 - 3_600_000, max: T0 + 430 * 3_600_000 });
const iso = (ms: number) => new Date(ms).toISOString();

describe('phases', () => {
  it('currentPhase is open, and no open phase starts later', () => {
    fc.assert(
      fc.property(phasesArb, nowArb, (phases, now) => {
        const campaign = { phases };
        const current = currentPhase(campaign, now);
        const open = phases.filter((p) => p.start <= now && now < p.end);
        if (open.length === 0) return assert.equal(current, null);
        assert.ok(current !== null && isPhaseOpen(campaign, current, now));
        const start = phases.find((p) => p.id === current)!.start;
        assert.ok(open.every((p) => p.start <= start));
      }),
    );
  });

  it('openPhases are exactly the open ones, latest-starting first, currentPhase first', () => {
    fc.assert(
      fc.property(phasesArb, nowArb, (phases, now) => {
        const campaign = { phases };
        const open = openPhases(campaign, now);
        assert.deepEqual(new Set(open), new Set(phases.filter((p) => isPhaseOpen(campaign, p.id, now)).map((p) => p.id)));
        const starts = open.map((id) => phases.find((p) => p.id === id)!.start);
        assert.ok(starts.every((s, i) => i === 0 || starts[i - 1]! >= s));
        assert.equal(currentPhase(campaign, now), open[0] ?? null);
      }),
    );
  });

  it('phaseState agrees with isPhaseOpen: upcoming before the start, open from it, past from the end', () => {
    fc.assert(
      fc.property(phasesArb, nowArb, fc.constantFrom(...PHASE_IDS), (phases, now, id) => {
        const campaign = { phases };
        const phase = phases.find((p) => p.id === id);
        const state = phaseState(campaign, id, now);
        assert.equal(isPhaseOpen(campaign, id, now), state === 'open');
        if (!phase) return assert.equal(state, undefined);
        assert.equal(state, now < phase.start ? 'upcoming' : now < phase.end ? 'open' : 'past');
      }),
    );
  });

  it('boundaries: the start is open, the end is not', () => {
    fc.assert(
      fc.property(phasesArb, (phases) => {
        const campaign = { phases };
        for (const p of phases) {
          assert.equal(phaseState(campaign, p.id, p.start - 1), 'upcoming');
          assert.equal(phaseState(campaign, p.id, p.end), 'past');
          if (p.end > p.start) {
            assert.equal(phaseState(campaign, p.id, p.start), 'open');
            assert.equal(phaseState(campaign, p.id, p.end - 1), 'open');
          }
        }
      }),
    );
  });

  it('msToNextBoundary reaches the next start or end, with none in between', () => {
    fc.assert(
      fc.property(phasesArb, nowArb, (phases, now) => {
        const boundaries = phases.flatMap((p) => [p.start, p.end]).filter((t) => t > now);
        const ms = msToNextBoundary({ phases }, now);
        if (boundaries.length === 0) return assert.equal(ms, undefined);
        assert.equal(ms, Math.min(...boundaries) - now);
      }),
    );
  });

  it('ISO text and epoch milliseconds give the same answers', () => {
    fc.assert(
      fc.property(phasesArb, nowArb, (phases, now) => {
        const asText: PhaseWindow<PhaseId>[] = phases.map((p) => ({ id: p.id, start: iso(p.start), end: iso(p.end) }));
        assert.deepEqual(openPhases({ phases: asText }, now), openPhases({ phases }, now));
        assert.equal(msToNextBoundary({ phases: asText }, now), msToNextBoundary({ phases }, now));
        for (const id of PHASE_IDS) assert.equal(phaseState({ phases: asText }, id, now), phaseState({ phases }, id, now));
      }),
    );
  });

  it('results: final once the vote closed, provisional during it with live results, else not public', () => {
    fc.assert(
      fc.property(phasesArb, nowArb, fc.boolean(), (phases, now, liveResults) => {
        const campaign = { phases, voting: { liveResults } };
        const vote = phaseState(campaign, 'vote', now);
        const expected = vote === 'past' ? 'final' : vote === 'open' && liveResults ? 'provisional' : null;
        assert.equal(resultsStatus(campaign, now), expected);
      }),
    );
  });

  it('overlapping comptoirs and dépôt: the latest-starting is current; a tie goes to the later in the process', () => {
    const phases = [
      { id: 'comptoirs', start: '2026-01-05T00:00:00+01:00', end: '2026-04-30T23:59:59+02:00' },
      { id: 'depot', start: '2026-01-12T00:00:00+01:00', end: '2026-04-11T00:00:00+02:00' },
      { id: 'vote', start: '2026-09-01T00:00:00+02:00', end: '2026-09-30T23:59:59+02:00' },
    ] as const;
    const at = (text: string) => Date.parse(text);
    assert.equal(currentPhase({ phases }, at('2026-01-06T10:00:00+01:00')), 'comptoirs');
    assert.equal(currentPhase({ phases }, at('2026-02-01T10:00:00+01:00')), 'depot');
    assert.deepEqual(openPhases({ phases }, at('2026-02-01T10:00:00+01:00')), ['depot', 'comptoirs']);
    assert.equal(currentPhase({ phases }, at('2026-04-20T10:00:00+02:00')), 'comptoirs');
    assert.equal(currentPhase({ phases }, at('2026-07-01T10:00:00+02:00')), null);
    const tied = [
      { id: 'comptoirs', start: T0, end: T0 + DAY },
      { id: 'depot', start: T0, end: T0 + DAY },
    ];
    assert.equal(currentPhase({ phases: tied }, T0), 'depot');
  });
});
