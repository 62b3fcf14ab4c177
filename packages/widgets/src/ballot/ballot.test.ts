import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type Campaign } from '@budget-citoyen/sdk';
import { delay, http, HttpResponse } from 'msw';
import { $, $$, API, deepActiveElement, expectAxeClean, text, waitForState, worker } from '../../test/index.js';
import { formatDateTime } from '../base/format.js';
import '../card/define.js';
import type { BcProjectCard } from '../card/project-card.js';
import type { BcBallot } from './ballot.js';
import {
  CAMPAIGN,
  VOTER,
  ballot,
  ballotsCast,
  choicesReady,
  heading,
  headingText,
  mock,
  setClock,
  toChoices,
  toReview,
  useMockServer,
  SLOW_TEST_MS,
  communesLoaded,
  fillIdentity,
  submitIdentity,
  codeFor,
  codeStep,
  passCode,
} from '../../test/ballot.js';

const active = () => deepActiveElement() as HTMLElement | null;

/** Presses Tab until `predicate` holds for the focused element (at most `max` times). */
async function tabUntil(predicate: (el: HTMLElement) => boolean, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = active();
    if (el && predicate(el)) return el;
  }
  throw new Error('focus never reached the expected element');
}

async function campaign(): Promise<Campaign> {
  return createClient({ baseUrl: API }).campaigns.get(CAMPAIGN);
}

/** A card of `projectId` beside a ballot, both rendered; then its "Voter pour ce projet" is clicked. */
async function chooseOnCard(projectId: string): Promise<BcBallot> {
  const page = await fixture(html`<div>
    <bc-project-card api-base=${API} campaign=${CAMPAIGN} project-id=${projectId}></bc-project-card>
    <bc-ballot api-base=${API} campaign=${CAMPAIGN}></bc-ballot>
  </div>`);
  const card = page.querySelector('bc-project-card') as BcProjectCard;
  const el = page.querySelector('bc-ballot') as BcBallot;
  await waitForState(card, () => $(card, '[part~="vote-button"]'), 'card', 15_000);
  await waitForState(el, () => heading(el));
  $<HTMLButtonElement>(card, '[part~="vote-button"]')!.click();
  return el;
}

