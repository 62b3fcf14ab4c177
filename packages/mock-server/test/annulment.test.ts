/**
 * Threat: "using a resident's identity under another e-mail to annul their votes" (contract 1.1).
 * It cannot be prevented with declared identities; when the vote closes, each e-mail under which
 * an annulled identity voted is told, once, and the count of annulled ballots is public.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Fixture } from '../src/seed/fixture.js';
import { buildFixtureState } from '../src/seed/fixture.js';
import { FIXTURE, FIXTURE_CAMPAIGN as C, FIXTURE_TIMES } from '../src/seed/fixture-data.js';
import { createTestApi, voterToken, type TestApi } from './helpers.js';

const VOTE_END = '2026-09-30T23:59:59+02:00';
const AFTER = FIXTURE_TIMES.results;
const SUBJECT = /vos votes ont été annulés/;

const fixtureMock = (fixture: Fixture = FIXTURE, now: string = FIXTURE_TIMES.vote) =>
  createTestApi({ now, rateLimit: false, build: (seed) => buildFixtureState(fixture, seed) });

/** A ballot cast through the API by a voter of this identity and e-mail; its receipt. */
async function vote(t: TestApi, firstName: string, lastName: string, email: string, choices: Record<string, string>): Promise<string> {
  const token = await voterToken(t, C, { firstName, lastName, birthDate: '1984-06-12', communeCode: '62041', email });
  const ballot = await t.post(`/campaigns/${C}/ballot`, { choices }, { Authorization: `Bearer ${token}` });
  assert.equal(ballot.status, 201, ballot.text);
  return ballot.body.receiptCode;
}

const notices = async (t: TestApi) =>
  ((await t.get('/__mock/outbox')).body.items as Array<{ to: string; subject: string; body: string; sentAt: string }>).filter((m) => SUBJECT.test(m.subject));

describe('annulment notices', () => {
  test('two e-mails of one identity that both voted get one message each when the vote closes; a single vote gets none', async () => {
    const t = fixtureMock();
    const first = await vote(t, 'Léa', 'Roger', 'lea.roger@example.org', { cooperation: 'prj-001' });
    const second = await vote(t, ' LEA ', 'roger', 'quelquun@example.net', { cooperation: 'prj-004' });
    await vote(t, 'Marc', 'Wiart', 'marc.wiart@example.org', { cooperation: 'prj-001' });

    assert.deepEqual(await notices(t), [], 'nothing while the vote is open');
    await t.setClock('2026-09-30T23:59:58+02:00');
    assert.deepEqual(await notices(t), [], 'nothing before it closes');

    await t.setClock(AFTER);
    const sent = await notices(t);
    assert.deepEqual(sent.map((m) => m.to).sort(), ['lea.roger@example.org', 'quelquun@example.net']);
    const [toLea, toOther] = [sent.find((m) => m.to === 'lea.roger@example.org')!, sent.find((m) => m.to === 'quelquun@example.net')!];
    assert.equal(toLea.sentAt, VOTE_END, 'sent when the vote closed');
    assert.match(toLea.body, /^Bonjour Léa Roger,/);
    assert.ok(toLea.body.includes(first) && !toLea.body.includes(second), 'each message names its own ballot, not the other');
    assert.ok(toOther.body.includes(second) && !toOther.body.includes(first));
    for (const m of sent) {
      assert.match(m.body, /2 bulletins ont été déposés sous votre identité/);
      assert.match(m.body, /règlement/);
      assert.match(m.body, /tout vote multiple annule tous les votes/);
      assert.match(m.body, /quelqu'un a probablement utilisé votre identité/);
      assert.match(m.body, /répondant à ce courriel/);
      assert.doesNotMatch(m.body, /@/, 'no e-mail address of the other voter');
    }
    assert.deepEqual((await t.get(`/campaigns/${C}/results`)).body.ballots, { cast: 3, annulled: 2, counted: 1 });
  });

  test('told once, ever: the clock moved on, back into the vote and out again sends no second message', async () => {
    const t = fixtureMock();
    await vote(t, 'Léa', 'Roger', 'lea.roger@example.org', { cooperation: 'prj-001' });
    await vote(t, 'Léa', 'Roger', 'lea.r@example.net', { cooperation: 'prj-004' });
    await t.setClock(AFTER);
    assert.equal((await notices(t)).length, 2);
    await t.setClock('2026-11-15T10:00:00+01:00');
    await t.setClock(FIXTURE_TIMES.vote);
    assert.equal((await notices(t)).length, 2, 'mail once sent stays sent');
    // Meanwhile, another identity votes twice: only its e-mails are told at the next close.
    await vote(t, 'Marc', 'Wiart', 'marc@example.org', { cooperation: 'prj-001' });
    await vote(t, 'Marc', 'Wiart', 'marc.w@example.net', { cooperation: 'prj-001' });
    await t.setClock(AFTER);
    await t.setClock(FIXTURE_TIMES.vote);
    await t.setClock(AFTER);
    assert.deepEqual((await notices(t)).map((m) => m.to), ['lea.roger@example.org', 'lea.r@example.net', 'marc@example.org', 'marc.w@example.net']);
  });

  test('a running clock that passes the end: the next request sends them', async () => {
    const t = fixtureMock();
    await vote(t, 'Léa', 'Roger', 'lea.roger@example.org', { cooperation: 'prj-001' });
    await vote(t, 'Léa', 'Roger', 'lea.r@example.net', { cooperation: 'prj-004' });
    const running = await t.post('/__mock/clock', { now: '2026-09-30T23:59:58.999+02:00', running: true });
    assert.equal(running.status, 200, running.text);
    const outbox = t.api.store.state.outbox;
    assert.equal(outbox.filter((m) => SUBJECT.test(m.subject)).length, 0);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the clock ticks past the end (1 ms away)
    assert.equal((await t.get(`/campaigns/${C}`)).status, 200);
    assert.equal(outbox.filter((m) => SUBJECT.test(m.subject)).length, 2, 'sent on the first request after the end');
  });

  test('double votes in the data: told when the clock crosses the end, not for a vote already closed when the data is loaded', async () => {
    const fixture: Fixture = {
      ...FIXTURE,
      ballots: [
        { voter: 'a', choices: { cooperation: 'prj-001' } },
        { voter: 'a', choices: { cooperation: 'prj-004' } },
        { choices: { cooperation: 'prj-001' }, count: 3 },
      ],
    };
    const during = fixtureMock(fixture);
    await during.setClock(AFTER);
    assert.deepEqual((await notices(during)).map((m) => m.to), ['votant.0001@example.org', 'votant.0002@example.org']);

    // Loaded after the close: the data's past, whose e-mails (like every e-mail of the seed's past) are not in the outbox.
    const after = fixtureMock(fixture, AFTER);
    assert.deepEqual(await notices(after), []);
    assert.equal((await after.get(`/campaigns/${C}/results`)).body.ballots.annulled, 2);
  });
});
