/**
 * `@budget-citoyen/mock-server/testing`: the mock API on a small fixture instead of the
 * generated seed, for tests in Node and in browsers (the same handlers, the same rules; the
 * data built in milliseconds). In a browser, `./testing/browser` starts it in MSW's worker.
 *
 *   const mock = createTestMock({ now: FIXTURE_TIMES.vote, fixture: (f) => ({ ...f, projects: fixtureProjects(30) }) });
 *   setupServer(...mock.handlers);          // Node; per test: server.use(http.get(…, () => problem(503, 'service_unavailable')))
 *   afterEach(() => mock.load());           // back to the fixture and clock it was created with
 *
 * Edge cases the contract-following mock never produces (a 503, a network error, a held or
 * malformed answer) are per-test MSW overrides in front of these handlers.
 */
import { validateBallot } from '@budget-citoyen/sdk/rules';
import type { Choices, VoterRequest, VoterSession, VoterVerification } from '@budget-citoyen/sdk/schemas';
import { getResponse } from 'msw';
import { createMockApi, type MockApi, type MockApiOptions } from './api.js';
import type { ProblemCode } from '@budget-citoyen/sdk';
import { ApiProblem, problemResponse, type ProblemInit } from './http/problem.js';
import { verificationCodeIn } from './store/emails.js';
import { addBallot, addVoter, buildFixtureState, type Fixture, type FixtureBallot } from './seed/fixture.js';
import { FIXTURE, FIXTURE_TIMES } from './seed/fixture-data.js';

export type {
  Fixture,
  FixtureBallot,
  FixtureCampaign,
  FixtureComptoir,
  FixtureDossier,
  FixtureProject,
  FixtureRegistration,
} from './seed/fixture.js';
export {
  FIXTURE,
  FIXTURE_CAMPAIGN,
  FIXTURE_CAMPAIGN_2025,
  FIXTURE_CAMPAIGN_2026,
  FIXTURE_COMMUNES,
  FIXTURE_COMPTOIRS,
  FIXTURE_TIMES,
  ballotsFor,
  fixtureProject,
  fixtureProjects,
} from './seed/fixture-data.js';
export { DEFAULT_ADMIN_TOKEN, type MockApi } from './api.js';

/** A fixture, or what to make of the default one: `(f) => ({ ...f, comptoirs: [] })`. */
export type FixtureInput = Fixture | ((base: Fixture) => Fixture);

export interface TestMockOptions extends Omit<MockApiOptions, 'seed' | 'build' | 'now'> {
  /** @default FIXTURE */
  fixture?: FixtureInput;
  /** The clock, an ISO instant, a Date or epoch ms. @default FIXTURE_TIMES.vote */
  now?: string | number | Date;
}

export interface TestMock extends MockApi {
  /** The fixture the mock stands on. */
  readonly fixture: Fixture;
  /** The resolved settings; `now` is the clock loaded last. */
  readonly options: MockApi['options'];
  /**
   * Starts again, as new, from another fixture or clock (those given; the others as the mock
   * was created): data, clock, injected latency and failures. `load()` alone undoes a test.
   * `reset()` returns to what was loaded last (`POST /__mock/reset` to that fixture, and to the
   * clock the mock was created with).
   */
  load(options?: { fixture?: FixtureInput; now?: string | number | Date }): void;
  /** A request answered by these handlers, in-process: no network, no worker, no request log. A path is taken under the base URL. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /**
   * Ballots cast by new voters at `at` (default: the clock), as through the API: the vote must
   * be open and each ballot valid, or nothing is cast. Results streams hear of them once.
   */
  castBallots(ballots: readonly FixtureBallot[], options?: { at?: string | number | Date }): void;
}

const epoch = (value: string | number | Date): number => {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new TypeError(`createTestMock: invalid instant ${String(value)}`);
  return ms;
};

const resolve = (input: FixtureInput | undefined): Fixture => (typeof input === 'function' ? input(FIXTURE) : (input ?? FIXTURE));

