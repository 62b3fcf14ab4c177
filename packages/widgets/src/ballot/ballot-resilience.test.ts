import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import { $, $$, API, deepActiveElement, expectAxeClean, text, waitForState, worker } from '../../test/index.js';
import type { BcBallot } from './ballot.js';
import {
  CAMPAIGN,
  VOTER,
  ballot,
  ballotPosts,
  ballotsCast,
  castElsewhere,
  choicesReady,
  chooseFirst,
  fillIdentity,
  heading,
  headingText,
  mock,
  submitIdentity,
  toChoices,
  toReview,
  type,
  useMockServer,
  voterPosts,
  SLOW_TEST_MS,
  communesLoaded,
  passCode,
} from '../../test/ballot.js';

const BALLOT = `${API}/campaigns/:campaignId/ballot`;
const castButton = (el: BcBallot) => $<HTMLButtonElement>(el, '[part~="cast-button"]')!;
const checkButton = (el: BcBallot) => () => $<HTMLButtonElement>(el, '[part~="check-button"]');
/** The review's buttons, by their text: a failed cast leaves one thing to do. */
const buttons = (el: BcBallot) => $$(el, '.actions button, [part~="state-error"] button').map(text);
const unavailable = () => HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503 });
const receiptShown = (el: BcBallot) => () => $(el, '[part~="receipt"]');
const keys = () => new Set(ballotPosts().map((r) => r.headers.get('idempotency-key')));

/** "Voter" pressed once, then the receipt: how many ballots the mock recorded meanwhile. */
async function castAndCount(el: BcBallot): Promise<number> {
  const before = ballotsCast();
  castButton(el).click();
  await waitForState(el, receiptShown(el), 'receipt', 15_000);
  return ballotsCast() - before;
}

/** Takes the element out of the page and puts a new one in: what a reload does to it. */
async function reload(el: BcBallot): Promise<BcBallot> {
  el.remove();
  return ballot();
}

