/**
 * The ballot's process without a page: `BallotFlow` driven end to end against the mock server
 * in Node (its real handlers and store behind msw's `setupServer`), through a real SDK client,
 * its draft kept in a `Map`; the e-mailed code read in the mock's outbox, as a voter reads it.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { getResponse, http, HttpResponse } from 'msw';
import { createMockServer } from '@budget-citoyen/mock-server/node';
import { verificationCode, verifiedVoter } from '@budget-citoyen/mock-server/testing';
import { createClient, type BallotReceipt, type Campaign, type Client } from '@budget-citoyen/sdk';
import { BallotFlow, type BallotContext } from '../src/ballot/ballot-flow.js';
import type { Identity } from '../src/ballot/draft.js';
import type { BallotStep } from '../src/ballot/events.js';
import { canRetry, codeOf } from '../src/base/refusals.js';
import { logRequests, serveDuringSuite } from './node-server.js';

const BASE = 'http://ballot.test/api/v1';
const CAMPAIGN = 'bc-2026';
const BALLOT = `${BASE}/campaigns/:campaignId/ballot`;
const VERIFY = `${BASE}/campaigns/:campaignId/voters/verify`;
const ARRAS = { communeCode: '62041', communeText: 'Arras' };
/** Where the draft, then the receipt, is kept: one per API and campaign. */
const KEY = `bc-ballot:${BASE}|${CAMPAIGN}`;

const { server, api: mock } = createMockServer({ baseUrl: BASE, rateLimit: false });
/** What reached the server: method, path and Idempotency-Key. */
const requests = logRequests(server);
const posts = (suffix: string) => requests.filter((r) => r.method === 'POST' && r.path.endsWith(suffix));

let client: Client;
let campaign: Campaign;
let voters = 0;

/** A voter of the mock's département, with an e-mail no other test uses. */
function voter(patch: Partial<Identity> = {}): Identity {
  return {
    firstName: 'Camille',
    lastName: 'Durand',
    day: '14',
    month: '7',
    year: '1990',
    ...ARRAS,
    email: `camille.${++voters}@example.fr`,
    rules: true,
    ...patch,
  };
}

function voteOpen(): boolean {
  const vote = campaign.phases.find((p) => p.id === 'vote')!;
  const now = mock.clock.now();
  return Date.parse(vote.start) <= now && now < Date.parse(vote.end);
}

/** Every flow a test started: stopped after it (the code step's countdown ticks). */
const flows: BallotFlow[] = [];

/** A flow started on the campaign, as `<bc-ballot>` starts it, with what it told its view. */
function ballotFlow(store = new Map<string, string>(), context: Partial<BallotContext> = {}) {
  const errors: Array<{ code: string; step: BallotStep }> = [];
  const casts: BallotReceipt[] = [];
  let changes = 0;
  const flow = new BallotFlow({
    store,
    onChange: () => void changes++,
    onError: (code, step) => errors.push({ code, step }),
    onCast: (receipt) => casts.push(receipt),
  });
  flows.push(flow);
  flow.start({ api: client, campaign, apiBase: BASE, now: () => mock.clock.now(), voteOpen, ...context });
  return { flow, errors, casts, store, changes: () => changes };
}

/** The code the mock e-mailed last to the draft's address. */
const codeFor = (flow: BallotFlow) => verificationCode(mock, flow.draft.identity.email);
/** Six digits other than `right`. */
const wrong = (right: string, n = 1) => String((Number(right) + n) % 1_000_000).padStart(6, '0');

/** Gives back `code` (by default the one e-mailed). */
async function giveCode(flow: BallotFlow, code = codeFor(flow)): Promise<void> {
  flow.setCode(code);
  await flow.submitCode();
}

/** Registers `identity`: on to the code step. */
async function toCode(flow: BallotFlow, identity = voter()): Promise<void> {
  flow.setIdentity(identity);
  await flow.submitIdentity();
  assert.equal(flow.step, 'code');
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(condition(), `never happened: ${what}`);
}

const projectsOf = (category: string) => mock.store.projects(CAMPAIGN).filter((p) => p.category === category);
const ballotsCast = () => mock.store.ballots(CAMPAIGN).length;

/** Registers `identity`, gives the e-mailed code back, and waits for the choices and the projects. */
async function toChoices(flow: BallotFlow, identity = voter()): Promise<void> {
  await toCode(flow, identity);
  await giveCode(flow);
  assert.equal(flow.step, 'choices');
  await until(() => flow.projects !== undefined, 'projects');
}