export function createTestMock(options: TestMockOptions = {}): TestMock {
  const { fixture: initialFixture, now: initialNow = FIXTURE_TIMES.vote, ...rest } = options;
  let fixture = resolve(initialFixture);
  let now = epoch(initialNow);
  const api = createMockApi({ rateLimit: false, ...rest, now, build: (seed) => buildFixtureState(fixture, seed) });
  const origin = /^[a-z][a-z0-9+.-]*:\/\//i.test(api.options.baseUrl) ? '' : 'http://mock.test';
  const reset = () => {
    api.reset();
    api.clock.set(now);
  };

  return {
    ...api,
    get fixture() {
      return fixture;
    },
    get options() {
      return { ...api.options, now };
    },
    reset,
    load(next = {}) {
      fixture = next.fixture === undefined ? resolve(initialFixture) : resolve(next.fixture);
      now = epoch(next.now ?? initialNow);
      reset();
    },
    async fetch(input, init) {
      const url = typeof input === 'string' && input.startsWith('/') ? `${origin}${api.options.baseUrl.replace(/\/+$/, '')}${input}` : input;
      const request = url instanceof Request && init === undefined ? url : new Request(url, init);
      const response = await getResponse(api.handlers, request);
      if (!response) throw new Error(`mock: no handler for ${request.method} ${request.url}`);
      if (response.type === 'error') throw new TypeError('mock: network error');
      return response;
    },
    castBallots(ballots, { at } = {}) {
      const instant = at === undefined ? api.clock.now() : epoch(at);
      const casts: Array<{ campaignId: string; choices: Choices }> = [];
      for (const entry of ballots) {
        const campaign = api.store.campaign(entry.campaignId ?? fixture.campaigns[0]?.id ?? '');
        const vote = campaign.phases.find((p) => p.id === 'vote');
        if (!vote || instant < vote.start || instant >= vote.end) throw new Error(`castBallots: the vote of ${campaign.id} is not open then`);
        const problems = validateBallot(entry.choices, {
          categories: campaign.categories,
          projects: api.store.projects(campaign.id),
          choicesPerCategory: campaign.voting.choicesPerCategory,
        });
        if (problems.length > 0) throw new Error(`castBallots: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
        for (let i = 0; i < (entry.count ?? 1); i++) casts.push({ campaignId: campaign.id, choices: entry.choices });
      }
      const state = api.store.state;
      casts.forEach(({ campaignId, choices }, i) => {
        const voter = addVoter(state, campaignId, instant);
        // A campaign's last ballot through the store's own command: it dates the results and tells the streams, once.
        if (casts.slice(i + 1).some((c) => c.campaignId === campaignId)) addBallot(state, voter, choices, instant);
        else api.store.castBallot(campaignId, voter, choices, instant);
      });
    },
  };
}

/** A problem+json answer as the mock writes them, for per-test overrides: `problem(503, 'service_unavailable', { headers: { 'Retry-After': '2' } })`. */
export function problem(status: number, code: string, init: ProblemInit = {}): Response {
  return problemResponse(new ApiProblem(code as ProblemCode, { ...init, status }));
}

/**
 * The code of the last verification e-mail the mock sent to `email`, read in its outbox as the
 * voter reads it in their mailbox: the API itself never tells a code.
 */
export function verificationCode(mock: Pick<MockApi, 'store'>, email: string): string {
  const to = email.trim().toLowerCase();
  const outbox = mock.store.outbox;
  for (let i = outbox.length - 1; i >= 0; i--) {
    const code = outbox[i]!.to.toLowerCase() === to ? verificationCodeIn(outbox[i]!) : undefined;
    if (code) return code;
  }
  throw new Error(`no verification code was e-mailed to ${email}`);
}

/** What {@link verifiedVoter} calls: an SDK client's `voters`, or anything that answers the same. */
export interface VoterCalls {
  voters: {
    register(campaignId: string, body: VoterRequest): Promise<VoterVerification>;
    verify(campaignId: string, body: { verificationId: string; code: string }): Promise<VoterSession>;
  };
}

/** Registers a voter through `client` and gives back the code the mock e-mailed: the voter's session, as a voter gets it. */
export async function verifiedVoter(client: VoterCalls, mock: Pick<MockApi, 'store'>, campaignId: string, voter: VoterRequest): Promise<VoterSession> {
  const { verificationId } = await client.voters.register(campaignId, voter);
  return client.voters.verify(campaignId, { verificationId, code: verificationCode(mock, voter.email) });
}
