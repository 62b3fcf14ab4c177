/**
 * Threat: "guessing another person's receipt, registration code or dossier receipt" (contract
 * 1.1). Every secret handed out at run time comes from the CSPRNG, with at least 60 bits; the seed
 * is public, so anything drawn from it can be predicted by whoever runs a copy of the mock.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildFixtureState } from '../src/seed/fixture.js';
import { FIXTURE, FIXTURE_CAMPAIGN as C, FIXTURE_TIMES } from '../src/seed/fixture-data.js';
import { CROCKFORD, Secrets, type SecretSource } from '../src/util/secrets.js';
import { ADMIN_HEADERS, createTestApi, dossierRequest, voterSession, type TestApi } from './helpers.js';

const BASE32 = '[0-9A-HJKMNP-TV-Z]';

/** A mock on the fixture, at `now`, as anyone can start one: the same seed as the server's. */
const fixtureMock = (options: Parameters<typeof createTestApi>[0] = {}) =>
  createTestApi({ seed: 62, now: FIXTURE_TIMES.comptoirs, rateLimit: false, build: (seed) => buildFixtureState(FIXTURE, seed), ...options });

async function register(t: TestApi, email: string): Promise<{ id: string; code: string }> {
  const reply = await t.post(`/campaigns/${C}/comptoirs/cpt-visio/registrations`, { name: 'Camille Roger', email });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

/** One of everything the mock hands out at run time, by the same requests on any mock. */
async function secretsOf(t: TestApi) {
  const registration = await register(t, 'holder@example.org');
  await t.setClock('2026-02-19T10:00:00+01:00');
  assert.equal((await t.post(`/admin/campaigns/${C}/comptoirs/cpt-visio/attendance`, { codes: [registration.code] }, ADMIN_HEADERS)).status, 200);
  const dossier = await t.post(`/campaigns/${C}/dossiers`, dossierRequest(registration.code, 'holder@example.org'));
  assert.equal(dossier.status, 201, dossier.text);
  await t.setClock(FIXTURE_TIMES.vote);
  const voter = { body: await voterSession(t, C, { firstName: 'Léa', lastName: 'Roger', birthDate: '1990-05-01', communeCode: '62041', email: 'lea@example.org' }) };
  const ballot = await t.post(`/campaigns/${C}/ballot`, { choices: { cooperation: 'prj-001' } }, { Authorization: `Bearer ${voter.body.token}` });
  assert.equal(ballot.status, 201, ballot.text);
  return {
    registrationId: registration.id,
    registrationCode: registration.code,
    dossierId: dossier.body.id,
    dossierReceipt: dossier.body.receiptCode,
    voterId: voter.body.voterId,
    voterToken: voter.body.token,
    ballotReceipt: ballot.body.receiptCode,
  };
}

/** Bits of entropy of a secret, from its format: characters of the alphabet times bits each. */
const bits = (chars: number, alphabet: number) => chars * Math.log2(alphabet);

describe('secrets handed out at run time', () => {
  test('two mocks started with the same seed hand out different secrets for the same requests', async () => {
    const [a, b] = [await secretsOf(fixtureMock()), await secretsOf(fixtureMock())];
    for (const name of Object.keys(a) as Array<keyof typeof a>) assert.notEqual(a[name], b[name], `${name} is the same on both mocks: ${a[name]}`);
  });

  test('each carries at least 60 bits, in the format people read (Crockford base 32, grouped by four)', async () => {
    const s = await secretsOf(fixtureMock());
    const formats: Array<[keyof typeof s, RegExp, number]> = [
      ['registrationCode', new RegExp(`^C-${BASE32}{4}-${BASE32}{4}-${BASE32}{4}$`), bits(12, 32)],
      ['dossierReceipt', new RegExp(`^D-${BASE32}{4}-${BASE32}{4}-${BASE32}{4}$`), bits(12, 32)],
      ['ballotReceipt', new RegExp(`^V-${BASE32}{4}-${BASE32}{4}-${BASE32}{4}$`), bits(12, 32)],
      ['registrationId', new RegExp(`^r-${BASE32.toLowerCase()}{12}$`), bits(12, 32)],
      ['dossierId', new RegExp(`^d-${BASE32.toLowerCase()}{12}$`), bits(12, 32)],
      ['voterId', new RegExp(`^v-${BASE32.toLowerCase()}{12}$`), bits(12, 32)],
      ['voterToken', /^bcv_[0-9a-f]{48}$/, bits(48, 16)],
    ];
    for (const [name, format, entropy] of formats) {
      assert.match(s[name], format, name);
      assert.ok(entropy >= 60, `${name}: ${entropy} bits`);
    }
  });

  test('the "12 of 12" attack: from one’s own registration code, a copy of the mock predicts none of the next ones', async () => {
    const server = fixtureMock();
    const mine = (await register(server, 'attacker@example.org')).code;
    const victims: string[] = [];
    for (let i = 0; i < 12; i++) victims.push((await register(server, `victim${i}@example.org`)).code);

    // The attacker's copy: the same seed and data, the stream of codes it hands out, found again from the attacker's own.
    const copy = fixtureMock();
    const stream: string[] = [];
    for (let i = 0; i < 40; i++) stream.push((await register(copy, `guess${i}@example.org`)).code);
    const at = stream.indexOf(mine);
    const predicted = at < 0 ? [] : stream.slice(at + 1, at + 13);
    assert.equal(predicted.filter((code, i) => code === victims[i]).length, 0, `predicted ${predicted.join(' ')}`);
  });

  test('a copy of the mock cannot read back a dossier: neither its id nor its receipt follows from the seed', async () => {
    const server = fixtureMock();
    const victim = await secretsOf(server);
    const guess = await secretsOf(fixtureMock());
    const read = (id: string, receipt: string) => server.get(`/campaigns/${C}/dossiers/${id}?receipt=${receipt}`);
    assert.equal((await read(victim.dossierId, victim.dossierReceipt)).status, 200, 'the holder reads their dossier');
    assert.equal((await read(guess.dossierId, guess.dossierReceipt)).status, 404);
    assert.equal((await read(victim.dossierId, guess.dossierReceipt)).status, 404);
  });

  test('the seed’s own demo data stays as it was: the fixture’s known codes still work', async () => {
    const t = fixtureMock();
    const submitted = await t.get(`/campaigns/${C}/dossiers/d-submitted?receipt=D-SUBM-0001`);
    assert.equal(submitted.status, 200, submitted.text);
    assert.equal(submitted.body.title, 'Boîte à livres du square');
  });

  test('an injected source drives every secret (a test, or a replay of recorded commands)', async () => {
    let counter = 0;
    const counting: SecretSource = { fill: (bytes) => bytes.forEach((_, i) => (bytes[i] = counter++ % 256)) };
    const replayed = () => {
      counter = 0;
      return fixtureMock({ secrets: counting });
    };
    const a = await secretsOf(replayed());
    const b = await secretsOf(replayed());
    assert.deepEqual(a, b);
    assert.equal(a.registrationId, 'r-0123456789ab');
    assert.equal(a.registrationCode, 'C-CDEF-GHJK-MNPQ');
  });
});

describe('Secrets', () => {
  const fixed = (values: number[]): SecretSource => {
    let next = 0;
    return { fill: (bytes) => bytes.forEach((_, i) => (bytes[i] = values[next++ % values.length]!)) };
  };

  test('characters of Crockford base 32, five bits of each byte: every character as likely', () => {
    assert.equal(new Secrets(fixed([0, 31, 32, 255, 10, 18])).chars(6), '0Z0ZAJ');
    const all = new Secrets(fixed(Array.from({ length: 256 }, (_, i) => i))).chars(256);
    for (const c of CROCKFORD) assert.equal(all.split(c).length - 1, 8, c);
    assert.doesNotMatch(all, /[ILOU]/);
  });

  test('digits: bytes from 250 up are drawn again, so that each digit is as likely', () => {
    assert.equal(new Secrets(fixed([250, 255, 7, 249, 13, 0, 252, 99, 100, 5])).digits(6), '793090');
    const all = new Secrets(fixed(Array.from({ length: 256 }, (_, i) => i))).digits(250);
    for (let d = 0; d <= 9; d++) assert.equal(all.split(String(d)).length - 1, 25, String(d));
  });

  test('hex: two characters a byte', () => {
    assert.equal(new Secrets(fixed([0, 15, 16, 255])).hex(4), '000f10ff');
  });

  test('the default source is the platform’s CSPRNG: no two draws alike', () => {
    const secrets = new Secrets();
    const drawn = new Set(Array.from({ length: 1000 }, () => secrets.chars(12)));
    assert.equal(drawn.size, 1000);
  });

  test('the default source draws from crypto.getRandomValues (a PRNG, even unseeded, would pass the test above)', (context) => {
    const platform = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    const calls = context.mock.method(globalThis.crypto, 'getRandomValues', platform);
    const secret = new Secrets().chars(12);
    assert.match(secret, /^[0-9A-Z]{12}$/);
    assert.ok(calls.mock.callCount() > 0, 'crypto.getRandomValues was not called');
  });
});
