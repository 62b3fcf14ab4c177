import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Results } from '@budget-citoyen/sdk';
import { allocate, explainAllocation } from '@budget-citoyen/sdk/rules';
import type { FixtureCampaign } from '@budget-citoyen/mock-server/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  $,
  $$,
  API,
  BEFORE_VOTE_NOW,
  CAMPAIGN_ID,
  RESULTS_NOW,
  VOTE_OPEN_NOW,
  alterJson,
  deepActiveElement,
  emulateReducedMotion,
  expectBusyWhileLoading,
  mock,
  mockStreamsReachPage,
  expectAxeClean,
  mediaRuleStyle,
  problem,
  requests,
  requestsTo,
  resetMock,
  resultsEvent,
  startWorker,
  statusesOf,
  text,
  useFixture,
  waitForState,
  worker,
} from '../../test/index.js';
import { FakeTimers } from '../../test/fake-timers.js';
import { RESULTS_URL, STREAM_URL, closeTheVote, resultsFixture, scenario, servedResults, voteUpTo } from '../../test/results.js';
import './define.js';
import type { BcLiveResults } from './live-results.js';

const savedEventSource = window.EventSource;
const seenEvents: Results[] = [];
const onUpdate = (e: CustomEvent<Results>) => seenEvents.push(e.detail);

/** The results' case at the clock `now`, with the campaign's `voting` changed where given. */
function serve(now: string, voting: Partial<FixtureCampaign['voting']> = {}): void {
  useFixture(resultsFixture(voting), now);
}

/** A widget, once `selector` shows in it (the state the test expects). */
async function liveResults(template = html`<bc-live-results api-base=${API}></bc-live-results>`, selector = 'table') {
  const el = await fixture<BcLiveResults>(template);
  try {
    await waitForState(el, () => $(el, selector), `${selector} not shown`, 8000);
  } catch (error) {
    throw new Error(`${String(error)}; the widget shows: ${text(el.shadowRoot)}; requests: ${requests().map((r) => r.url)}`);
  }
  return el;
}

const ERROR = '[part~="state-error"]';
const NOT_PUBLIC = '[part~="not-public"]';
const EMPTY = '[part~="state-empty"]';
/** The transparency check has run (its chunk comes after the results): the explanation's steps show. */
const CHECKED = '[part~="explanation"] li';
const REASON = '[part~="reason"]';

/** Polling only: the browser has no EventSource (the SDK then never opens a stream). */
function withoutEventSource(): void {
  delete (window as { EventSource?: unknown }).EventSource;
}

function setVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'visible') delete (document as { visibilityState?: unknown }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

const resultRequests = () => requestsTo('/results');
const streamRequests = () => requestsTo('/results/stream');
const row = (el: Element, projectId: string) => $(el, `tr[data-project-id="${projectId}"]`)!;
/** The texts of a row's cells; none while the row is not there. */
const cells = (tr: Element | null) => [...(tr?.children ?? [])].map((c) => text(c));
const announcer = (el: Element) => $(el, '[part~="announcer"]')!;
/**
 * The number of API requests once the log has stayed still for 200 ms. A request already in
 * flight when polling stops may still be logged (through the worker, later in WebKit under
 * load); a widget that kept polling every 50 ms would never let the log settle.
 */
async function settledRequestCount(failure: string): Promise<number> {
  let count = requests().length;
  await waitUntil(
    async () => {
      await aTimeout(200);
      const still = requests().length === count;
      count = requests().length;
      return still;
    },
    failure,
    { timeout: 3000 },
  );
  return count;
}

const titleOf = (el: Element) => text($(el, '[part~="title"]'));
/** What text() makes of a string: white space (no-break spaces included) collapsed. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('<bc-live-results>', () => {
  before(async () => {
    // The vote of the results' case, with live results, on 15 September 2026 at 10:00.
    await startWorker({ fixture: resultsFixture(), now: VOTE_OPEN_NOW });
    document.addEventListener('bc-results-update', onUpdate);
  });
  beforeEach(() => {
    seenEvents.length = 0;
  });
  afterEach(async () => {
    fixtureCleanup(); // first: no widget of this test may poll into the next one
    await aTimeout(30); // and what was already on its way reaches the log before it is cleared
    resetMock();
    window.EventSource = savedEventSource;
    setVisibility('visible');
    await emulateReducedMotion('no-preference');
  });

  describe('states', () => {
    it('loading: a polite status in a busy region', async () => {
      worker.use(http.get(`${API}/campaigns`, () => delay('infinite')));
      await expectBusyWhileLoading(html`<bc-live-results api-base=${API}></bc-live-results>`, '/campaigns', 'Chargement des résultats…');
    });

    it('loading: still busy while the first results are on their way', async () => {
      worker.use(http.get(STREAM_URL, () => delay('infinite')));
      const el = await fixture<BcLiveResults>(html`<bc-live-results api-base=${API}></bc-live-results>`);
      await waitForState(el, () => streamRequests().length === 1);
      expect($(el, '[aria-busy="true"] [part~="state-loading"]')).to.not.equal(null);
      expect($(el, 'table')).to.equal(null);
      await expectAxeClean(el);
    });

    it('not public yet, before the vote: says when, and asks the API for nothing', async () => {
      serve(BEFORE_VOTE_NOW);
      const el = await liveResults(undefined, NOT_PUBLIC);
      const message = text($(el, '[part~="not-public"]'));
      expect(message).to.contain('Les résultats seront publiés à la clôture du vote, le 30 septembre 2026 à 23:59.');
      expect(message).to.contain("dès l’ouverture du vote le 1 septembre 2026 à 00:00");
      await aTimeout(100);
      expect(resultRequests()).to.have.length(0);
      expect(streamRequests()).to.have.length(0);
      await expectAxeClean(el);
    });

    it('not public yet, during a vote without live results', async () => {
      serve(VOTE_OPEN_NOW, { minAge: 11, choicesPerCategory: 1, liveResults: false, minVotes: 10 });
      const el = await liveResults(undefined, NOT_PUBLIC);
      expect(text($(el, '[part~="not-public"]'))).to.equal(
        'Les résultats seront publiés à la clôture du vote, le 30 septembre 2026 à 23:59.',
      );
      await aTimeout(100);
      expect(streamRequests().length + resultRequests().length).to.equal(0);
      await expectAxeClean(el);
    });

    it('not public yet, by the server (403 results_not_public) after the vote', async () => {
      serve(RESULTS_NOW);
      // A server that keeps them back after the vote (the mock publishes them as the vote closes).
      const notPublic = () => problem(403, 'results_not_public');
      worker.use(http.get(RESULTS_URL, notPublic), http.get(STREAM_URL, notPublic));
      const el = await liveResults(undefined, NOT_PUBLIC);
      expect(text($(el, '[part~="not-public"]'))).to.equal('Les résultats ne sont pas encore publics.');
      expect($(el, 'table')).to.equal(null);
      await expectAxeClean(el);
    });

    it('provisional: status, time of computation, totals, one table per category', async () => {
      const el = await liveResults();
      const served = await servedResults();
      expect(titleOf(el)).to.equal('Résultats provisoires du vote');
      const time = $(el, '[part~="updated"] time')!;
      // The day and the time: a page left open overnight must not pass yesterday's figures for today's.
      expect(text(time)).to.equal('Mis à jour le 15 septembre à 09:58');
      expect(time.getAttribute('datetime')).to.equal(new Date(served.computedAt).toISOString());
      const totals = text($(el, '[part~="totals"]'));
      expect(totals).to.contain(`Bulletins déposés${served.ballots.cast}`);
      expect(totals).to.contain(`Bulletins annulés (votes multiples)${served.ballots.annulled}`);
      expect(totals).to.contain(`Bulletins comptés${served.ballots.counted}`);

      const tables = $$(el, 'table');
      expect(tables.map((t) => text((t as HTMLTableElement).caption))).to.deep.equal([
        'Projets de la catégorie Innovation sociale, par rang',
        'Projets de la catégorie Coopération, par rang',
        "Projets de la catégorie Pratiques de l'Économie sociale et solidaire, par rang",
      ]);
      for (const table of tables) {
        expect(table.querySelectorAll('thead th').length).to.be.greaterThan(0);
        for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).to.equal('col');
        for (const th of table.querySelectorAll('tbody th')) expect(th.getAttribute('scope')).to.equal('row');
      }
      // Rows follow the server's ranking; each number is text.
      for (const [i, category] of served.categories.entries()) {
        const ids = [...tables[i]!.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.dataset.projectId);
        expect(ids).to.deep.equal(category.projects.map((p) => p.projectId));
        const total = category.projects.reduce((n, p) => n + p.votes, 0);
        const first = category.projects[0]!;
        const project = scenario.projects.find((p) => p.id === first.projectId)!;
        const [rank, title, votes, share] = cells(row(el, first.projectId));
        expect([rank, title, votes]).to.deep.equal(['1', project.title, String(first.votes)]);
        expect(share).to.equal(
          squash(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(first.votes / total)),
        );
      }
      expect(text($(el, 'thead th:last-child'))).to.equal('Financement à ce stade');
      await expectAxeClean(el);
    });

    it('final: says so, with the date it was settled, and marks where each funded project’s money comes from', async () => {
      serve(RESULTS_NOW);
      const el = await liveResults();
      const served = await servedResults();
      expect(served.status).to.equal('final');
      expect(titleOf(el)).to.equal('Résultats définitifs du vote');
      // Dated by the vote's close (the campaign's phases), not by when they were last computed.
      const voteEnd = scenario.voteEnd;
      expect(text($(el, '[part~="updated"]'))).to.match(/^Arrêtés à la clôture du vote, le \d{1,2} \S+ 2026 à \d\d:\d\d$/);
      expect(text($(el, '[part~="updated"]'))).to.equal(
        squash(`Arrêtés à la clôture du vote, le ${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(voteEnd))}`),
      );
      expect($(el, '[part~="updated"] time')!.getAttribute('datetime')).to.equal(new Date(voteEnd).toISOString());
      expect(text($(el, 'thead th:last-child'))).to.equal('Financement');
      for (const category of served.categories) {
        for (const p of category.projects) {
          const funding = text(row(el, p.projectId).lastElementChild!.querySelector('[part~="funding"]'));
          expect(funding).to.equal(
            p.fundedFrom === 'rollover'
              ? 'Financé : report de la réserve commune'
              : p.funded
                ? 'Financé : enveloppe de la catégorie'
                : 'Non financé',
          );
        }
      }
      await expectAxeClean(el);
    });

    it('error: says what went wrong; "Réessayer" with the keyboard subscribes again', async () => {
      withoutEventSource();
      worker.use(http.get(RESULTS_URL, () => problem(404, 'not_found')));
      const el = await liveResults(undefined, ERROR);
      const alert = $(el, '[part~="state-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('Ce contenu est introuvable.');
      await expectAxeClean(el);

      worker.use(...mock.handlers);
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.focus();
      expect(deepActiveElement()?.getAttribute('part')).to.contain('retry-button');
      await sendKeys({ press: 'Enter' });
      await waitForState(el, () => $(el, 'table'));
      expect($(el, '[part~="state-error"]')).to.equal(null);
    });

    it('error with results already shown: they stay, with a notice and "Réessayer"', async () => {
      withoutEventSource();
      const timers = new FakeTimers();
      const el = await liveResults(html`<bc-live-results api-base=${API} poll-interval="50" .timers=${timers}></bc-live-results>`);
      worker.use(http.get(RESULTS_URL, () => problem(404, 'not_found')));
      await waitForState(el, () => $(el, '[part~="stale"]'));
      expect($(el, 'table')).to.not.equal(null);
      expect(text($(el, '[part~="stale"]'))).to.contain('La mise à jour en direct est interrompue');
      await expectAxeClean(el);
    });

    it('single category: only that one', async () => {
      const el = await liveResults(html`<bc-live-results api-base=${API} category="cooperation"></bc-live-results>`);
      expect($$(el, 'table')).to.have.length(1);
      expect(text($(el, 'caption'))).to.equal('Projets de la catégorie Coopération, par rang');
      expect(text($(el, '[part~="category-title"]'))).to.equal('Coopération');
      await expectAxeClean(el);
    });

    it('heading-level: the title, then the categories and the explanation\'s steps one level below', async () => {
      const el = await liveResults(html`<bc-live-results api-base=${API} heading-level="3"></bc-live-results>`, CHECKED);
      expect($(el, '[part~="title"]')!.localName).to.equal('h3');
      const below = [...$$(el, '[part~="category-title"]'), ...$$(el, '.step-title')];
      expect(below.length).to.be.greaterThan(3);
      expect(new Set(below.map((h) => h.localName))).to.deep.equal(new Set(['h4']));
      expect($$(el, 'h2')).to.have.length(0);
      await expectAxeClean(el);
    });

    it('a category the results do not have: an empty state', async () => {
      const el = await liveResults(html`<bc-live-results api-base=${API} category="inconnue"></bc-live-results>`, EMPTY);
      expect(text($(el, '[part~="state-empty"]'))).to.equal('Cette catégorie ne figure pas dans les résultats.');
      await expectAxeClean(el);
    });

    it('in English with lang="en"', async () => {
      const el = await liveResults(html`<bc-live-results api-base=${API} lang="en"></bc-live-results>`, CHECKED);
      expect(titleOf(el)).to.equal('Provisional results of the vote');
      expect(text($(el, '[part~="updated"]'))).to.equal('Updated on 15 September at 09:58');
      expect(text($(el, 'caption'))).to.equal('Projects of the Social innovation category, by rank');
      expect(text($(el, 'summary'))).to.equal('How are the results computed?');
      const sentences = $$(el, 'details li').map(text);
      expect(sentences[0]).to.match(/^Each category has its own envelope: Social innovation €400,000/);
      expect(sentences.some((s) => s.includes('We read this as one common pool'))).to.equal(true);
      await expectAxeClean(el);
    });
  });

  describe('live', () => {
    it('Server-Sent Events: an update pushed on the stream changes the DOM, without polling', async function () {
      // WebKit: MSW's worker cannot keep a mocked body open (mswjs/msw#1771), so nothing can be
      // pushed after the first event. live-results.real-stream.test.ts pushes updates over a
      // real HTTP stream in every engine, WebKit included.
      if (!mockStreamsReachPage) this.skip();
      const el = await liveResults();
      expect(streamRequests()).to.have.length(1);
      const [first] = scenario.projects;
      const before = Number(cells(row(el, first!.id))[2]);
      await voteUpTo({ [first!.id]: before + 7 }, '2026-09-15T09:59:00+02:00');
      await waitForState(el, () => cells(row(el, first!.id))[2] === String(before + 7));
      expect(text($(el, '[part~="updated"]'))).to.equal('Mis à jour le 15 septembre à 09:59');
      expect(resultRequests()).to.have.length(0);
      expect(seenEvents).to.have.length(2);
      expect(seenEvents[1]).to.deep.equal(await servedResults());
    });

    it('provisional → final, pushed on the stream', async function () {
      // WebKit: MSW's worker cannot keep a mocked body open (mswjs/msw#1771), so nothing can be
      // pushed after the first event. live-results.real-stream.test.ts pushes updates over a
      // real HTTP stream in every engine, WebKit included.
      if (!mockStreamsReachPage) this.skip();
      const el = await liveResults();
      expect(titleOf(el)).to.equal('Résultats provisoires du vote');
      closeTheVote();
      await waitForState(el, () => titleOf(el) === 'Résultats définitifs du vote');
      expect(text($(el, 'thead th:last-child'))).to.equal('Financement');
      expect(text(announcer(el))).to.equal(`Résultats définitifs publiés. Bulletins comptés : ${(await servedResults()).ballots.counted}.`);
      expect(seenEvents.map((r) => r.status)).to.deep.equal(['provisional', 'final']);
      await expectAxeClean(el);
    });

    it('provisional → final when the vote closes by the server clock, without waiting for the next poll', async () => {
      withoutEventSource();
      const voteEnd = Date.parse('2026-09-30T23:59:59+02:00');
      // The vote closes 2.5 s after the campaign is served: room for the first results to be
      // shown first, even in WebKit on a loaded machine (600 ms was not always enough).
      const closesIn = 2500;
      serve(new Date(voteEnd - closesIn).toISOString());
      mock.clock.set(voteEnd - closesIn, { running: true }); // the mock's clock ticks on
      const el = await liveResults(html`<bc-live-results api-base=${API} poll-interval="60000"></bc-live-results>`);
      expect(titleOf(el)).to.equal('Résultats provisoires du vote');
      await waitForState(el, () => titleOf(el) === 'Résultats définitifs du vote', 'final not shown', closesIn + 3000);
      expect(resultRequests()).to.have.length(2);
    });

    it('not public during the vote, then final results as soon as it closes (server clock)', async () => {
      withoutEventSource();
      const voteEnd = Date.parse('2026-09-30T23:59:59+02:00');
      const closesIn = 2500; // as above: room for the first state to be shown, even in WebKit
      serve(new Date(voteEnd - closesIn).toISOString(), { minAge: 11, choicesPerCategory: 1, liveResults: false, minVotes: 10 });
      mock.clock.set(voteEnd - closesIn, { running: true }); // the mock's clock ticks on
      const el = await liveResults(undefined, NOT_PUBLIC);
      expect(resultRequests()).to.have.length(0);
      await waitForState(el, () => $(el, 'table'), 'no results after the vote', closesIn + 4000);
      expect(titleOf(el)).to.equal('Résultats définitifs du vote');
      expect(resultRequests()).to.have.length(1);
    });

    it('polling when there is no EventSource: a 304 keeps the DOM as it is, announces and fires nothing', async () => {
      withoutEventSource();
      const el = await liveResults(html`<bc-live-results api-base=${API} poll-interval="50"></bc-live-results>`);
      const table = $(el, 'table');
      const firstRow = $(el, 'tbody tr');
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      await waitUntil(() => statusesOf('/results').filter((status) => status === 304).length >= 3, 'no 304', { timeout: 3000 });
      observer.disconnect();
      expect(streamRequests()).to.have.length(0);
      const revalidations = requests().filter((r) => new URL(r.url).pathname.endsWith('/results')).slice(1);
      expect(revalidations.length).to.be.at.least(3);
      // The entity tag the mock served (a weak one: W/"…"), sent back as it came.
      const etag = (await mock.fetch(`/campaigns/${CAMPAIGN_ID}/results`)).headers.get('etag');
      for (const r of revalidations) expect(r.headers.get('if-none-match')).to.match(/^(W\/)?".+"$/).and.equal(etag);
      expect($(el, 'table')).to.equal(table);
      expect($(el, 'tbody tr')).to.equal(firstRow);
      expect(mutations).to.deep.equal([]);
      expect(text(announcer(el))).to.equal('');
      expect(seenEvents).to.have.length(1);
    });

    it('a failing stream (network error): falls back to polling', async () => {
      worker.use(http.get(STREAM_URL, () => HttpResponse.error()));
      const el = await liveResults(html`<bc-live-results api-base=${API} poll-interval="50"></bc-live-results>`);
      expect(streamRequests().length).to.be.at.least(1);
      expect(resultRequests().length).to.be.at.least(1);
      const [first] = scenario.projects;
      await voteUpTo({ [first!.id]: 500 }, '2026-09-15T09:59:00+02:00');
      await waitForState(el, () => cells(row(el, first!.id))[2] === '500');
      await expectAxeClean(el);
    });

    it('a hidden tab stops the traffic; showing it again resumes', async () => {
      withoutEventSource();
      const el = await liveResults(html`<bc-live-results api-base=${API} poll-interval="50"></bc-live-results>`);
      await waitUntil(() => resultRequests().length >= 2, 'not polling');
      setVisibility('hidden');
      const count = await settledRequestCount('still requesting while hidden');
      await aTimeout(400);
      expect(requests().length).to.equal(count);
      setVisibility('visible');
      await waitUntil(() => requests().length > count, 'no request after the tab came back');
      expect($(el, 'table')).to.not.equal(null);
    });

    it('a hidden tab closes the stream; showing it again reopens it', async () => {
      const el = await liveResults();
      await waitUntil(() => streamRequests().length === 1, 'no stream');
      setVisibility('hidden');
      await aTimeout(20);
      const count = requests().length;
      const [first] = scenario.projects;
      await voteUpTo({ [first!.id]: 300 }, '2026-09-15T09:59:00+02:00'); // pushed while nobody listens
      await aTimeout(300);
      expect(requests().length).to.equal(count);
      expect(cells(row(el, first!.id))[2]).to.not.equal('300');
      setVisibility('visible');
      await waitUntil(() => streamRequests().length === 2, 'the stream was not reopened');
      await waitForState(el, () => cells(row(el, first!.id))[2] === '300');
      expect(seenEvents).to.have.length(2);
    });

    it('another campaign attribute: its own results and project titles', async () => {
      // The same projects a year earlier: ids are the store's keys, so theirs end in -2025.
      const other = { ...scenario.campaign, id: 'bc-2025', title: 'Budget citoyen 2025' };
      const otherProjects = scenario.projects.map((p) => ({ ...p, id: `${p.id}-2025`, campaignId: other.id, title: `${p.title} (2025)` }));
      useFixture((f) => ({ ...f, campaigns: [...f.campaigns, other], projects: [...f.projects, ...otherProjects] }));
      const el = await liveResults(html`<bc-live-results api-base=${API} campaign=${CAMPAIGN_ID}></bc-live-results>`);
      const first = scenario.projects[0]!;
      const otherFirst = otherProjects[0]!;
      expect(cells(row(el, first.id))[1]).to.equal(first.title);
      el.campaign = 'bc-2025';
      await waitForState(el, () => cells(row(el, otherFirst.id))[1] === `${first.title} (2025)`, 'the other campaign’s titles');
      expect(requestsTo('/campaigns/bc-2025/projects')).to.have.length(1);
      expect(requestsTo('/campaigns/bc-2025/results/stream')).to.have.length(1);
      await waitForState(el, () => $(el, CHECKED), 'the other campaign checked');
      expect($(el, '[part~="mismatch"]')).to.equal(null);
    });

    it('taken out of the page, it stops; put back, it resumes', async () => {
      withoutEventSource();
      const el = await liveResults(html`<bc-live-results api-base=${API} poll-interval="50"></bc-live-results>`);
      await waitUntil(() => resultRequests().length >= 2, 'not polling');
      const parent = el.parentElement!;
      el.remove();
      const count = await settledRequestCount('still requesting out of the page');
      await aTimeout(300);
      expect(requests().length).to.equal(count);
      parent.append(el);
      await waitUntil(() => requests().length > count, 'no request once back');
      expect($(el, 'table')).to.not.equal(null);
    });

    it('after errors, subscribes again with a growing, jittered delay', async () => {
      withoutEventSource();
      worker.use(http.get(RESULTS_URL, () => problem(404, 'not_found')));
      const timers = new FakeTimers();
      const el = await liveResults(html`<bc-live-results api-base=${API} .timers=${timers}></bc-live-results>`, ERROR);
      const [first] = timers.delays();
      expect(first).to.be.within(1000, 2000);
      timers.advance(first!);
      await waitUntil(() => resultRequests().length === 2 && timers.delays().length === 1, 'no second attempt');
      const [second] = timers.delays();
      expect(second).to.be.within(2000, 4000);
      worker.use(...mock.handlers);
      timers.advance(second!);
      await waitForState(el, () => $(el, 'table'));
      expect(timers.delays()).to.deep.equal([]);
    });
  });

  describe('announcements', () => {
    it('one polite live region, at most one announcement every 30 s (the latest news)', async function () {
      // WebKit: the news comes pushed on the stream, which MSW's worker cannot keep open there
      // (see the 'live' tests above); the throttling itself is engine-independent code.
      if (!mockStreamsReachPage) this.skip();
      const timers = new FakeTimers();
      const el = await liveResults(html`<bc-live-results api-base=${API} .timers=${timers}></bc-live-results>`);
      expect($$(el, '[aria-live]')).to.have.length(1);
      expect(announcer(el).getAttribute('aria-live')).to.equal('polite');
      expect(text(announcer(el))).to.equal('');
      const heard: string[] = [];
      const observer = new MutationObserver(() => heard.push(text(announcer(el))));
      observer.observe(announcer(el), { subtree: true, childList: true, characterData: true });
      const [first] = scenario.projects;
      const counted = async () => (await servedResults()).ballots.counted;

      await voteUpTo({ [first!.id]: 200 }, '2026-09-15T09:59:00+02:00');
      const firstNews = `Résultats mis à jour à 09:59. Bulletins comptés : ${await counted()}.`;
      await waitForState(el, () => text(announcer(el)) !== '');
      expect(text(announcer(el))).to.equal(firstNews);

      timers.advance(10_000);
      await voteUpTo({ [first!.id]: 210 }, '2026-09-15T10:00:00+02:00');
      await waitForState(el, () => cells(row(el, first!.id))[2] === '210');
      await voteUpTo({ [first!.id]: 220 }, '2026-09-15T10:01:00+02:00');
      await waitForState(el, () => cells(row(el, first!.id))[2] === '220');
      expect(heard).to.have.length(1);

      timers.advance(19_999);
      await el.updateComplete;
      expect(heard).to.have.length(1);
      timers.advance(1);
      await el.updateComplete;
      expect(heard).to.deep.equal([
        firstNews,
        `Résultats mis à jour à 10:01. Bulletins comptés : ${await counted()}.`,
      ]);
      observer.disconnect();
    });
  });

  describe('why each project is funded or not', () => {
    const euros = (n: number) => squash(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n));
    const reason = (el: Element, i: number) => text(row(el, scenario.projects[i]!.id).querySelector('[part~="reason"]'));

    it('each row says it in a few words: rank, amount, what its envelope and the pool still had, the minimum of votes', async () => {
      const el = await liveResults(undefined, REASON);
      // Innovation sociale (400 000 €): two funded in turn, the third funded by the pool, the fourth below 10 votes.
      expect(reason(el, 0)).to.equal(`Rang 1 : ${euros(250_000)} demandés, ${euros(400_000)} restaient dans l’enveloppe.`);
      expect(reason(el, 1)).to.equal(`Rang 2 : ${euros(100_000)} demandés, ${euros(150_000)} restaient dans l’enveloppe.`);
      expect(reason(el, 2)).to.equal(
        `Rang 3 : ${euros(90_000)} demandés, ${euros(50_000)} restaient dans l’enveloppe et ${euros(110_000)} dans la réserve commune.`,
      );
      expect(reason(el, 3)).to.equal('5 voix : moins que le minimum de 10 voix pour être financé.');
      // Coopération: rank 3 is not funded while it waits behind a cheaper tie, and says why.
      const third = row(el, scenario.projects[5]!.id);
      expect(text(third.querySelector('[part~="funding"]'))).to.equal('Non financé');
      expect(reason(el, 5)).to.equal(
        `Rang 3 : ${euros(150_000)} demandés, ${euros(40_000)} restaient dans l’enveloppe et ${euros(20_000)} dans la réserve commune.`,
      );
      await expectAxeClean(el);
    });

    it('says nothing of the kind when the recomputation disagrees with the server', async () => {
      worker.use(alterJson<Results>(RESULTS_URL, (r) => void (r.rollover.poolCents += 100)));
      withoutEventSource();
      const el = await liveResults(undefined, '[part~="mismatch"]');
      expect($(el, '[part~="reason"]')).to.equal(null);
      expect(text(row(el, scenario.projects[0]!.id).querySelector('[part~="funding"]'))).to.equal('Financé : enveloppe de la catégorie');
    });

    it('quotes a title that has its own « » with “ ”, never doubled, in the explanation', async () => {
      const id = scenario.projects[0]!.id;
      worker.use(
        alterJson<{ items: Array<{ id: string; title: string }> }>(`${API}/campaigns/:campaignId/projects`, (page) => {
          for (const p of page.items) if (p.id === id) p.title = 'Cantine « La Popote »';
        }),
      );
      const el = await liveResults(undefined, CHECKED);
      expect(text(row(el, id).querySelector('th'))).to.equal('Cantine « La Popote »');
      const sentences = $$(el, '[part~="explanation"] li').map(text);
      expect(sentences.filter((s) => s.includes('“Cantine « La Popote »”')).length).to.be.greaterThan(1);
      expect(sentences.filter((s) => s.includes('« Cantine'))).to.deep.equal([]);
    });

    it('in English, with the projects\' French titles marked as French', async () => {
      const el = await liveResults(html`<bc-live-results api-base=${API} lang="en"></bc-live-results>`, REASON);
      expect(text(row(el, scenario.projects[2]!.id).querySelector('[part~="reason"]'))).to.equal(
        'Rank 3: €90,000 requested, €50,000 left in the envelope and €110,000 in the common pool.',
      );
      expect(text(row(el, scenario.projects[3]!.id).querySelector('[part~="reason"]'))).to.equal(
        '5 votes: fewer than the minimum of 10 votes needed to be funded.',
      );
      expect(row(el, scenario.projects[0]!.id).querySelector('th')!.lang).to.equal('fr');
      await expectAxeClean(el);
    });
  });

  describe('narrow widget', () => {
    /** Every element of the widget within its box: nothing to scroll sideways. */
    function expectNoOverflow(el: Element, box: Element) {
      const right = box.getBoundingClientRect().right + 0.5;
      const over = $$(el, '*').filter((e) => e.getBoundingClientRect().right > right);
      expect(over.map((e) => `${e.localName}.${e.className}`)).to.deep.equal([]);
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    }

    it('at 320 px: one card per project, in the table\'s order, each header a label of its value; no sideways scroll', async () => {
      const box = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><bc-live-results api-base=${API}></bc-live-results></div>`);
      const el = box.firstElementChild as BcLiveResults;
      await waitForState(el, () => $(el, 'table'), 'no results', 8000);
      for (const section of $$(el, '[part~="category"]')) {
        const table = section.querySelector('table')!;
        expect(table.getClientRects().length, 'the table is not rendered (its scrolling region is hidden)').to.equal(0);
        const cards = [...section.querySelectorAll<HTMLElement>('[part~="project-card"]')];
        expect(getComputedStyle(cards[0]!.parentElement!).display).to.not.equal('none');
        const rows = [...table.querySelectorAll<HTMLElement>('tbody tr')];
        expect(cards.map((c) => c.dataset.projectId)).to.deep.equal(rows.map((r) => r.dataset.projectId));
        const headers = [...table.querySelectorAll('thead th')].map(text);
        for (const [i, card] of cards.entries()) {
          const [rank, title, votes, share, amount, funding] = cells(rows[i]!);
          expect(text(card.querySelector('.card-title'))).to.equal(title);
          const pairs = [...card.querySelectorAll('dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
          expect(pairs).to.deep.equal([
            [headers[0], rank],
            [headers[2], votes],
            [headers[3], share],
            [headers[4], amount],
            [headers[5], funding],
          ]);
        }
      }
      expectNoOverflow(el, box);
      await expectAxeClean(el);
    });

    it('wide: the table, and the cards out of sight and of the accessibility tree', async () => {
      const el = await liveResults();
      expect(el.getBoundingClientRect().width).to.be.greaterThan(600);
      expect(getComputedStyle($(el, 'table')!).display).to.equal('table');
      expect(getComputedStyle($(el, '[part~="cards"]')!).display).to.equal('none');
    });
  });

  describe('explanation', () => {
    it('explains, step by step, the allocation the SDK computes, rollover between categories included', async () => {
      const el = await liveResults(undefined, CHECKED);
      const details = $<HTMLDetailsElement>(el, 'details[part~="explanation"]')!;
      expect(details.open).to.equal(false);
      $<HTMLElement>(el, 'summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);

      const input = {
        categories: scenario.campaign.categories,
        projects: scenario.projects,
        votes: scenario.votes,
        minVotes: scenario.campaign.voting.minVotes,
      };
      const allocation = allocate(input);
      const titles = Object.fromEntries(scenario.projects.map((p) => [p.id, p.title]));
      const expected = explainAllocation(allocation, { locale: 'fr', projectTitles: titles }).map(squash);
      expect([...details.querySelectorAll('li')].map(text)).to.deep.equal(expected);
      expect([...details.querySelectorAll('h3')].map(text)).to.deep.equal([
        '1. Le classement dans chaque catégorie',
        "2. Le financement sur l’enveloppe de chaque catégorie",
        '3. Les restes : une réserve commune, servie par priorité',
      ]);
      expect(text(details)).to.contain('Ce calcul donne exactement les résultats affichés.');
      expect($(el, '[part~="mismatch"]')).to.equal(null);

      // The case has a project funded from the other categories' leftovers: the table and the
      // explanation say the same about it.
      const rolled = allocation.categories.flatMap((c) => c.projects).filter((p) => p.fundedFrom === 'rollover');
      expect(rolled).to.have.length(1);
      const project = scenario.projects.find((p) => p.id === rolled[0]!.projectId)!;
      expect(text(row(el, project.id).lastElementChild!.querySelector('[part~="funding"]'))).to.equal('Financé : report de la réserve commune');
      const sentence = [...details.querySelectorAll('li')].map(text).find((s) => s.includes(project.title) && s.includes('grâce à la réserve commune'));
      expect(sentence).to.be.a('string');
      const reading = [...details.querySelectorAll('li')].map(text).find((s) => s.startsWith('Le règlement prévoit'));
      expect(reading).to.contain('par priorité : Innovation sociale, puis Coopération, puis Pratiques de');
      expect(reading).to.contain('une seule réserve commune');
      const innovation = $(el, 'section[data-category="innovation-sociale"] [part~="summary"]');
      expect(text(innovation)).to.contain(`dont reçu par report${squash(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(project.requestedAmountCents / 100))}`);
      await expectAxeClean(el);
    });

    it('says so visibly when the server’s allocation differs from the recomputed one', async () => {
      // A server whose allocation is wrong, on both routes.
      const tamper = (r: Results) => {
        const last = r.categories[1]!.projects.at(-1)!;
        last.funded = true;
        last.fundedFrom = 'rollover';
      };
      const tampered = await servedResults();
      tamper(tampered);
      worker.use(alterJson(RESULTS_URL, tamper), http.get(STREAM_URL, () => resultsEvent(tampered)));
      const el = await liveResults(undefined, '[part~="mismatch"]');
      const warning = $(el, '[part~="mismatch"]')!;
      expect(warning).to.not.equal(null);
      expect(text(warning)).to.contain('ne donne pas les résultats affichés');
      expect(text(warning)).to.contain('Catégories concernées : Coopération.');
      expect(text($(el, 'details'))).to.contain('Ce calcul ne donne pas les résultats affichés');
      await expectAxeClean(el);
    });

    it('hide-explanation leaves it out', async () => {
      const el = await liveResults(html`<bc-live-results api-base=${API} hide-explanation></bc-live-results>`);
      expect($(el, 'details')).to.equal(null);
      expect($$(el, 'table')).to.have.length(3);
    });
  });

  describe('bars', () => {
    it('are decoration: hidden from assistive technology, as wide as the share', async () => {
      const el = await liveResults();
      const served = (await servedResults()).categories[0]!;
      const total = served.projects.reduce((n, p) => n + p.votes, 0);
      const first = served.projects[0]!;
      const bar = row(el, first.projectId).querySelector<HTMLElement>('[part~="bar"]')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      const fill = bar.firstElementChild as HTMLElement;
      const ratio = fill.getBoundingClientRect().width / bar.getBoundingClientRect().width;
      expect(ratio).to.be.closeTo(first.votes / total, 0.01);
      expect(fill.hasAttribute('style')).to.equal(true); // set through the CSSOM, see css-property.ts
      expect(getComputedStyle(fill).transitionDuration).to.not.equal('0s');
    });

    it('do not move when the visitor prefers reduced motion', async () => {
      const emulated = await emulateReducedMotion('reduce');
      const el = await liveResults();
      const fill = $(el, '.bar-fill')!;
      if (emulated) {
        expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
      } else {
        // No media emulation in this driver (see emulateReducedMotion): the rule that applies
        // under the preference, and that it is the one for the bar, are what we can check.
        const style = mediaRuleStyle(el.shadowRoot!, 'prefers-reduced-motion: reduce', '.bar-fill');
        expect(style?.transitionDuration, 'transition under prefers-reduced-motion').to.equal('0s');
        expect(fill.matches('.bar-fill')).to.equal(true);
      }
    });
  });
});