describe('<bc-ballot> never loses nor doubles a vote', function () {
  this.timeout(SLOW_TEST_MS);
  useMockServer();

  describe('never doubled', () => {
    it('a double click casts ONE ballot; the button is disabled while in flight', async () => {
      const el = await ballot();
      await toReview(el);
      const before = ballotsCast();
      castButton(el).click();
      await el.updateComplete;
      expect(castButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(text(castButton(el))).to.equal('Envoi en cours…');
      castButton(el).click();
      castButton(el).click();
      await waitForState(el, receiptShown(el), 'receipt', 15_000);
      expect(ballotPosts()).to.have.length(1);
      expect(ballotsCast()).to.equal(before + 1);
    });

    it('an answer lost on the way back: the automatic retry replays it under the same key, ONE ballot', async () => {
      let lost = 0;
      worker.use(
        http.post(BALLOT, async ({ request }) => {
          if (lost++) return undefined;
          await getResponse(mock.handlers, request); // the server records it…
          return HttpResponse.error(); // …and the answer never arrives
        }),
      );
      const el = await ballot();
      await toReview(el);
      expect(await castAndCount(el)).to.equal(1);
      expect(ballotPosts().length).to.be.greaterThan(1);
      expect(keys().size).to.equal(1);
      expect(text($(el, '[part~="receipt-code"]'))).to.equal(mock.store.ballots(CAMPAIGN).at(-1)!.receiptCode);
    });

    it('a network failure during the cast: "maybe recorded", one action, "Vérifier mon vote", which finds it: ONE ballot, one key', async () => {
      let down = true;
      let first = true;
      worker.use(
        http.post(BALLOT, async ({ request }) => {
          if (!down) return undefined;
          if (first) {
            first = false;
            await getResponse(mock.handlers, request);
          }
          return HttpResponse.error();
        }),
      );
      const el = await ballot();
      await toReview(el);
      const before = ballotsCast();
      const error = oneEvent(el, 'bc-ballot-error');
      castButton(el).click();
      expect((await error).detail).to.deep.equal({ code: 'network_error', step: 'review' });
      await waitForState(el, checkButton(el), 'unsure', 15_000);
      const alert = $(el, '[part~="state-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal('Le service n’a pas répondu : votre vote est peut-être enregistré. Vérifiez-le.');
      // One action: no "Réessayer", no "Confirmer mon vote" beside it.
      expect(buttons(el)).to.deep.equal(['Vérifier mon vote']);
      expect($(el, '[part~="retry-button"]')).to.equal(null);
      expect(headingText(el)).to.contain('Étape 3 sur 3');
      await expectAxeClean(el);
      const attempts = ballotPosts().length;

      down = false;
      const cast = oneEvent(el, 'bc-ballot-cast');
      checkButton(el)()!.click();
      await waitForState(el, receiptShown(el), 'receipt', 15_000);
      expect((await cast).detail.receiptCode).to.equal(mock.store.ballots(CAMPAIGN).at(-1)!.receiptCode);
      expect(headingText(el)).to.equal('Votre vote est enregistré');
      expect(ballotPosts().length).to.equal(attempts, 'read back, never sent again');
      expect(keys().size).to.equal(1);
      expect(ballotsCast()).to.equal(before + 1);
    });

    it('503 before it was recorded: "Vérifier mon vote" finds nothing: "not recorded", "Confirmer mon vote" under the same key: ONE ballot', async () => {
      let down = true;
      worker.use(http.post(BALLOT, () => (down ? unavailable() : undefined)));
      const el = await ballot();
      await toReview(el);
      const before = ballotsCast();
      castButton(el).click();
      await waitForState(el, checkButton(el), 'unsure', 15_000);
      checkButton(el)()!.click();
      await waitForState(el, () => $(el, '[part~="cast-button"]'), 'known: not recorded', 15_000);
      expect(text($(el, '[part~="state-error"]'))).to.equal('Votre vote n’est pas enregistré.');
      expect(buttons(el)).to.deep.equal(['Modifier mes choix', 'Confirmer mon vote']);
      await expectAxeClean(el);

      down = false;
      castButton(el).click();
      await waitForState(el, receiptShown(el), 'receipt', 15_000);
      expect(ballotsCast()).to.equal(before + 1);
      expect(keys().size).to.equal(1);
    });

    it('refused (429): "not recorded" and why, "Confirmer mon vote" as the one way on (en too)', async () => {
      worker.use(
        http.post(BALLOT, () =>
          HttpResponse.json({ type: 'about:blank', title: 'Too many', status: 429, code: 'rate_limited' }, { status: 429, headers: { 'Retry-After': '1' } }),
        ),
      );
      const el = await ballot();
      await toReview(el);
      const before = ballotsCast();
      castButton(el).click();
      await waitForState(el, () => $(el, '[part~="state-error"]'), 'refused', 15_000);
      expect(text($(el, '[part~="state-error"]'))).to.equal('Votre vote n’est pas enregistré. Trop de demandes en peu de temps : patientez un instant.');
      expect(buttons(el)).to.deep.equal(['Modifier mes choix', 'Confirmer mon vote']);
      expect(ballotsCast()).to.equal(before);
      await expectAxeClean(el);
      el.lang = 'en';
      await waitForState(el, () => text($(el, '[part~="state-error"]')).startsWith('Your vote is not recorded.'), 'English');
    });
  });

  describe('never lost: a reload mid-flow', () => {
    it('keeps what was typed at the identity step', async () => {
      let el = await ballot();
      type(el, '#bc-firstName', 'Dominique');
      type(el, '#bc-birth-year', '1984');
      type(el, '#bc-email', VOTER.email);
      await communesLoaded(el);
      type(el, '#bc-communeCode', 'Arras');
      el = await reload(el);
      expect($<HTMLInputElement>(el, '#bc-firstName')!.value).to.equal('Dominique');
      expect($<HTMLInputElement>(el, '#bc-birth-year')!.value).to.equal('1984');
      expect($<HTMLInputElement>(el, '#bc-email')!.value).to.equal(VOTER.email);
      expect($<HTMLInputElement>(el, '#bc-communeCode')!.value).to.equal('Arras');
    });

    it('comes back to the choices, with them, without registering again; then to the review', async () => {
      let el = await ballot();
      await toChoices(el);
      const [chosen] = chooseFirst(el, 1);
      el = await reload(el);
      await waitForState(el, choicesReady(el), 'choices', 15_000);
      expect(headingText(el)).to.contain('Étape 2 sur 3');
      expect($<HTMLInputElement>(el, `input[value="${chosen}"]`)!.checked).to.equal(true);
      expect(voterPosts()).to.have.length(1);

      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      await waitForState(el, () => castButton(el));
      el = await reload(el);
      expect(headingText(el)).to.contain('Étape 3 sur 3');
      await waitForState(el, () => $(el, '[part~="review"]'));
      expect(text($(el, '[part~="review"]'))).to.contain(mock.store.project(CAMPAIGN, chosen!).title);
      expect(await castAndCount(el)).to.equal(1);
      expect(voterPosts()).to.have.length(1);
    });

    it('a reload after a cast whose answer was lost shows the recorded vote, not the form', async () => {
      worker.use(http.post(BALLOT, async ({ request }) => (await getResponse(mock.handlers, request), HttpResponse.error())));
      let el = await ballot();
      await toReview(el);
      castButton(el).click();
      await waitForState(el, checkButton(el), 'network error', 15_000);
      worker.resetHandlers();
      worker.use(...mock.handlers);
      el = await reload(el);
      await waitForState(el, receiptShown(el), 'receipt', 15_000);
      expect(headingText(el)).to.equal('Votre vote est déjà enregistré');
      expect(text($(el, '[part~="receipt-code"]'))).to.equal(mock.store.ballots(CAMPAIGN).at(-1)!.receiptCode);
    });

    it('keeps one draft per API and campaign', async () => {
      const el = await ballot();
      type(el, '#bc-firstName', 'Alex');
      const other = await fixture<BcBallot>(html`<bc-ballot api-base=${API} campaign="bc-2025"></bc-ballot>`);
      await waitForState(other, () => heading(other));
      expect($<HTMLInputElement>(other, '#bc-firstName')?.value ?? '').to.equal('');
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('bc-ballot:'))).to.deep.equal([`bc-ballot:${API}|${CAMPAIGN}`]);
    });
  });

  describe('already voted', () => {
    it('once the address is verified: the vote is shown as recorded, with its receipt, instead of the form', async () => {
      const { receiptCode } = await castElsewhere();
      const el = await ballot();
      await fillIdentity(el);
      const error = oneEvent(el, 'bc-ballot-error');
      submitIdentity(el);
      await passCode(el);
      // Known once the code proves the address (step `code`): the ballot is read with its token.
      expect((await error).detail).to.deep.equal({ code: 'already_voted', step: 'code' });
      await waitForState(el, receiptShown(el), 'receipt', 15_000);
      expect(headingText(el)).to.equal('Votre vote est déjà enregistré');
      expect(deepActiveElement()).to.equal(heading(el));
      expect(text($(el, '[part~="receipt-code"]'))).to.equal(receiptCode);
      expect($(el, 'form')).to.equal(null);
      await expectAxeClean(el);
    });

    it('409 already_voted on the cast (another tab voted): recorded, no second ballot (en)', async () => {
      const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} lang="en"></bc-ballot>`);
      await toReview(el);
      const { receiptCode } = await castElsewhere();
      expect(await castAndCount(el)).to.equal(0);
      expect(headingText(el)).to.equal('Your vote is already recorded');
      expect(text($(el, '[part~="receipt-code"]'))).to.equal(receiptCode);
    });
  });

  describe('an expired session', () => {
    it('401 on the cast: asks for the identity again, keeps the choices, then casts', async () => {
      const el = await ballot();
      const chosen = await toReview(el);
      // Past the voter token's lifetime, still within the vote.
      mock.clock.set(mock.options.now + mock.store.tokenTtlMs + 60_000);
      const error = oneEvent(el, 'bc-ballot-error');
      castButton(el).click();
      expect((await error).detail).to.deep.equal({ code: 'unauthorized', step: 'review' });
      await waitForState(el, () => $(el, '[part~="notice"]'));
      expect(headingText(el)).to.contain('Étape 1 sur 3');
      expect(text($(el, '[part~="notice"]'))).to.equal(
        'Votre session a expiré. Confirmez vos informations pour continuer : vos choix sont conservés.',
      );
      expect($<HTMLInputElement>(el, '#bc-firstName')!.value).to.equal(VOTER.firstName);
      await expectAxeClean(el);

      submitIdentity(el);
      await passCode(el);
      await waitForState(el, () => castButton(el), 'review again', 15_000);
      const review = text($(el, '[part~="review"]'));
      for (const id of chosen) expect(review).to.contain(mock.store.project(CAMPAIGN, id).title);
      expect(await castAndCount(el)).to.equal(1);
      expect(voterPosts()).to.have.length(2);
    });

    it('a reload with an expired token: identity again, choices kept', async () => {
      let el = await ballot();
      await toChoices(el);
      const [chosen] = chooseFirst(el, 1);
      mock.clock.set(mock.options.now + mock.store.tokenTtlMs + 60_000);
      el = await reload(el);
      await waitForState(el, () => $(el, '[part~="notice"]'), 'expired notice', 15_000);
      expect(headingText(el)).to.contain('Étape 1 sur 3');
      submitIdentity(el);
      await passCode(el);
      await waitForState(el, choicesReady(el), 'choices', 15_000);
      expect($<HTMLInputElement>(el, `input[value="${chosen}"]`)!.checked).to.equal(true);
      expect($$(el, '[part~="notice"]')).to.have.length(0);
    });
  });
});
