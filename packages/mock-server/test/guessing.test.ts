/**
 * Threat: "guessing another person's receipt, registration code or dossier receipt" (contract
 * 1.1), second half: guesses are rate-limited per client (the mock's default limits), and a wrong
 * guess tells nothing (an unknown dossier id and a wrong receipt give the same answer).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildFixtureState } from '../src/seed/fixture.js';
import { FIXTURE, FIXTURE_CAMPAIGN as C, FIXTURE_TIMES } from '../src/seed/fixture-data.js';
import { assertProblem, createTestApi, dossierRequest, type Reply } from './helpers.js';

/** The mock with its default rate limits (read: burst 200, 50/s; write: burst 60, 10/s). */
const limitedMock = () => createTestApi({ now: FIXTURE_TIMES.comptoirs, build: (seed) => buildFixtureState(FIXTURE, seed) });

/** Sends guesses until one is refused as too many, or `max`; the answers before, and the refusal. */
async function guessUntilLimited(guess: (i: number) => Promise<Reply>, max: number): Promise<{ before: Reply[]; limited: Reply | undefined }> {
  const before: Reply[] = [];
  for (let i = 0; i < max; i++) {
    const reply = await guess(i);
    if (reply.status === 429) return { before, limited: reply };
    before.push(reply);
  }
  return { before, limited: undefined };
}

describe('guessing secrets', () => {
  test('dossier receipts: wrong guesses get the same 404 whether the id exists or not, then 429', async () => {
    const t = limitedMock();
    const wrongReceipt = await t.get(`/campaigns/${C}/dossiers/d-submitted?receipt=D-0000-0000-0000`);
    const unknownId = await t.get(`/campaigns/${C}/dossiers/d-0123456789ab?receipt=D-0000-0000-0000`);
    assertProblem(wrongReceipt, 404, 'not_found');
    assert.equal(unknownId.text, wrongReceipt.text, 'the same body: nothing tells an existing dossier apart');
    assert.deepEqual([...unknownId.headers], [...wrongReceipt.headers]);

    const { before, limited } = await guessUntilLimited(
      (i) => t.get(`/campaigns/${C}/dossiers/${i % 2 ? 'd-submitted' : `d-guess${i}`}?receipt=D-GUES-${String(i).padStart(4, '0')}-0000`),
      2_000,
    );
    assert.ok(limited, 'guessing goes on unlimited');
    assertProblem(limited, 429, 'rate_limited');
    assert.match(limited.headers.get('Retry-After') ?? '', /^[1-9]\d*$/);
    assert.ok(before.length >= 100, `limited after ${before.length} reads: a page of widgets must not be`);
    assert.ok(before.every((reply) => reply.text === wrongReceipt.text), 'every wrong guess: the same 404');
  });

  test('registration codes: wrong comptoir codes in a dossier get 422, then 429', async () => {
    const t = limitedMock();
    const { before, limited } = await guessUntilLimited((i) => t.post(`/campaigns/${C}/dossiers`, dossierRequest(`C-GUES-${String(i).padStart(4, '0')}-0000`)), 1_000);
    assert.ok(limited, 'guessing goes on unlimited');
    assertProblem(limited, 429, 'rate_limited');
    assert.ok(before.length >= 10);
    for (const reply of before) assertProblem(reply, 422, 'comptoir_participation_required');
  });
});
