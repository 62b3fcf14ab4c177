import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { FIXTURE_TIMES } from '@budget-citoyen/mock-server/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  $,
  $$,
  API,
  CAMPAIGN_ID,
  deepActiveElement,
  expectAxeClean,
  itLoadsItsCampaign,
  mock,
  printCalls,
  requestsTo,
  text,
  useFixture,
  useWorker,
  waitForRequest,
  waitForState,
  worker,
} from '../../test/index.js';
import {
  DEPOT_NOW,
  HOLDER,
  depositPosts,
  dossierCount,
  dossierForm,
  fillForm,
  heading,
  headingText,
  submit,
  toReview,
  type,
} from '../../test/dossier.js';
import './define.js';

const DOSSIERS = `${API}/campaigns/:campaignId/dossiers`;
const active = () => deepActiveElement() as HTMLElement | null;
const fieldError = (el: Element, field: string) => text($(el, `#bc-${field}-error`));
/** Time allowed to a test: the 887 communes in pages of 100, and axe over the whole form. */
const SLOW_TEST_MS = 45_000;

describe('<bc-dossier-form>', function () {
  this.timeout(SLOW_TEST_MS);
  useWorker({ now: DEPOT_NOW });

  describe('states', () => {
    itLoadsItsCampaign(
      () => html`<bc-dossier-form api-base=${API} campaign=${CAMPAIGN_ID}></bc-dossier-form>`,
      (el) => headingText(el) === 'Déposer un dossier',
    );

    /**
     * The dépôt closed: its heading, what it says, and the link it offers instead of the form;
     * after it, not even the commune list is asked for (`quiet`).
     */
    const closed: Array<{ name: string; now: string; heading: string; says: string; link: [string, string]; quiet?: true }> = [
      {
        name: 'before the dépôt: when it opens, and the comptoirs’ agenda',
        now: FIXTURE_TIMES.beforeComptoirs,
        heading: 'Le dépôt des dossiers n’est pas encore ouvert',
        says: 'Vous pourrez déposer votre dossier du 5 janvier 2026 à 00:00 au 10 avril 2026 à 23:59.',
        link: ['agenda-link', '/comptoirs'],
      },
      {
        name: 'after the dépôt: that it closed, and the way to follow a dossier',
        now: FIXTURE_TIMES.vote,
        heading: 'Le dépôt des dossiers est clos',
        says: 'Il s’est terminé le 10 avril 2026 à 23:59.',
        link: ['status-link', '/suivi'],
        quiet: true,
      },
    ];
    for (const c of closed) {
      it(c.name, async () => {
        useFixture(undefined, c.now);
        const el = await dossierForm();
        expect(headingText(el)).to.equal(c.heading);
        expect(text($(el, '.dossier'))).to.contain(c.says);
        expect($<HTMLAnchorElement>(el, `[part~="${c.link[0]}"]`)!.href).to.equal(new URL(c.link[1], location.href).href);
        expect($(el, 'form')).to.equal(null);
        if (c.quiet) expect(requestsTo('/communes')).to.have.length(0);
        await expectAxeClean(el);
      });
    }
  });

  describe('the form', () => {
    it('every field labelled, the code explained with the agenda, axe-clean', async () => {
      const el = await dossierForm();
      expect(headingText(el)).to.equal('Déposer un dossier');
      for (const id of ['name', 'organisation', 'email', 'comptoirCode', 'title', 'summary', 'description', 'amount', 'communeCode']) {
        const control = $(el, `#bc-${id}`)!;
        expect($(el, `label[for="bc-${id}"]`), id).to.exist;
        expect(control.getAttribute('aria-describedby') ?? '', id).not.to.contain('error');
      }
      expect($$(el, 'input[name="kind"]')).to.have.length(4);
      expect($$(el, 'input[name="proposedCategory"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal([
        'innovation-sociale',
        'cooperation',
        'pratiques-ess',
        '',
      ]);
      expect(text($(el, '#bc-comptoirCode-hint'))).to.contain('en vous inscrivant au comptoir');
      expect($(el, '#bc-comptoirCode-hint [part~="agenda-link"]')).to.exist;
      expect($(el, '#bc-summary')!.localName).to.equal('textarea');
      expect(text($(el, '#bc-summary-count'))).to.equal('0 caractères sur 300');
      expect(text($(el, '#bc-description-count'))).to.equal('0 caractères sur 10 000');
      await expectAxeClean(el);
    });

    it('errors: each next to its field, all in the summary, the focus on the first; a summary link focuses its field', async () => {
      const el = await dossierForm();
      const refused = oneEvent(el, 'bc-dossier-error');
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      expect((await refused).detail).to.deep.equal({ code: 'validation_failed', step: 'form' });
      await el.updateComplete;
      const summary = $(el, '[part~="error-summary"]')!;
      expect(text(summary)).to.match(/^10 erreurs empêchent de continuer :/);
      expect(active()).to.equal($(el, '#bc-kind-0'));
      expect(fieldError(el, 'comptoirCode')).to.equal('Indiquez le code reçu à votre inscription au comptoir.');
      expect(fieldError(el, 'amount')).to.equal('Indiquez le montant demandé, en euros.');
      expect($(el, '#bc-email')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#bc-email')!.getAttribute('aria-describedby')).to.contain('bc-email-error');
      expect($(el, '#bc-organisation-error')).to.equal(null);
      await expectAxeClean(el);
      summary.querySelector<HTMLAnchorElement>('a[href="#bc-amount"]')!.click();
      expect(active()).to.equal($(el, '#bc-amount'));
      expect(depositPosts()).to.have.length(0);
    });

    it('checks as the server does: a bad e-mail, an amount that is not one, a summary too long', async () => {
      const el = await dossierForm();
      await fillForm(el, { email: 'camille@', amount: '1.500', summary: 'x'.repeat(301) });
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      await el.updateComplete;
      expect(fieldError(el, 'email')).to.equal('Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.');
      expect(fieldError(el, 'amount')).to.contain('supérieur à zéro');
      expect(fieldError(el, 'summary')).to.equal('Ce texte dépasse 300 caractères : raccourcissez-le.');
      expect(text($(el, '#bc-summary-count'))).to.equal('301 caractères sur 300 : 1 de trop');
      expect($(el, '#bc-summary-count')!.classList.contains('over')).to.equal(true);
      await expectAxeClean(el);
    });

    it('the counters: said politely once typing pauses near the limit, not on every key', async () => {
      const el = await dossierForm();
      const live = () => text($(el, '.count-note[role="status"]'));
      type(el, '#bc-summary', 'Un verger.');
      await el.updateComplete;
      expect(text($(el, '#bc-summary-count'))).to.equal('10 caractères sur 300');
      expect(live()).to.equal('');
      type(el, '#bc-summary', 'x'.repeat(285));
      expect(live()).to.equal('');
      await waitUntil(() => live() !== '', 'nothing said once typing paused', { timeout: 4000 });
      expect(live()).to.equal('Résumé : encore 15 caractères possibles.');
      await expectAxeClean(el);
    });
  });

  describe('review, deposit, receipt', () => {
    it('the review shows everything, says the dossier can never be changed, and "Modifier" keeps every field', async () => {
      const el = await dossierForm();
      await toReview(el);
      expect(headingText(el)).to.equal('Relisez votre dossier');
      expect(active()).to.equal(heading(el));
      expect(text($(el, '[part~="notice"]'))).to.contain('ne peut plus être modifié ni retiré');
      const review = text($(el, '[part~="review"]'));
      for (const value of [HOLDER.name, HOLDER.organisation, HOLDER.email, HOLDER.comptoirCode, HOLDER.title, HOLDER.summary, 'Arras', 'Coopération', 'Association']) {
        expect(review).to.contain(value);
      }
      expect(review).to.match(/12\s500,50\s€/);
      // The description keeps its paragraphs, as text.
      const [, description] = $$(el, 'dd.text');
      expect(description!.textContent).to.equal(HOLDER.description);
      expect(getComputedStyle(description!).whiteSpace).to.equal('pre-line');
      await expectAxeClean(el);
      $<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
      await waitForState(el, () => $(el, 'form'));
      expect($<HTMLInputElement>(el, '#bc-title')!.value).to.equal(HOLDER.title);
      expect($<HTMLInputElement>(el, '#bc-communeCode')!.value).to.equal('Arras');
      expect(depositPosts()).to.have.length(0);
    });

    it('submitting: the button says so and does nothing more, a polite status', async () => {
      worker.use(http.post(DOSSIERS, () => delay('infinite')));
      const el = await dossierForm();
      await toReview(el);
      submit(el);
      await waitForState(el, () => $(el, '[part~="submit-button"][aria-disabled="true"]'));
      expect(text($(el, '[part~="submit-button"]'))).to.equal('Dépôt en cours…');
      expect(text($(el, '[role="status"]'))).to.equal('Dépôt de votre dossier…');
      submit(el);
      await expectAxeClean(el);
      await waitForRequest('/dossiers');
      expect(depositPosts()).to.have.length(1);
    });

    it('deposited with an attended code: ONE POST, the receipt with its id and code, the e-mail sent, printable', async () => {
      const el = await dossierForm();
      await toReview(el);
      const before = dossierCount();
      const deposited = oneEvent(el, 'bc-dossier-submit');
      submit(el);
      const { detail } = await deposited;
      await waitForState(el, () => $(el, '[part~="receipt"]'));
      expect(depositPosts()).to.have.length(1);
      expect(dossierCount()).to.equal(before + 1);
      const dossier = mock.store.dossiers(CAMPAIGN_ID).at(-1)!;
      expect(detail).to.deep.equal({ id: dossier.id, status: 'submitted', receiptCode: dossier.receiptCode });
      expect(headingText(el)).to.equal('Votre dossier est déposé');
      expect(active()).to.equal(heading(el));
      expect(text($(el, '[part~="dossier-id"]'))).to.equal(dossier.id);
      expect(text($(el, '[part~="receipt-code"]'))).to.equal(dossier.receiptCode);
      expect(text($(el, '[part~="receipt"]'))).to.contain(`Un e-mail de confirmation a été envoyé à ${HOLDER.email}.`);
      expect(mock.store.state.outbox.at(-1)!.to).to.equal(HOLDER.email);
      expect(dossier.request.requestedAmountCents).to.equal(1_250_050);
      const link = new URL($<HTMLAnchorElement>(el, '[part~="status-link"]')!.href);
      expect(link.pathname).to.equal('/suivi');
      expect(new URLSearchParams(link.hash.slice(1)).get('dossier')).to.equal(dossier.id);
      expect(new URLSearchParams(link.hash.slice(1)).get('code')).to.equal(dossier.receiptCode);
      expect(link.search).to.equal('');
      await expectAxeClean(el);

      expect(printCalls(() => $<HTMLButtonElement>(el, '[part~="print-button"]')!.click())).to.equal(1);
    });

    it('refused with a used code: back on the form, the refusal next to the code, the focus there', async () => {
      const el = await dossierForm();
      await toReview(el, { comptoirCode: 'C-ARRA-0002' });
      const before = dossierCount();
      const refused = oneEvent(el, 'bc-dossier-error');
      submit(el);
      expect((await refused).detail).to.deep.equal({ code: 'comptoir_participation_used', step: 'review' });
      await waitForState(el, () => $(el, '#bc-comptoirCode-error'));
      expect(fieldError(el, 'comptoirCode')).to.contain('a déjà servi pour un autre dossier');
      expect(text($(el, '[part~="error-summary"]'))).to.contain('a déjà servi pour un autre dossier');
      expect(active()).to.equal($(el, '#bc-comptoirCode'));
      expect($(el, '#bc-comptoirCode')!.getAttribute('aria-invalid')).to.equal('true');
      expect(dossierCount()).to.equal(before);
      expect(depositPosts()).to.have.length(1);
      await expectAxeClean(el);
    });

    it('a code not attended (yet): comptoir_participation_required next to the code', async () => {
      const el = await dossierForm();
      await toReview(el, { comptoirCode: 'C-LENS-0001' });
      submit(el);
      await waitForState(el, () => $(el, '#bc-comptoirCode-error'));
      expect(fieldError(el, 'comptoirCode')).to.contain('ne correspond à aucune participation enregistrée');
      await expectAxeClean(el);
    });

    it('a 422 on a single-line text: next to that field', async () => {
      worker.use(
        http.post(DOSSIERS, () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Invalid', status: 422, code: 'validation_failed', errors: [{ path: 'title', message: 'single line' }] },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const el = await dossierForm();
      await toReview(el);
      submit(el);
      await waitForState(el, () => $(el, '#bc-title-error'));
      expect(fieldError(el, 'title')).to.equal('Écrivez ce texte sur une seule ligne, sans caractère spécial invisible.');
      expect(active()).to.equal($(el, '#bc-title'));
    });

    it('the dépôt closed meanwhile (the server’s word): at the top of the review, no "Réessayer", the draft kept', async () => {
      const el = await dossierForm();
      await toReview(el);
      mock.clock.set(Date.parse('2026-04-11T10:00:00+02:00'));
      submit(el);
      await waitForState(el, () => $(el, '[part~="state-error"]'));
      expect(text($(el, '[part~="state-error"]'))).to.contain('Le dépôt des dossiers n’est pas ouvert en ce moment');
      expect($(el, '[part~="retry-button"]')).to.equal(null);
      expect($(el, '[part~="review"]')).to.exist;
      await expectAxeClean(el);
    });

    it('the network down: the error with "Réessayer", which deposits under the same key, ONE dossier', async () => {
      let down = true;
      worker.use(http.post(DOSSIERS, () => (down ? HttpResponse.error() : undefined)));
      const el = await dossierForm();
      await toReview(el);
      submit(el);
      await waitForState(el, () => $(el, '[part~="retry-button"]'), 'no retry', 20_000);
      expect(text($(el, '[part~="state-error"]'))).to.contain('Rien n’est perdu');
      await expectAxeClean(el);
      down = false;
      const before = dossierCount();
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="receipt"]'));
      expect(dossierCount()).to.equal(before + 1);
      expect(new Set(depositPosts().map((r) => r.headers.get('idempotency-key'))).size).to.equal(1);
    });
  });

  describe('the draft', () => {
    it('survives a reload: every field and the step, then the receipt', async () => {
      let el = await dossierForm();
      await toReview(el);
      el.remove();
      el = await dossierForm();
      expect(headingText(el)).to.equal('Relisez votre dossier');
      expect(text($(el, '[part~="review"]'))).to.contain(HOLDER.title);
      submit(el);
      await waitForState(el, () => $(el, '[part~="receipt"]'));
      const code = text($(el, '[part~="receipt-code"]'));
      el.remove();
      el = await dossierForm();
      expect(text($(el, '[part~="receipt-code"]'))).to.equal(code);
      $<HTMLButtonElement>(el, '[part~="another-button"]')!.click();
      await waitForState(el, () => $(el, 'form'));
      expect($<HTMLInputElement>(el, '#bc-title')!.value).to.equal('');
      expect(active()).to.equal(heading(el));
    });
  });

  describe('anywhere', () => {
    it('in English, from its lang', async () => {
      const el = await dossierForm(html`<bc-dossier-form api-base=${API} campaign=${CAMPAIGN_ID} lang="en"></bc-dossier-form>`);
      expect(headingText(el)).to.equal('Submit a dossier');
      expect(text($(el, 'label[for="bc-comptoirCode"]'))).to.equal('Comptoir participation code');
      expect(text($(el, '#bc-summary-count'))).to.equal('0 characters out of 300');
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      await el.updateComplete;
      expect(text($(el, '[part~="error-summary"]'))).to.match(/^10 errors prevent you from continuing:/);
      await expectAxeClean(el);
    });

    it('fits 320 px without scrolling sideways', async () => {
      const el = await dossierForm();
      el.style.width = '320px';
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      await toReview(el);
      expect(el.scrollWidth).to.be.at.most(320);
    });

    it('heading-level: the steps’ titles at that level, the error summary’s one below', async () => {
      const el = await dossierForm(html`<bc-dossier-form api-base=${API} campaign=${CAMPAIGN_ID} heading-level="3"></bc-dossier-form>`);
      expect(heading(el)!.localName).to.equal('h3');
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      await el.updateComplete;
      expect($(el, '.summary-title')!.localName).to.equal('h4');
    });
  });
});