describe('<bc-ballot>', function () {
  this.timeout(SLOW_TEST_MS);
  useMockServer();

  describe('accessibility and keyboard', () => {
    it('votes with the keyboard only, from the first field to the receipt, axe-clean at every step', async function () {
      this.timeout(2 * SLOW_TEST_MS);
      const el = await ballot();
      expect(headingText(el)).to.match(/^Étape 1 sur 3 Vos informations$/);
      await expectAxeClean(el);

      $(el, '#bc-firstName')!.focus();
      await sendKeys({ type: VOTER.firstName });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: VOTER.lastName });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '14' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '7' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '1990' });
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('bc-communeCode');
      await communesLoaded(el);
      await sendKeys({ type: '62130' });
      await waitForState(el, () => $$(el, '[role="option"]').length > 1);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      const second = $$(el, '[role="option"]')[1]!;
      expect(active()!.getAttribute('aria-activedescendant')).to.equal(second.id);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const communeText = text(second);
      expect((active() as HTMLInputElement).value).to.equal(communeText);
      expect(active()!.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('bc-email');
      await sendKeys({ type: VOTER.email });
      await sendKeys({ press: 'Tab' });
      expect(active()?.id).to.equal('bc-rules');
      await sendKeys({ press: ' ' }); // the key value, which every driver knows ("Space" is CDP's name only)
      await tabUntil((e) => e.matches('[part~="next-button"]'));
      await sendKeys({ press: 'Enter' });

      // The code e-mailed (the mock's outbox), typed in its field, Enter.
      await waitForState(el, codeStep(el), 'code step', 15_000);
      expect(headingText(el)).to.match(/^Étape 1 sur 3 Vérifiez votre adresse e-mail$/);
      expect(active()).to.equal(heading(el));
      await expectAxeClean(el);
      await tabUntil((e) => e.id === 'bc-code');
      await sendKeys({ type: codeFor() });
      await sendKeys({ press: 'Enter' });

      await waitForState(el, choicesReady(el), 'choices step', 15_000);
      expect(headingText(el)).to.match(/^Étape 2 sur 3 Vos choix$/);
      expect(active()).to.equal(heading(el));
      await expectAxeClean(el);

      const [first, second2] = (await campaign()).categories;
      // Tab lands on the category's checked option ("no project", the last one); ↑ picks the
      // project above it (↓ would wrap to the first in Chromium and Firefox, but not in WebKit).
      const none = await tabUntil((e) => e.matches(`input[name="bc-${first!.id}"]`));
      expect((none as HTMLInputElement).value).to.equal('');
      await sendKeys({ press: 'ArrowUp' });
      const chosen1 = active() as HTMLInputElement;
      expect(chosen1.checked && chosen1.value).to.be.a('string').and.not.equal('');
      // The project's details are a disclosure reachable by keyboard, read as text.
      const summary = await tabUntil((e) => e.localName === 'summary');
      await sendKeys({ press: 'Enter' });
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
      await tabUntil((e) => e.matches(`input[name="bc-${second2!.id}"]`));
      await sendKeys({ press: 'ArrowUp' });
      const chosen2 = (active() as HTMLInputElement).value;
      await tabUntil((e) => e.matches('[part~="next-button"]'));
      await sendKeys({ press: 'Enter' });

      await waitForState(el, () => $(el, '[part~="cast-button"]'));
      expect(headingText(el)).to.match(/^Étape 3 sur 3 Vérifiez et confirmez votre vote$/);
      expect(active()).to.equal(heading(el));
      const review = text($(el, '[part~="review"]'));
      const titleOf = (id: string) => mock.store.project(CAMPAIGN, id).title;
      expect(review).to.contain(titleOf(chosen1.value)).and.contain(titleOf(chosen2));
      expect(text(el.shadowRoot!)).to.contain(communeText);
      await expectAxeClean(el);

      await tabUntil((e) => e.matches('[part~="cast-button"]'));
      await sendKeys({ press: 'Enter' });
      await waitForState(el, () => $(el, '[part~="receipt-code"]'), 'receipt', 15_000);
      expect(active()).to.equal(heading(el));
      const stored = mock.store.ballots(CAMPAIGN).at(-1)!;
      expect(text($(el, '[part~="receipt-code"]'))).to.equal(stored.receiptCode);
      expect(stored.choices).to.deep.equal({ [first!.id]: chosen1.value, [second2!.id]: chosen2 });
      await expectAxeClean(el);
      await sendKeys({ press: 'Tab' });
      expect(active()?.matches('[part~="print-button"]')).to.equal(true);
    });

    it('loading: announces itself while the campaign arrives', async () => {
      worker.use(http.get(`${API}/campaigns/:id`, () => delay('infinite')));
      const el = await fixture<BcBallot>(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN}></bc-ballot>`);
      await waitForState(el, () => $(el, '[role="status"]'));
      expect(text($(el, '[role="status"]'))).to.equal('Chargement…');
      expect($(el, '[aria-busy="true"]')).to.not.equal(null);
      await expectAxeClean(el);
    });
  });

  describe('errors while loading', () => {
    it('the campaign cannot be loaded: an alert with "Réessayer", which recovers', async () => {
      worker.use(http.get(`${API}/campaigns/:id`, () => HttpResponse.error()));
      const el = await ballot();
      const alert = $(el, '[part~="state-error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('injoignable');
      await expectAxeClean(el);
      worker.resetHandlers();
      worker.use(...mock.handlers);
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await waitForState(el, () => heading(el));
      expect(headingText(el)).to.contain('Étape 1 sur 3');
    });

    it('the projects cannot be loaded: the choices step says so and retries', async () => {
      worker.use(http.get(`${API}/campaigns/:id/projects`, () => HttpResponse.error()));
      const el = await ballot();
      await fillIdentity(el);
      submitIdentity(el);
      await passCode(el);
      await waitForState(el, () => $(el, '[part~="retry-button"]'), 'projects error', 15_000);
      expect(headingText(el)).to.contain('Étape 2 sur 3');
      await expectAxeClean(el);
      worker.resetHandlers();
      worker.use(...mock.handlers);
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await waitForState(el, choicesReady(el), 'choices', 15_000);
    });
  });

  describe('vote window (server clock)', () => {
    it('before the vote: says when it opens and closes, with the dates', async () => {
      await setClock('2026-08-01T12:00:00+02:00');
      const el = await ballot();
      const vote = (await campaign()).phases.find((p) => p.id === 'vote')!;
      expect(headingText(el)).to.equal("Le vote n'est pas encore ouvert");
      const body = text(el.shadowRoot!);
      expect(body).to.contain(formatDateTime(vote.start, 'fr')).and.contain(formatDateTime(vote.end, 'fr'));
      expect($(el, 'form')).to.equal(null);
      await expectAxeClean(el);
    });

    it('after the vote: says it closed, when, and links to the results (in English too)', async () => {
      await setClock('2026-10-15T12:00:00+02:00');
      const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} results-url="/resultats" lang="en"></bc-ballot>`);
      const vote = (await campaign()).phases.find((p) => p.id === 'vote')!;
      expect(headingText(el)).to.equal('Voting is closed');
      expect(text(el.shadowRoot!)).to.contain(`Voting ended on ${formatDateTime(vote.end, 'en')}.`);
      const link = $<HTMLAnchorElement>(el, '[part~="results-link"]')!;
      expect(link.href).to.equal(new URL('/resultats', location.href).href);
      expect(text(link)).to.equal('See the results of the vote');
      await expectAxeClean(el);
    });

    it('drops a results-url that is not http(s)', async () => {
      await setClock('2026-10-15T12:00:00+02:00');
      const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} results-url="javascript:alert(1)"></bc-ballot>`);
      expect(headingText(el)).to.equal('Le vote est clos');
      expect($(el, '[part~="results-link"]')).to.equal(null);
    });
  });

  describe('receipt', () => {
    it('shows the code, the date and time in Paris, the choices; prints; emits bc-ballot-cast', async () => {
      const el = await ballot();
      const ids = await toReview(el);
      const cast = oneEvent(el, 'bc-ballot-cast');
      $<HTMLButtonElement>(el, '[part~="cast-button"]')!.click();
      const { detail } = await cast;
      await waitForState(el, () => $(el, '[part~="receipt-code"]'));
      const stored = mock.store.ballots(CAMPAIGN).at(-1)!;
      expect(detail.receiptCode).to.equal(stored.receiptCode);
      expect(Object.values(detail.choices)).to.deep.equal(ids);
      const receipt = text($(el, '[part~="receipt"]'));
      expect(receipt).to.contain(stored.receiptCode);
      expect(receipt).to.contain(`${formatDateTime(detail.castAt, 'fr')} (heure de Paris)`);
      for (const id of ids) expect(receipt).to.contain(mock.store.project(CAMPAIGN, id).title);
      expect($(el, 'time')!.getAttribute('datetime')).to.equal(new Date(detail.castAt).toISOString());
      // The draft is gone once cast.
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('bc-ballot:'))).to.deep.equal([]);

      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        $<HTMLButtonElement>(el, '[part~="print-button"]')!.click();
      } finally {
        window.print = print;
      }
      expect(printed).to.equal(1);
      const sheets = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
      expect(sheets.some((r) => r instanceof CSSMediaRule && r.conditionText === 'print')).to.equal(true);
    });
  });

  describe('preselection', () => {
    it('preselects the project named by ?projet= in its category', async () => {
      const project = mock.store.projects(CAMPAIGN)[5]!;
      const before = location.href;
      const url = new URL(location.href);
      url.searchParams.set('projet', project.id);
      history.replaceState(null, '', url);
      try {
        const el = await ballot();
        await toChoices(el);
        const input = $<HTMLInputElement>(el, `input[value="${project.id}"]`)!;
        expect(input.checked).to.equal(true);
        expect(input.name).to.equal(`bc-${project.category}`);
        await expectAxeClean(el);
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('takes the project chosen in a card or gallery of the same page, and cancels its navigation', async () => {
      const project = mock.store.projects(CAMPAIGN)[7]!;
      const el = await chooseOnCard(project.id);
      await waitForState(el, () => text($(el, '.ballot > [role="status"]')).includes(project.title), 'preselection', 15_000);

      const event = new CustomEvent('bc-project-select', {
        detail: { projectId: project.id, category: project.category },
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      document.body.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(true);

      await toChoices(el);
      expect($<HTMLInputElement>(el, `input[value="${project.id}"]`)!.checked).to.equal(true);
    });

    it('a project chosen before the ballot has its projects is announced by its title once they arrive', async () => {
      const project = mock.store.projects(CAMPAIGN)[7]!;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      // Returning nothing hands the request on to the mock server, once released.
      worker.use(http.get(`${API}/campaigns/:campaignId/projects`, () => gate));
      const el = await chooseOnCard(project.id);
      await el.updateComplete;
      const status = () => text($(el, '.ballot > [role="status"]'));
      expect(status()).to.equal('');
      release();
      await waitForState(el, () => status().includes(project.title), 'announced', 15_000);
      expect(status()).not.to.contain(project.id);
    });

    it('ignores a project that is not in the announced category', async () => {
      const el = await ballot();
      await toChoices(el);
      const [a, b] = mock.store.projects(CAMPAIGN).filter((p, i, all) => all.findIndex((q) => q.category === p.category) === i);
      const event = new CustomEvent('bc-project-select', {
        detail: { projectId: a!.id, category: b!.category },
        bubbles: true,
        cancelable: true,
      });
      document.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(false);
      expect($$<HTMLInputElement>(el, 'input:checked').every((i) => i.value === '')).to.equal(true);
    });
  });

  describe('several choices per category (one setting away)', () => {
    afterEach(() => {
      mock.store.campaign(CAMPAIGN).voting.choicesPerCategory = 1;
    });

    it('renders checkboxes limited to voting.choicesPerCategory, and casts lists', async () => {
      mock.store.campaign(CAMPAIGN).voting.choicesPerCategory = 2;
      const el = await ballot();
      await toChoices(el);
      const fieldset = $<HTMLFieldSetElement>(el, 'fieldset[part~="category"]')!;
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
      expect(boxes.every((b) => b.type === 'checkbox')).to.equal(true);
      expect(text(fieldset)).to.contain("Jusqu'à 2 projets.");
      boxes[0]!.click();
      boxes[1]!.click();
      await el.updateComplete;
      expect(boxes.slice(2).every((b) => b.disabled)).to.equal(true);
      boxes[1]!.click();
      await el.updateComplete;
      expect(boxes[2]!.disabled).to.equal(false);
      boxes[2]!.click();
      await el.updateComplete;
      await expectAxeClean(el);
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="cast-button"]'));
      const before = ballotsCast();
      $<HTMLButtonElement>(el, '[part~="cast-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="receipt-code"]'), 'receipt', 15_000);
      expect(ballotsCast()).to.equal(before + 1);
      const category = fieldset.querySelector('input')!.name.slice(3);
      expect(mock.store.ballots(CAMPAIGN).at(-1)!.choices[category]).to.deep.equal([boxes[0]!.value, boxes[2]!.value]);
    });
  });
});
