/**
 * The e-mail verification of voters (contract 1.1): `POST …/voters` e-mails a 6-digit code,
 * `POST …/voters/verify` turns it into a token. Every rule, over HTTP, with the code read in the
 * mock's outbox as a voter reads it in their mailbox.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VoterSession, VoterVerification } from '@budget-citoyen/sdk/schemas';
import { verificationCodeIn } from '../src/store/emails.js';
import { VERIFICATION } from '../src/store/store.js';
import { verificationCode } from '../src/testing.js';
import { T, assertProblem, assertSchema, createTestApi, storeFingerprint, type Reply, type TestApi } from './helpers.js';

const CID = 'bc-2026';
const VOTE = Date.parse(T.vote);

let emails = 0;
const voter = (overrides: Record<string, string> = {}) => ({
  firstName: 'Maëlle',
  lastName: 'Lefebvre',
  birthDate: '1994-06-11',
  communeCode: '62041',
  email: `maelle.${++emails}@example.org`,
  ...overrides,
});

const register = (t: TestApi, body: Record<string, string>, headers: Record<string, string> = {}) => t.post(`/campaigns/${CID}/voters`, body, headers);
const verify = (t: TestApi, verificationId: string, code: string, headers: Record<string, string> = {}) =>
  t.post(`/campaigns/${CID}/voters/verify`, { verificationId, code }, headers);
/** Six digits other than `right`. */
const wrong = (right: string, n = 1) => String((Number(right) + n) % 1_000_000).padStart(6, '0');
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A test API on the 2026 vote, its clock standing still. */
function vote(): TestApi {
  const t = createTestApi({ rateLimit: false });
  t.api.clock.set(VOTE);
  return t;
}

/** Registered: the 202's verification and the code e-mailed. */
async function registered(t: TestApi, body = voter()): Promise<{ id: string; code: string; reply: Reply; email: string }> {
  const reply = await register(t, body);
  assert.equal(reply.status, 202, reply.text);
  return { id: reply.body.verificationId, code: verificationCode(t.api, body.email), reply, email: body.email };
}

