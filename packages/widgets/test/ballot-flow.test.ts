/**
 * The ballot's process without a page: `BallotFlow` driven end to end against the mock server
 * in Node (its real handlers and store behind msw's `setupServer`), through a real SDK client,
 * its draft kept in a `Map`.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { getResponse, http, HttpResponse } from 'msw';
import { createMockServer } from '@budget-citoyen/mock-server/node';
import { createClient, type BallotReceipt, type Campaign, type Client } from '@budget-citoyen/sdk';
import { BallotFlow, type BallotContext } from '../src/ballot/ballot-flow.js';
import type { Identity } from '../src/ballot/draft.js';
import type { BallotStep } from '../src/ballot/events.js';
import { canRetry, codeOf } from '../src/ballot/refusals.js';

const BASE = 'http://ballot.test/api/v1';
const CAMPAIGN = 'bc-2026';
const BALLOT = `${BASE}/campaigns/:campaignId/ballot`;
const ARRAS = { communeCode: '62041', communeText: 'Arras' };

const { server, api: mock } = createMockServer({ baseUrl: BASE, rateLimit: false });
/** What reached the server: method, path and Idempotency-Key. */
const requests: Array<{ method: string; path: string; key: string | null }> = [];
server.events.on('request:start', ({ request }) => {
  requests.push({ method: request.method, path: new URL(request.url).pathname, key: request.headers.get('idempotency-key') });
});
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

/** A flow started on the campaign, as `<bc-ballot>` starts it, with what it told its view. */
function ballotFlow(store = new Map<string, string>(), context: Partial<BallotContext> = {}) {
  const errors: Array<{ code: string; step: BallotStep }> = [];
  const casts: BallotReceipt[] = [];
  const flow = new BallotFlow({
    store,
    onChange: () => undefined,
    onError: (code, step) => errors.push({ code, step }),
    onCast: (receipt) => casts.push(receipt),
  });
  flow.start({ api: client, campaign, apiBase: BASE, now: () => mock.clock.now(), voteOpen, ...context });
  return { flow, errors, casts, store };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(condition(), `never happened: ${what}`);
}

const projectsOf = (category: string) => mock.store.projects(CAMPAIGN).filter((p) => p.category === category);
const ballotsCast = () => mock.store.ballots(CAMPAIGN).length;

/** Registers `identity` and waits for the choices and the projects. */
async function toChoices(flow: BallotFlow, identity = voter()): Promise<void> {
  flow.setIdentity(identity);
  await flow.submitIdentity();
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

/** The same voter votes through another session (another tab, another device). */
async function castElsewhere(identity: Identity): Promise<string> {
  const session = await client.voters.register(CAMPAIGN, {
    firstName: identity.firstName,
    lastName: identity.lastName,
    birthDate: `${identity.year}-${identity.month.padStart(2, '0')}-${identity.day.padStart(2, '0')}`,
    communeCode: identity.communeCode,
    email: identity.email,
  });
  const project = projectsOf(campaign.categories[2]!.id)[0]!;
  return (await client.ballot.cast(CAMPAIGN, { [project.category]: project.id }, { token: session.token })).receiptCode;
}

describe('BallotFlow against the mock server', () => {
  before(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    client = createClient({ baseUrl: BASE });
    campaign = await client.campaigns.get(CAMPAIGN);
  });
  afterEach(() => {
    server.resetHandlers();
    mock.clock.set(mock.options.now);
    requests.length = 0;
  });
  after(() => server.close());

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
    assert.equal(store.size, 0, 'the draft is gone once cast');
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

    it('email_in_use: the address of another person', async () => {
      const first = voter();
      await client.voters.register(CAMPAIGN, {
        firstName: first.firstName,
        lastName: first.lastName,
        birthDate: '1990-07-14',
        communeCode: first.communeCode,
        email: first.email,
      });
      const { flow, errors } = ballotFlow();
      flow.setIdentity({ ...first, firstName: 'Dominique' });
      await flow.submitIdentity();
      assert.deepEqual(flow.fieldErrors, { email: 'in_use' });
      assert.deepEqual(errors, [{ code: 'email_in_use', step: 'identity' }]);
      assert.equal(flow.step, 'identity');
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

  describe('already voted', () => {
    it('at the identity: the recorded vote and its receipt, instead of the choices', async () => {
      const identity = voter();
      const receiptCode = await castElsewhere(identity);
      const { flow, errors } = ballotFlow();
      flow.setIdentity(identity);
      await flow.submitIdentity();
      assert.equal(flow.step, 'done');
      assert.equal(flow.receipt?.already, true);
      assert.equal(flow.receipt?.receiptCode, receiptCode);
      assert.deepEqual(errors, [{ code: 'already_voted', step: 'identity' }]);
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
        assert.equal(store.size, 0);
      } finally {
        client = createClient({ baseUrl: BASE });
      }
    });
  });
});