/** Chooses the first project of the first two categories and goes to the review; returns the choices. */
async function toReview(flow: BallotFlow, identity = voter()): Promise<Record<string, string>> {
  await toChoices(flow, identity);
  const chosen: Record<string, string> = {};
  for (const c of campaign.categories.slice(0, 2)) {
    chosen[c.id] = projectsOf(c.id)[0]!.id;
    flow.choose(c.id, chosen[c.id]!, true);
  }
  flow.toReview();
  assert.equal(flow.step, 'review');
  return chosen;
}

/** The registration `identity` makes. */
const registration = (identity: Identity) => ({
  firstName: identity.firstName,
  lastName: identity.lastName,
  birthDate: `${identity.year}-${identity.month.padStart(2, '0')}-${identity.day.padStart(2, '0')}`,
  communeCode: identity.communeCode,
  email: identity.email,
});

/** The same voter votes through another session (another tab, another device). */
async function castElsewhere(identity: Identity): Promise<string> {
  const session = await verifiedVoter(client, mock, CAMPAIGN, registration(identity));
  const project = projectsOf(campaign.categories[2]!.id)[0]!;
  return (await client.ballot.cast(CAMPAIGN, { [project.category]: project.id }, { token: session.token })).receiptCode;
}

describe('BallotFlow against the mock server', () => {
  serveDuringSuite(server, requests, () => {
    for (const flow of flows.splice(0)) flow.stop();
    mock.clock.set(mock.options.now);
  });
  before(async () => {
    client = createClient({ baseUrl: BASE });
    campaign = await client.campaigns.get(CAMPAIGN);
  });

  it('identity, choices, review, cast: the receipt of the ballot the server recorded', async () => {
    const { flow, errors, casts, store } = ballotFlow();
    assert.equal(flow.step, 'identity');
    assert.equal(flow.takeFocus(), undefined);
    const before = ballotsCast();
    const chosen = await toReview(flow);
    assert.equal(flow.takeFocus(), 'heading');
    assert.equal(store.size, 1);

    const cast = flow.cast();
    assert.equal(flow.busy, true);
    assert.equal(flow.announcement, 'sending');
    await cast;
    assert.equal(flow.step, 'done');
    assert.equal(flow.busy, false);
    const recorded = mock.store.ballots(CAMPAIGN).at(-1)!;
    assert.equal(ballotsCast(), before + 1);
    assert.deepEqual(recorded.choices, chosen);
    assert.equal(flow.receipt?.receiptCode, recorded.receiptCode);
    assert.equal(flow.receipt?.already, false);
    assert.deepEqual(casts.map((r) => r.receiptCode), [recorded.receiptCode]);
    assert.deepEqual(errors, []);
    // The draft is gone once cast: only the receipt as shown stays (no identity, token or key).
    assert.deepEqual(JSON.parse(store.get(KEY)!), {
      receipt: { receiptCode: recorded.receiptCode, castAt: flow.receipt!.castAt, choices: chosen, already: false },
    });
    assert.equal(store.size, 1);
    assert.deepEqual(posts('/voters').length, 1);
  });

  it('checks the identity before any request: every empty field, focus on the first', async () => {
    const { flow, errors } = ballotFlow();
    await flow.submitIdentity();
    assert.deepEqual(flow.fieldErrors, {
      firstName: 'required',
      lastName: 'required',
      birthDate: 'required',
      communeCode: 'required',
      email: 'required',
      rules: 'required',
    });
    assert.deepEqual(errors, [{ code: 'validation_failed', step: 'identity' }]);
    assert.deepEqual(flow.takeFocus(), { field: 'firstName' });
    assert.equal(posts('/voters').length, 0);
  });

  describe("the server's eligibility refusals, at their fields", () => {
    it('not_eligible_age: 10 on the server\'s day (a device clock a year ahead let it through)', async () => {
      const aYearLater = () => mock.clock.now() + 365 * 24 * 3600_000;
      const { flow, errors } = ballotFlow(new Map(), { now: aYearLater });
      flow.setIdentity(voter({ day: '1', month: '10', year: '2015' }));
      await flow.submitIdentity();
      assert.equal(posts('/voters').length, 1);
      assert.deepEqual(flow.fieldErrors, { birthDate: 'not_eligible_age' });
      assert.deepEqual(errors, [{ code: 'not_eligible_age', step: 'identity' }]);
      assert.deepEqual(flow.takeFocus(), { field: 'birthDate' });
      assert.equal(flow.step, 'identity');
      assert.equal(flow.draft.token, undefined);
    });

    it('not_resident: a commune outside the département', async () => {
      const lille = '59350';
      const { flow, errors } = ballotFlow(new Map(), { communeCodes: () => new Set([lille]) });
      flow.setIdentity(voter({ communeCode: lille, communeText: 'Lille' }));
      await flow.submitIdentity();
      assert.deepEqual(flow.fieldErrors, { communeCode: 'not_resident' });
      assert.deepEqual(errors, [{ code: 'not_resident', step: 'identity' }]);
      assert.deepEqual(flow.takeFocus(), { field: 'communeCode' });
    });

    it('email_in_use: the address of another person (verified by them)', async () => {
      const first = voter();
      await verifiedVoter(client, mock, CAMPAIGN, registration(first));
      const { flow, errors } = ballotFlow();
      flow.setIdentity({ ...first, firstName: 'Dominique' });
      await flow.submitIdentity();
      assert.deepEqual(flow.fieldErrors, { email: 'in_use' });
      assert.deepEqual(errors, [{ code: 'email_in_use', step: 'identity' }]);
      assert.equal(flow.step, 'identity');
    });
  });

  describe('the e-mailed code', () => {
    it('the identity sent: the code step, its heading focused, the address and the delays in the draft, no token', async () => {
      const { flow, errors, store } = ballotFlow();
      const identity = voter();
      flow.setIdentity(identity);
      const submitted = flow.submitIdentity();
      assert.equal(flow.busy, true);
      assert.equal(flow.announcement, 'checking');
      await submitted;
      assert.equal(flow.step, 'code');
      assert.equal(flow.takeFocus(), 'heading');
      assert.equal(flow.announcement, undefined);
      const sent = flow.draft.verification!;
      assert.equal(sent.email, identity.email);
      assert.equal(Date.parse(sent.expiresAt), mock.clock.now() + 15 * 60_000);
      assert.equal(flow.resendIn(), 30);
      assert.equal(flow.draft.token, undefined);
      assert.equal(mock.store.outbox.at(-1)!.to, identity.email);
      assert.equal(JSON.parse([...store.values()][0]!).step, 'code');
      assert.deepEqual(errors, []);
    });

    it('the later steps cannot be loaded (offline): the code e-mailed, the failure kept, the draft too; once loaded, the code goes through', async () => {
      const { flow, store } = ballotFlow();
      const offline = new TypeError('Failed to fetch dynamically imported module');
      let loads = 0;
      const load = flow.later.load;
      flow.later.load = () => (++loads === 1 ? Promise.reject(offline) : load());
      flow.setIdentity(voter());
      await flow.submitIdentity();
      assert.equal(flow.step, 'code');
      assert.equal(flow.later.steps, undefined);
      assert.equal(flow.later.error, offline);
      assert.equal(JSON.parse([...store.values()][0]!).step, 'code');
      // "Réessayer" (the view calls prepare again): loaded, the failure forgotten.
      const later = await flow.later.prepare();
      assert.equal(loads, 2);
      assert.equal(flow.later.steps, later);
      assert.equal(flow.later.error, undefined);
      flow.setCode(codeFor(flow));
      await flow.submitCode();
      assert.equal(flow.step, 'choices');
    });

    it('not six digits: said at the field, focused, nothing sent', async () => {
      const { flow, errors } = ballotFlow();
      await toCode(flow);
      flow.takeFocus();
      for (const typed of ['', '12345', '12a456', '1234567']) {
        await giveCode(flow, typed);
        assert.equal(flow.codeError, 0);
        assert.deepEqual(flow.takeFocus(), { field: 'code' });
      }
      assert.equal(posts('/verify').length, 0);
      assert.deepEqual(new Set(errors.map((e) => JSON.stringify(e))), new Set([JSON.stringify({ code: 'validation_failed', step: 'code' })]));
      // Spaces (a code pasted as "123 456") are not the voter's mistake.
      await giveCode(flow, codeFor(flow).replace(/^(\d{3})/, '$1 '));
      assert.equal(flow.step, 'choices');
    });

    it('a wrong code: the tries left at the field (the same code again is the same try), then the right one', async () => {
      const { flow, errors } = ballotFlow();
      await toCode(flow);
      const right = codeFor(flow);
      await giveCode(flow, wrong(right));
      assert.equal(flow.step, 'code');
      assert.equal(flow.codeError, 4);
      assert.deepEqual(flow.takeFocus(), { field: 'code' });
      await flow.retry(); // the same code again (a retry): no try burnt
      assert.equal(flow.codeError, 4);
      await giveCode(flow, wrong(right, 2));
      assert.equal(flow.codeError, 3);
      assert.deepEqual(errors, Array(3).fill({ code: 'invalid_code', step: 'code' }));
      await giveCode(flow, right);
      assert.equal(flow.step, 'choices');
      assert.ok(flow.draft.token);
    });

    it('the fifth wrong code voids it: the identity again, said, the draft kept; continuing sends a new code', async () => {
      const { flow, errors } = ballotFlow();
      const identity = voter();
      await toCode(flow, identity);
      const right = codeFor(flow);
      for (let n = 1; n <= 5; n++) await giveCode(flow, wrong(right, n));
      assert.equal(flow.step, 'identity');
      assert.equal(flow.codeLost, true);
      assert.equal(flow.takeFocus(), 'heading');
      assert.deepEqual(errors.at(-1), { code: 'verification_expired', step: 'code' });
      assert.deepEqual(flow.draft.identity, identity);
      // The right code is dead too; a new one after the wait.
      mock.clock.set(mock.clock.now() + 30_000);
      await flow.submitIdentity();
      assert.equal(flow.step, 'code');
      assert.equal(flow.codeLost, false);
      assert.notEqual(codeFor(flow), undefined);
      await giveCode(flow);
      assert.equal(flow.step, 'choices');
    });

    it('expired after 15 minutes (the mock clock): the identity again, then a new code', async () => {
      const { flow, errors } = ballotFlow();
      await toCode(flow);
      const code = codeFor(flow);
      mock.clock.set(mock.clock.now() + 15 * 60_000);
      await giveCode(flow, code);
      assert.equal(flow.step, 'identity');
      assert.equal(flow.codeLost, true);
      assert.deepEqual(errors, [{ code: 'verification_expired', step: 'code' }]);
      await flow.submitIdentity();
      await giveCode(flow);
      assert.equal(flow.step, 'choices');
    });

    it('"Renvoyer le code": nothing before resendAfter; after it, a new code replaces the old, said in the live region', async () => {
      const { flow } = ballotFlow();
      await toCode(flow);
      const first = { code: codeFor(flow), id: flow.draft.verification!.verificationId };
      await flow.resend();
      assert.equal(posts('/voters').length, 1, 'locked: nothing sent');
      mock.clock.set(mock.clock.now() + 29_500);
      assert.equal(flow.resendIn(), 1);
      mock.clock.set(mock.clock.now() + 500);
      assert.equal(flow.resendIn(), 0);
      flow.takeFocus();
      await flow.resend();
      assert.equal(posts('/voters').length, 2);
      assert.equal(flow.step, 'code');
      assert.equal(flow.announcement, 'resent');
      assert.equal(flow.takeFocus(), undefined, 'the focus stays on the button');
      assert.notEqual(flow.draft.verification!.verificationId, first.id);
      assert.equal(flow.resendIn(), 30, 'locked again');
      const second = codeFor(flow);
      if (second !== first.code) {
        await giveCode(flow, first.code);
        assert.equal(flow.codeError, 4, 'the old code is not this one');
      }
      await giveCode(flow, second);
      assert.equal(flow.step, 'choices');
    });

    it('the countdown: a change each second while locked, "resend-ready" said once it is over', async () => {
      const { flow, changes } = ballotFlow();
      await toCode(flow);
      const before = changes();
      await until(() => changes() > before, 'a tick');
      assert.equal(flow.announcement, undefined, 'the ticks are not announced');
      mock.clock.set(mock.clock.now() + 30_000);
      await until(() => flow.announcement === 'resend-ready', 'resend-ready');
      const after = changes();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal(changes(), after, 'no more ticks once over');
    });

    it('"Modifier mon adresse e-mail": the identity as typed, the focus on the address; another address gets its own code', async () => {
      const { flow } = ballotFlow();
      const identity = voter();
      await toCode(flow, identity);
      flow.takeFocus();
      flow.changeEmail();
      assert.equal(flow.step, 'identity');
      assert.deepEqual(flow.takeFocus(), { field: 'email' });
      assert.deepEqual(flow.draft.identity, identity);
      const other = `autre.${identity.email}`;
      flow.setIdentity({ email: other });
      await flow.submitIdentity();
      assert.equal(flow.step, 'code');
      assert.equal(flow.draft.verification!.email, other);
      assert.equal(mock.store.outbox.at(-1)!.to, other);
      await giveCode(flow);
      assert.equal(flow.step, 'choices');
    });

    it('a reload at the code step: the same step and verification; once it expired, the identity and why', async () => {
      const store = new Map<string, string>();
      const first = ballotFlow(store).flow;
      await toCode(first);
      const { flow } = ballotFlow(store);
      assert.equal(flow.step, 'code');
      assert.deepEqual(flow.draft.verification, first.draft.verification);
      assert.equal(flow.codeLost, false);

      mock.clock.set(mock.clock.now() + 15 * 60_000);
      const later = ballotFlow(store).flow;
      assert.equal(later.step, 'identity');
      assert.equal(later.codeLost, true);
      assert.equal(later.draft.verification, undefined);
      assert.deepEqual(later.draft.identity, first.draft.identity);
    });

    it('a verify whose answer was lost: "Réessayer" sends the same code, gets the session, burns no try', async () => {
      client = createClient({ baseUrl: BASE, retry: 0 });
      try {
        let lost = true;
        server.use(
          http.post(VERIFY, async ({ request }) => {
            if (!lost) return undefined;
            lost = false;
            await getResponse(mock.handlers, request); // verified…
            return HttpResponse.error(); // …and the answer never arrives
          }),
        );
        const { flow, errors } = ballotFlow();
        await toCode(flow);
        await giveCode(flow);
        assert.equal(flow.step, 'code');
        assert.equal(codeOf(flow.topError), 'network_error');
        assert.equal(canRetry(flow.topError), true);
        assert.deepEqual(errors, [{ code: 'network_error', step: 'code' }]);
        await flow.retry();
        assert.equal(flow.step, 'choices');
        assert.equal(flow.topError, undefined);
        const session = mock.store.state.verifications.get(mock.store.state.verificationByCampaignEmail.get(`${CAMPAIGN}\n${flow.draft.identity.email}`)!)!;
        assert.equal(session.triesLeft, 5);
        assert.equal(flow.draft.token, session.session!.token, 'the session of the first answer');
      } finally {
        client = createClient({ baseUrl: BASE });
      }
    });
  });

  describe('choices', () => {
    it('one per category: a tick replaces the other, "no project" clears; an empty ballot is refused before the review', async () => {
      const { flow, errors } = ballotFlow();
      await toChoices(flow);
      const category = campaign.categories[0]!.id;
      const [a, b] = projectsOf(category);
      flow.choose(category, a!.id, true);
      flow.choose(category, b!.id, true);
      assert.deepEqual(flow.draft.choices[category], [b!.id]);
      assert.equal(flow.draft.choices[campaign.categories[1]!.id], undefined, 'nothing chosen for a category not answered');
      flow.choose(category, '', false);
      assert.deepEqual(flow.draft.choices[category], []);
      flow.takeFocus();

      flow.toReview();
      assert.equal(flow.step, 'choices');
      assert.deepEqual(flow.choiceErrors, ['']);
      assert.deepEqual(errors, [{ code: 'validation_failed', step: 'choices' }]);
      assert.deepEqual(flow.takeFocus(), { category });
    });

    it("the server's refusal of a choice sends the voter back to its category; nothing is recorded", async () => {
      const { flow, errors } = ballotFlow();
      await toReview(flow);
      const category = campaign.categories[1]!.id;
      flow.choose(category, 'prj-unknown', true);
      const before = ballotsCast();
      await flow.cast();
      assert.equal(flow.step, 'choices');
      assert.deepEqual(flow.choiceErrors, [category]);
      assert.deepEqual(errors, [{ code: 'validation_failed', step: 'review' }]);
      assert.deepEqual(flow.takeFocus(), { category });
      assert.equal(ballotsCast(), before);
    });

    it('preselects a project named by the address once the projects arrive, and announces it', async () => {
      const project = projectsOf(campaign.categories[2]!.id)[3]!;
      const { flow } = ballotFlow(new Map(), { linkedProjectId: project.id });
      await until(() => flow.projects !== undefined, 'projects');
      assert.deepEqual(flow.draft.choices[project.category], [project.id]);
      assert.deepEqual(flow.announcement, { project: flow.projects!.find((p) => p.id === project.id), category: project.category });
      assert.equal(flow.preselect(project.id, campaign.categories[0]!.id), false, 'not in that category');
    });
  });

  describe('never doubled', () => {
    it('an answer lost on the way back: the SDK retries under the same key, ONE ballot', async () => {
      let lost = 0;
      server.use(
        http.post(BALLOT, async ({ request }) => {
          if (lost++) return undefined;
          await getResponse(mock.handlers, request); // recorded…
          return HttpResponse.error(); // …and the answer never arrives
        }),
      );
      const { flow, errors } = ballotFlow();
      await toReview(flow);
      const before = ballotsCast();
      await flow.cast();
      assert.equal(flow.step, 'done');
      assert.equal(ballotsCast(), before + 1);
      assert.equal(flow.receipt?.receiptCode, mock.store.ballots(CAMPAIGN).at(-1)!.receiptCode);
      assert.ok(posts('/ballot').length > 1);
      assert.deepEqual(new Set(posts('/ballot').map((r) => r.key)), new Set([flow.draft.key]));
      assert.deepEqual(errors, []);
    });

    it('the network down during the cast: the error at the top, then "Réessayer" with the same key, ONE ballot', async () => {
      client = createClient({ baseUrl: BASE, retry: 0 });
      try {
        let down = true;
        let recorded = false;
        server.use(
          http.post(BALLOT, async ({ request }) => {
            if (!down) return undefined;
            if (!recorded) await getResponse(mock.handlers, request);
            recorded = true;
            return HttpResponse.error();
          }),
        );
        const { flow, errors } = ballotFlow();
        await toReview(flow);
        const before = ballotsCast();
        const key = flow.draft.key;
        await flow.cast();
        assert.equal(flow.step, 'review');
        assert.equal(codeOf(flow.topError), 'network_error');
        assert.equal(canRetry(flow.topError), true);
        assert.equal(flow.castFailed, 'unsure', 'sent, unanswered: maybe recorded');
        assert.deepEqual(errors, [{ code: 'network_error', step: 'review' }]);
        assert.equal(ballotsCast(), before + 1, 'recorded, unknown to the voter');

        down = false;
        await flow.retry();
        assert.equal(flow.step, 'done');
        assert.equal(flow.topError, undefined);
        assert.equal(ballotsCast(), before + 1);
        assert.deepEqual(new Set(posts('/ballot').map((r) => r.key)), new Set([key]));
        assert.equal(posts('/ballot').length, 2);
      } finally {
        client = createClient({ baseUrl: BASE });
      }
    });

    it('one cast in flight at a time', async () => {
      const { flow } = ballotFlow();
      await toReview(flow);
      const before = ballotsCast();
      await Promise.all([flow.cast(), flow.cast(), flow.cast()]);
      assert.equal(posts('/ballot').length, 1);
      assert.equal(ballotsCast(), before + 1);
    });
  });

  describe('a failed cast says what is known, and offers one thing to do', () => {
    /** A client that does not retry by itself: each cast attempt is one request. */
    async function withoutRetries(run: () => Promise<void>): Promise<void> {
      client = createClient({ baseUrl: BASE, retry: 0 });
      try {
        await run();
      } finally {
        client = createClient({ baseUrl: BASE });
      }
    }
    const unavailable = () => HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 });

    it('503 once it was recorded: unsure; "Vérifier mon vote" reads it back: the receipt, bc-ballot-cast, ONE ballot', () =>
      withoutRetries(async () => {
        server.use(http.post(BALLOT, async ({ request }) => (await getResponse(mock.handlers, request), unavailable())));
        const { flow, errors, casts, store } = ballotFlow();
        const chosen = await toReview(flow);
        const before = ballotsCast();
        await flow.cast();
        assert.equal(flow.step, 'review');
        assert.equal(flow.castFailed, 'unsure');
        assert.equal(codeOf(flow.topError), 'server_error');
        assert.deepEqual(errors, [{ code: 'server_error', step: 'review' }]);
        assert.equal(ballotsCast(), before + 1, 'recorded, unknown to the voter');

        const check = flow.checkVote();
        assert.equal(flow.busy, true);
        await check;
        assert.equal(flow.step, 'done');
        const recorded = mock.store.ballots(CAMPAIGN).at(-1)!;
        assert.deepEqual(flow.receipt, { receiptCode: recorded.receiptCode, castAt: flow.receipt!.castAt, choices: chosen, already: false });
        assert.deepEqual(casts.map((r) => r.receiptCode), [recorded.receiptCode]);
        assert.equal(errors.length, 1, 'no already_voted: it is this visit\'s vote');
        assert.equal(ballotsCast(), before + 1);
        assert.equal(posts('/ballot').length, 1, 'read back, never sent again');
        assert.deepEqual(Object.keys(JSON.parse(store.get(KEY)!)), ['receipt']);
      }));

    it('503 before anything was recorded: unsure; the check finds nothing: lost; confirming again casts under the same key, ONE ballot', () =>
      withoutRetries(async () => {
        let down = true;
        server.use(http.post(BALLOT, () => (down ? unavailable() : undefined)));
        const { flow, casts } = ballotFlow();
        await toReview(flow);
        const before = ballotsCast();
        await flow.cast();
        assert.equal(flow.castFailed, 'unsure');

        // The check itself fails: still unknown, said again.
        server.use(http.get(BALLOT, () => unavailable()));
        await flow.checkVote();
        assert.equal(flow.castFailed, 'unsure');
        assert.equal(codeOf(flow.topError), 'server_error');
        server.resetHandlers();
        server.use(http.post(BALLOT, () => (down ? unavailable() : undefined)));

        await flow.checkVote();
        assert.equal(flow.step, 'review');
        assert.equal(flow.castFailed, 'lost');
        assert.equal(flow.topError, undefined);
        assert.equal(ballotsCast(), before);

        down = false;
        await flow.cast();
        assert.equal(flow.step, 'done');
        assert.equal(flow.castFailed, undefined);
        assert.equal(ballotsCast(), before + 1);
        assert.equal(casts.length, 1);
        assert.deepEqual(new Set(posts('/ballot').map((r) => r.key)), new Set([flow.draft.key]));
      }));

    it('refused (4xx): lost, with the reason; nothing recorded', () =>
      withoutRetries(async () => {
        server.use(
          http.post(BALLOT, () =>
            HttpResponse.json({ type: 'about:blank', title: 'Too many', status: 429, code: 'rate_limited' }, { status: 429, headers: { 'Retry-After': '1' } }),
          ),
        );
        const { flow, errors } = ballotFlow();
        await toReview(flow);
        const before = ballotsCast();
        await flow.cast();
        assert.equal(flow.castFailed, 'lost');
        assert.equal(codeOf(flow.topError), 'rate_limited');
        assert.deepEqual(errors, [{ code: 'rate_limited', step: 'review' }]);
        assert.equal(ballotsCast(), before);
      }));

    it('idempotency_conflict with nothing recorded: lost, and a new key for the next attempt', () =>
      withoutRetries(async () => {
        server.use(
          http.post(BALLOT, () => HttpResponse.json({ type: 'about:blank', title: 'Conflict', status: 409, code: 'idempotency_conflict' }, { status: 409 }), {
            once: true,
          }),
        );
        const { flow } = ballotFlow();
        await toReview(flow);
        const key = flow.draft.key;
        await flow.cast();
        assert.equal(flow.castFailed, 'lost');
        assert.equal(codeOf(flow.topError), 'idempotency_conflict');
        assert.notEqual(flow.draft.key, key);
        await flow.cast();
        assert.equal(flow.step, 'done');
        assert.equal(posts('/ballot').at(-1)!.key, flow.draft.key);
      }));

    it('offline (the request never left): lost', () =>
      withoutRetries(async () => {
        server.use(http.post(BALLOT, () => HttpResponse.error()));
        const { flow } = ballotFlow();
        await toReview(flow);
        const g = globalThis as { navigator?: unknown };
        const had = Object.getOwnPropertyDescriptor(g, 'navigator');
        Object.defineProperty(g, 'navigator', { value: { onLine: false }, configurable: true });
        try {
          await flow.cast();
        } finally {
          if (had) Object.defineProperty(g, 'navigator', had);
          else delete g.navigator;
        }
        assert.equal(flow.castFailed, 'lost');
        assert.equal(codeOf(flow.topError), 'network_error');
      }));
  });

  describe('after the vote, on this device', () => {
    it('a reload shows the receipt again, every category, from storage alone; "Une autre personne veut voter" starts afresh', async () => {
      const store = new Map<string, string>();
      const first = ballotFlow(store).flow;
      await toReview(first);
      await first.cast();
      const receipt = first.receipt;
      requests.length = 0;

      const { flow, errors } = ballotFlow(store);
      assert.equal(flow.step, 'done');
      assert.deepEqual(flow.receipt, receipt);
      assert.deepEqual(errors, []);
      assert.equal(flow.draft.token, undefined);
      assert.ok(!requests.some((r) => r.path.endsWith('/ballot')), 'nothing asked: no token is kept');
      assert.equal(flow.preselect(projectsOf(campaign.categories[0]!.id)[1]!.id, campaign.categories[0]!.id), false);

      flow.restart();
      assert.equal(flow.step, 'identity');
      assert.equal(flow.receipt, undefined);
      assert.equal(flow.takeFocus(), 'heading');
      assert.notEqual(flow.draft.key, first.draft.key, 'a new ballot, a new key');
      assert.equal(JSON.parse(store.get(KEY)!).receipt, undefined);
      assert.equal(ballotFlow(store).flow.step, 'identity', 'forgotten for good');
    });

    it('an unreadable stored receipt is ignored', () => {
      const store = new Map([[KEY, '{"receipt":{"receiptCode":5}}']]);
      assert.equal(ballotFlow(store).flow.step, 'identity');
      store.set(KEY, '{not json');
      assert.equal(ballotFlow(store).flow.step, 'identity');
    });
  });

  describe('already voted', () => {
    it('once the address is verified: the recorded vote and its receipt, instead of the choices', async () => {
      const identity = voter();
      const receiptCode = await castElsewhere(identity);
      const { flow, errors } = ballotFlow();
      await toCode(flow, identity);
      await giveCode(flow);
      assert.equal(flow.step, 'done');
      assert.equal(flow.receipt?.already, true);
      assert.equal(flow.receipt?.receiptCode, receiptCode);
      // Known once the code proves the address: the ballot is read with the token it gives.
      assert.deepEqual(errors, [{ code: 'already_voted', step: 'code' }]);
    });

    it('409 already_voted on the cast (another tab voted): recorded, no second ballot', async () => {
      const identity = voter();
      const { flow, casts } = ballotFlow();
      await toReview(flow, identity);
      const receiptCode = await castElsewhere(identity);
      const before = ballotsCast();
      await flow.cast();
      assert.equal(flow.step, 'done');
      assert.equal(flow.receipt?.already, true);
      assert.equal(flow.receipt?.receiptCode, receiptCode);
      assert.equal(ballotsCast(), before);
      assert.deepEqual(casts, []);
    });
  });

  describe('an expired session', () => {
    it('401 on the cast: the identity again with the choices kept, then back to the review and cast', async () => {
      const { flow, errors } = ballotFlow();
      const chosen = await toReview(flow);
      mock.clock.set(mock.options.now + mock.store.tokenTtlMs + 60_000);
      await flow.cast();
      assert.equal(flow.step, 'identity');
      assert.equal(flow.expired, true);
      assert.equal(flow.draft.token, undefined);
      assert.deepEqual(errors, [{ code: 'unauthorized', step: 'review' }]);
      assert.equal(flow.takeFocus(), 'heading');

      await flow.submitIdentity();
      assert.equal(flow.step, 'code', 'a new code for a new token');
      await giveCode(flow);
      assert.equal(flow.step, 'review');
      assert.equal(flow.expired, false);
      const before = ballotsCast();
      await flow.cast();
      assert.equal(flow.step, 'done');
      assert.equal(ballotsCast(), before + 1);
      assert.deepEqual(mock.store.ballots(CAMPAIGN).at(-1)!.choices, chosen);
      assert.equal(posts('/voters').length, 2);
    });

    it('a reload with an expired token: the identity again, then the step it was at', async () => {
      const store = new Map<string, string>();
      const first = ballotFlow(store).flow;
      await toChoices(first);
      const category = campaign.categories[0]!.id;
      const project = projectsOf(category)[0]!.id;
      first.choose(category, project, true);
      mock.clock.set(mock.options.now + mock.store.tokenTtlMs + 60_000);

      const { flow } = ballotFlow(store);
      assert.equal(flow.step, 'identity');
      assert.equal(flow.expired, true);
      await flow.submitIdentity();
      await giveCode(flow);
      assert.equal(flow.step, 'choices');
      assert.deepEqual(flow.draft.choices[category], [project]);
    });
  });

  it('the vote closed meanwhile: phase_closed at the top, without "Réessayer"; nothing is preselected', async () => {
    const { flow, errors } = ballotFlow();
    await until(() => flow.projects !== undefined, 'projects');
    const vote = campaign.phases.find((p) => p.id === 'vote')!;
    mock.clock.set(Date.parse(vote.end) + 60_000);
    flow.setIdentity(voter());
    await flow.submitIdentity();
    assert.equal(flow.step, 'identity');
    assert.equal(codeOf(flow.topError), 'phase_closed');
    assert.equal(canRetry(flow.topError), false);
    assert.deepEqual(errors, [{ code: 'phase_closed', step: 'identity' }]);
    const project = flow.projects![0]!;
    assert.equal(flow.preselect(project.id, project.category), false);
  });

  describe('a reload (a new flow on the same storage)', () => {
    it('keeps the identity, the choices, the step and the token: no second registration', async () => {
      const store = new Map<string, string>();
      const first = ballotFlow(store).flow;
      const chosen = await toReview(first);
      const { flow } = ballotFlow(store);
      assert.equal(flow.step, 'review');
      assert.equal(flow.expired, false);
      assert.deepEqual(flow.draft, first.draft);
      assert.deepEqual([...store.keys()], [`bc-ballot:${BASE}|${CAMPAIGN}`]);
      await until(() => flow.projects !== undefined, 'projects');
      await flow.cast();
      assert.equal(flow.step, 'done');
      assert.deepEqual(mock.store.ballots(CAMPAIGN).at(-1)!.choices, chosen);
      assert.equal(posts('/voters').length, 1);
    });

    it('after a cast whose answer was lost, shows the recorded vote rather than the form', async () => {
      client = createClient({ baseUrl: BASE, retry: 0 });
      try {
        server.use(http.post(BALLOT, async ({ request }) => (await getResponse(mock.handlers, request), HttpResponse.error())));
        const store = new Map<string, string>();
        const first = ballotFlow(store).flow;
        await toReview(first);
        await first.cast();
        assert.equal(codeOf(first.topError), 'network_error');
        server.resetHandlers();

        const { flow, errors } = ballotFlow(store);
        await until(() => flow.step === 'done', 'the recorded vote');
        assert.equal(flow.receipt?.already, true);
        assert.equal(flow.receipt?.receiptCode, mock.store.ballots(CAMPAIGN).at(-1)!.receiptCode);
        assert.deepEqual(errors, [{ code: 'already_voted', step: 'review' }]);
        // The draft (its token) replaced by the receipt.
        assert.deepEqual(Object.keys(JSON.parse(store.get(KEY)!)), ['receipt']);
        assert.equal(store.size, 1);
      } finally {
        client = createClient({ baseUrl: BASE });
      }
    });
  });
});