describe('POST …/voters: a code by e-mail, no token', () => {
  test('202 { verificationId, expiresAt (+15 min), resendAfter (+30 s) }, and a French e-mail with the code', async () => {
    const t = vote();
    const body = voter({ firstName: 'Zoé', lastName: "D'Hondt" });
    const reply = await register(t, body);
    assert.equal(reply.status, 202, reply.text);
    assert.deepEqual(Object.keys(reply.body).sort(), ['expiresAt', 'resendAfter', 'verificationId'], 'no token any more');
    const verification = assertSchema(VoterVerification, reply.body);
    assert.equal(Date.parse(verification.expiresAt) - VOTE, 15 * 60_000);
    assert.equal(Date.parse(verification.resendAfter) - VOTE, 30_000);
    assert.equal(verification.expiresAt, '2026-09-20T12:15:00+02:00');

    const mail = t.api.store.outbox.at(-1)!;
    assert.equal(mail.to, body.email);
    assert.equal(mail.subject, 'Budget citoyen du Pas-de-Calais 2026 : votre code de vérification');
    const code = verificationCodeIn(mail)!;
    assert.match(code, /^\d{6}$/);
    assert.match(mail.body, /valable 15 minutes, jusqu'au dimanche 20 septembre 2026 à 12:15/);
    assert.match(mail.body, /Si vous n'êtes pas à l'origine de cette demande, ignorez ce message/);
    // Nothing the registrant typed goes to the address: no spam carrier from our domain.
    for (const typed of [body.firstName, body.lastName]) assert.ok(!`${mail.subject}\n${mail.body}`.includes(typed), typed);
    assert.ok(!/[\r\n]/.test(mail.subject));
  });

  test('secrets from the CSPRNG: two servers on the same seed hand out different codes, ids and tokens', async () => {
    const draws = async () => {
      const t = vote();
      const out: string[] = [];
      for (let i = 0; i < 3; i++) {
        const body = voter({ email: `same.${i}@example.org` });
        const { id, code } = await registered(t, body);
        const token = (await verify(t, id, code)).body.token as string;
        out.push(`${code} ${id} ${token}`);
        // ≥ 60 bits: the id carries 128, the token 192 (hex).
        assert.match(id, /^vf-[0-9a-f]{32}$/);
        assert.match(token, /^bcv_[0-9a-f]{48}$/);
      }
      return out;
    };
    const [a, b] = [await draws(), await draws()];
    const column = (rows: string[], i: number) => rows.map((row) => row.split(' ')[i]);
    for (const i of [1, 2]) assert.ok(column(a, i).every((x, n) => x !== column(b, i)[n]));
    assert.notDeepEqual(column(a, 0), column(b, 0), 'three codes alike on both: one chance in 10^18');
  });

  test('age and commune are checked before any e-mail: refused, nothing sent, nothing kept', async () => {
    const t = vote();
    const before = storeFingerprint(t.api);
    // Born on 21 September 2015: 10 years old on 20 September 2026 in Paris.
    const young = await register(t, voter({ birthDate: '2015-09-21' }));
    assertProblem(young, 422, 'not_eligible_age');
    assert.deepEqual(young.body.errors.map((e: { path: string }) => e.path), ['birthDate']);
    assertProblem(await register(t, voter({ communeCode: '59350' })), 422, 'not_resident');
    assertProblem(await register(t, voter({ email: 'not-an-address' })), 400, 'validation_failed');
    assert.equal(storeFingerprint(t.api), before);
    assert.equal(t.api.store.state.verifications.size, 0);
    // Eleven that very day (Paris): accepted.
    assert.equal((await register(t, voter({ birthDate: '2015-09-20' }))).status, 202);
  });

  test('only during the vote: phase_closed before and after it, no e-mail; verify too', async () => {
    const t = vote();
    const { id, code } = await registered(t);
    // Codes only: the vote's close sends the seed's annulment notices, which are not this test's.
    const codesSent = () => t.api.store.outbox.filter((m) => / : votre code de vérification$/.test(m.subject)).length;
    const outbox = codesSent();
    for (const now of [T.beforeVote, T.afterVote]) {
      t.api.clock.set(Date.parse(now));
      assertProblem(await register(t, voter()), 409, 'phase_closed');
      assertProblem(await verify(t, id, code), 409, 'phase_closed');
    }
    assert.equal(codesSent(), outbox);
  });

  test('the same e-mail again before resendAfter: 429 with Retry-After, no e-mail; after it, a new code replaces the old', async () => {
    const t = vote();
    const body = voter();
    const first = await registered(t, body);
    const outbox = t.api.store.outbox.length;

    t.api.clock.set(VOTE + 10_500);
    const early = await register(t, { ...body, email: body.email.toUpperCase() });
    assertProblem(early, 429, 'rate_limited');
    assert.equal(early.headers.get('Retry-After'), '20');
    assert.match(early.body.detail, /in 20 s/);
    assert.equal(t.api.store.outbox.length, outbox, 'no second e-mail');

    t.api.clock.set(VOTE + VERIFICATION.resendDelayMs);
    const second = await registered(t, body);
    assert.notEqual(second.id, first.id);
    assert.equal(t.api.store.outbox.length, outbox + 1);
    assert.equal(Date.parse(second.reply.body.resendAfter) - Date.parse(second.reply.body.expiresAt), 30_000 - 15 * 60_000);
    // The old code (with its id) is dead, whatever code is given with it.
    assertProblem(await verify(t, first.id, first.code), 410, 'verification_expired');
    assertProblem(await verify(t, first.id, second.code), 410, 'verification_expired');
    assert.equal((await verify(t, second.id, second.code)).status, 201);
  });

  test('another address is not held back, and one identity may register under several e-mails', async () => {
    const t = vote();
    const person = voter();
    await registered(t, person);
    const other = await registered(t, { ...person, email: 'autre.adresse@example.net' });
    assert.equal((await verify(t, other.id, other.code)).status, 201);
  });

  test('an e-mail belongs to one person once verified: another identity with it is 409 email_in_use', async () => {
    const t = vote();
    const body = voter();
    // Pending, another identity: the owner of the address decides, once the wait is over.
    await registered(t, body);
    assertProblem(await register(t, { ...body, firstName: 'Autre' }), 429, 'rate_limited');
    t.api.clock.set(VOTE + 30_000);
    const owner = await registered(t, body);
    assert.equal((await verify(t, owner.id, owner.code)).status, 201);
    const taken = await register(t, { ...body, firstName: 'Autre' });
    assertProblem(taken, 409, 'email_in_use');
    assert.deepEqual(taken.body.errors.map((e: { path: string }) => e.path), ['email']);
  });
});

describe('POST …/voters/verify', () => {
  test('the right code: 201 { voterId, token, expiresAt }; the token reads and casts this ballot', async () => {
    const t = vote();
    const { id, code } = await registered(t);
    const reply = await verify(t, id, code);
    assert.equal(reply.status, 201, reply.text);
    const session = assertSchema(VoterSession, reply.body);
    assert.equal(Date.parse(session.expiresAt) - VOTE, t.api.store.tokenTtlMs);
    assert.deepEqual((await t.get(`/campaigns/${CID}/ballot`, bearer(session.token))).body, { status: 'empty' });
    const project = t.api.store.projects(CID)[0]!;
    const cast = await t.post(`/campaigns/${CID}/ballot`, { choices: { [project.category]: project.id } }, bearer(session.token));
    assert.equal(cast.status, 201, cast.text);
  });

  test('a wrong code counts down (detail and triesLeft); the fifth voids it: 410, even for the right code', async () => {
    const t = vote();
    const { id, code } = await registered(t);
    for (const left of [4, 3, 2, 1]) {
      const reply = await verify(t, id, wrong(code, left));
      assertProblem(reply, 422, 'invalid_code');
      assert.equal(reply.body.triesLeft, left);
      assert.match(reply.body.detail, new RegExp(`${left} tr(y|ies) left`));
    }
    assertProblem(await verify(t, id, wrong(code, 5)), 410, 'verification_expired');
    const after = await verify(t, id, code);
    assertProblem(after, 410, 'verification_expired');
    assert.match(after.body.detail, /Too many wrong codes/);
    assert.equal(t.api.store.state.tokens.size, 0, 'no token was handed out');
  });

  test('the same wrong code again is the same try (a retry after a lost answer): no try burnt', async () => {
    const t = vote();
    const { id, code } = await registered(t);
    const bad = wrong(code);
    for (let i = 0; i < 6; i++) assert.equal((await verify(t, id, bad)).body.triesLeft, 4);
    assert.equal((await verify(t, id, code)).status, 201);
  });

  test('a malformed code is 400 and takes no try', async () => {
    const t = vote();
    const { id, code } = await registered(t);
    for (const malformed of ['12345', '1234567', 'abcdef', ' 123456', '']) assertProblem(await verify(t, id, malformed), 400, 'validation_failed');
    assert.equal((await verify(t, id, wrong(code))).body.triesLeft, 4);
  });

  test('expires 15 minutes after it was sent, by the mock clock: 410', async () => {
    const t = vote();
    const early = await registered(t);
    const late = await registered(t);
    t.api.clock.set(VOTE + VERIFICATION.codeTtlMs - 1);
    assert.equal((await verify(t, early.id, early.code)).status, 201);
    t.api.clock.set(VOTE + VERIFICATION.codeTtlMs);
    const expired = await verify(t, late.id, late.code);
    assertProblem(expired, 410, 'verification_expired');
    assert.match(expired.body.detail, /expired on 20 September 2026 at 12:15/);
  });

  test('an unknown verificationId, or another campaign’s, is 410 like an expired one', async () => {
    const t = vote();
    const { id, code } = await registered(t);
    assertProblem(await verify(t, `vf-${'0'.repeat(32)}`, code), 410, 'verification_expired');
    // The 2025 campaign's vote, opened again for this test.
    const vote2025 = t.api.store.campaign('bc-2025').phases.find((p) => p.id === 'vote')!;
    Object.assign(vote2025, { start: VOTE - 1, end: VOTE + 3_600_000 });
    assertProblem(await t.post('/campaigns/bc-2025/voters/verify', { verificationId: id, code }), 410, 'verification_expired');
  });

  test('retried: the same code with the same Idempotency-Key replays; without a key, the same session', async () => {
    const t = vote();
    const { id, code } = await registered(t);
    const key = { 'Idempotency-Key': 'verify-1' };
    const first = await verify(t, id, code, key);
    const replay = await verify(t, id, code, key);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(replay.text, first.text);
    // No key (curl, another client): the answer whose first copy was lost, again.
    const again = await verify(t, id, code);
    assert.equal(again.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.equal(t.api.store.state.tokens.size, 1);
    // A wrong code after the success still counts: the session cannot be guessed at leisure.
    for (let n = 1; n <= 5; n++) await verify(t, id, wrong(code, n));
    assertProblem(await verify(t, id, code), 410, 'verification_expired');
    // The token handed out stays good.
    assert.equal((await t.get(`/campaigns/${CID}/ballot`, bearer(first.body.token))).status, 200);
  });

  test('a registration retried with its Idempotency-Key replays the 202: no second e-mail, no 429', async () => {
    const t = vote();
    const body = voter();
    const key = { 'Idempotency-Key': 'register-1' };
    const first = await register(t, body, key);
    const outbox = t.api.store.outbox.length;
    const replay = await register(t, body, key);
    assert.equal(replay.status, 202);
    assert.equal(replay.text, first.text);
    assert.equal(t.api.store.outbox.length, outbox);
  });

  test('a verified e-mail registered again is the same voter: a new token after a new code, both good', async () => {
    const t = vote();
    const body = voter();
    const one = await registered(t, body);
    const first = (await verify(t, one.id, one.code)).body;
    const voters = t.api.store.state.voters.size;
    // At once: a code its owner used holds nothing back.
    const two = await registered(t, { ...body, email: body.email.toUpperCase(), firstName: 'MAELLE', lastName: ' lefèbvre ' });
    assert.notEqual(two.code, undefined);
    const second = (await verify(t, two.id, two.code)).body;
    assert.equal(second.voterId, first.voterId);
    assert.notEqual(second.token, first.token);
    assert.equal(t.api.store.state.voters.size, voters);
    for (const token of [first.token, second.token]) assert.equal((await t.get(`/campaigns/${CID}/ballot`, bearer(token))).status, 200);
  });
});

describe('the token is the only way to a ballot', () => {
  test('no token, the verificationId, the code, or another voter’s token: never this ballot', async () => {
    const t = vote();
    const a = await registered(t);
    const tokenA = (await verify(t, a.id, a.code)).body.token;
    const project = t.api.store.projects(CID)[0]!;
    const choices = { choices: { [project.category]: project.id } };
    assert.equal((await t.post(`/campaigns/${CID}/ballot`, choices, bearer(tokenA))).status, 201);

    assertProblem(await t.get(`/campaigns/${CID}/ballot`), 401, 'unauthorized');
    assertProblem(await t.post(`/campaigns/${CID}/ballot`, choices), 401, 'unauthorized');
    assertProblem(await t.get(`/campaigns/${CID}/ballot`, bearer(a.id)), 401, 'unauthorized');
    assertProblem(await t.get(`/campaigns/${CID}/ballot`, bearer(a.code)), 401, 'unauthorized');

    // Another verification, another voter: its token reads its own ballot only.
    const b = await registered(t);
    const tokenB = (await verify(t, b.id, b.code)).body.token;
    const seen = await t.get(`/campaigns/${CID}/ballot`, bearer(tokenB));
    assert.deepEqual(seen.body, { status: 'empty' });
    assert.equal((await t.get(`/campaigns/${CID}/ballot`, bearer(tokenA))).body.status, 'cast');
  });
});
