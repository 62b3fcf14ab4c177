import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getResponse, http, HttpResponse } from 'msw';
import { $, $$, expectAxeClean, mock, postsTo, problem, text, waitForState, worker } from '../../test/index.js';
import {
  ADMIN_TOKEN,
  DECISION,
  SLOW_TEST_MS,
  askConfirmation,
  choose,
  confirm,
  expectFocus,
  heading,
  openDossier,
  rows,
  signedIn,
  useConsoleMock,
} from '../../test/labelling.js';

const CAMPAIGN = 'bc-2026';
const decisionPosts = () => postsTo('/decision');

describe('<bc-labelling-console>: a dossier and its decision', function () {
  this.timeout(SLOW_TEST_MS);
  useConsoleMock();

  it('opens a dossier with the keyboard: everything in it, its texts as text with their paragraphs', async () => {
    const el = await signedIn();
    await openDossier(el, 'd-submitted');
    expect(text(heading(el))).to.equal('Boîte à livres du square');
    const facts = Object.fromEntries($$(el, '[part~="facts"] > div').map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]));
    expect(facts).to.include({
      Porteur: 'Dominique Martin (Citoyen ou citoyenne)',
      Courriel: 'dominique.martin@example.org',
      'Montant demandé': '1 500 €',
      Commune: 'Bapaume (62080)',
      'Catégorie proposée': 'Coopération',
      'Code de participation au comptoir': 'C-ARRA-0002',
    });
    expect(facts['Déposé le']).to.equal('2 mars 2026 à 11:00');
    expect(text($(el, '[part~="summary"]'))).to.equal('Une boîte à livres en bois, fabriquée par les habitants.');
    expect($$(el, '[part~="description"] p').map((p) => text(p))).to.deep.equal([
      'Une boîte à livres dans le square de la mairie.',
      'Les enfants de l’école la décorent.',
    ]);
    expect(text($(el, '[part~="notice"]'))).to.equal("La labellisation est ouverte jusqu'au 31 mai 2026.");
    // The proposed category is checked first.
    expect($<HTMLInputElement>(el, 'input[name="category"]:checked')!.value).to.equal('cooperation');
    await expectAxeClean(el);

    $<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="table"]'));
    expectFocus(rows(el).find((b) => b.dataset.id === 'd-submitted')!, 'back to its row');
  });

  it('labels with the keyboard: category, confirmation (Escape cancels, "Annuler" first), the result, then the next dossier', async () => {
    const el = await signedIn();
    await openDossier(el, 'd-submitted');
    const pratiques = $<HTMLInputElement>(el, 'input[name="category"][value="pratiques-ess"]')!;
    pratiques.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(pratiques.checked).to.equal(true);

    const dialog = await askConfirmation(el);
    expectFocus($(el, '[part~="cancel-button"]'), 'the confirmation opened');
    expect(text(dialog.querySelector('#bc-confirm-text'))).to.match(/^Cette décision est définitive/);
    expect(text(dialog.querySelector('.confirm-summary'))).to.equal(
      "Labelliser « Boîte à livres du square » dans la catégorie « Pratiques de l'Économie sociale et solidaire ».",
    );
    await expectAxeClean(el);
    await sendKeys({ press: 'Escape' });
    await waitForState(el, () => !dialog.open);
    expectFocus($(el, '[part~="decide-button"]'), 'cancelled');
    expect(decisionPosts()).to.have.length(0);

    await askConfirmation(el);
    const decided = oneEvent(el, 'bc-labelling-decision');
    await sendKeys({ press: 'Tab' });
    expectFocus($(el, '[part~="confirm-button"]'), 'Tab to "Confirmer"');
    await sendKeys({ press: 'Enter' });
    const { detail } = await decided;
    await waitForState(el, () => $(el, '[part~="decision-result"]'));
    expect(detail).to.include({ dossierId: 'd-submitted' });
    expect(detail.decision).to.include({ decision: 'labelled', category: 'pratiques-ess' });
    expectFocus($(el, '[part~="decision-result"]'), 'decided');
    expect(text($(el, '[part~="decision-result"] .result-title'))).to.equal(
      'Décision enregistrée : le projet est publié et son porteur est informé par courriel.',
    );
    expect(mock.store.dossier(CAMPAIGN, 'd-submitted').status).to.equal('labelled');
    expect(mock.store.outbox.at(-1)!.to).to.equal('dominique.martin@example.org');
    await expectAxeClean(el);

    // The next dossier to review, then back to the list: the decided one has left "À examiner".
    const next = $<HTMLButtonElement>(el, '[part~="next-button"]')!;
    next.click();
    await waitForState(el, () => $(el, '[part~="decide-button"]'));
    const nextId = mock.store.dossiers(CAMPAIGN).find((d) => d.request.title === text(heading(el)))!.id;
    $<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="table"]'));
    expect(rows(el).some((b) => b.dataset.id === 'd-submitted')).to.equal(false);
    expectFocus(rows(el).find((b) => b.dataset.id === nextId)!, 'back to the row of the dossier left');
  });

  it('rejects with a required reason, kept multi-line; the holder’s e-mail in the outbox', async () => {
    const el = await signedIn();
    await openDossier(el, 'd-gen-001');
    $<HTMLInputElement>(el, 'input[name="kind"][value="rejected"]')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part~="decide-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="field-error"]'));
    expect(text($(el, '[part~="field-error"]'))).to.equal('Indiquez le motif du refus : il est envoyé au porteur.');
    expectFocus($(el, '#bc-reason'), 'the reason is required');
    expect($(el, '#bc-reason')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAxeClean(el);

    await sendKeys({ type: 'Hors du champ du budget citoyen.' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Voir le règlement.' });
    const dialog = await askConfirmation(el);
    expect(text(dialog.querySelector('[part~="reason"]'))).to.equal('Hors du champ du budget citoyen. Voir le règlement.');
    await confirm(el);
    expect(text($(el, '[part~="decision-result"] .result-title'))).to.equal('Décision enregistrée : le porteur est informé par courriel, avec le motif.');
    const reason = mock.store.dossier(CAMPAIGN, 'd-gen-001').decision!.reason!;
    expect(reason).to.equal('Hors du champ du budget citoyen.\nVoir le règlement.');
    const mail = mock.store.outbox.at(-1)!;
    expect(mail.to).to.equal('porteur.001@example.org');
    expect(mail.body).to.include(reason);
    expect(text($(el, '[part~="decision-result"] [part~="reason"]'))).to.equal('Hors du champ du budget citoyen. Voir le règlement.');
    await expectAxeClean(el);
  });

  it('decision_final: another member decided first; their decision is shown', async () => {
    const el = await signedIn();
    await openDossier(el, 'd-submitted');
    await mock.fetch(`/admin/campaigns/${CAMPAIGN}/dossiers/d-submitted/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json', 'idempotency-key': 'autre-membre' },
      body: JSON.stringify({ decision: 'rejected', reason: 'Déjà financé.' }),
    });
    await askConfirmation(el);
    await confirm(el);
    expect(text($(el, '[part~="decision-result"] .result-title'))).to.match(/^Un autre membre du comité avait déjà décidé/);
    expect(text($(el, '[part~="decision-result"] [part~="reason"]'))).to.equal('Déjà financé.');
    expect(text($(el, '[part~="status"]'))).to.equal('Refusé');
    await expectAxeClean(el);
  });

  it('phase_closed: the labelling ended while the console was open; the dates said, nothing recorded', async () => {
    const el = await signedIn();
    await openDossier(el, 'd-submitted');
    mock.clock.set(Date.parse('2026-06-15T10:00:00+02:00'));
    await askConfirmation(el);
    await confirm(el);
    expect(text($(el, '.decision-error p'))).to.equal(
      "Décision refusée : la labellisation n'est pas ouverte. Elle va du 1 mai 2026 au 31 mai 2026.",
    );
    expect($(el, '.decision-error [part~="retry-button"]'), 'no retry: it cannot help').to.equal(null);
    expect(mock.store.dossier(CAMPAIGN, 'd-submitted').status).to.equal('submitted');
    await expectAxeClean(el);
  });

  it('validation_failed on the category: said at the field', async () => {
    worker.use(http.post(DECISION, () => problem(422, 'validation_failed', { errors: [{ path: 'category', message: 'unknown' }] })));
    const el = await signedIn();
    await openDossier(el, 'd-submitted');
    await askConfirmation(el);
    await confirm(el);
    expect(text($(el, '[part~="field-error"]'))).to.equal('Choisissez la catégorie du projet.');
    expectFocus($(el, 'input[name="category"]:checked'), 'the refused field');
    await expectAxeClean(el);
  });

  it('a lost answer: "Réessayer" sends the same Idempotency-Key; one decision, one e-mail', async function () {
    this.timeout(2 * SLOW_TEST_MS);
    // The decision is recorded, but no answer arrives (nor those of the SDK's retries).
    worker.use(
      http.post(DECISION, async ({ request }) => {
        await getResponse(mock.handlers, request);
        return HttpResponse.error();
      }),
    );
    const el = await signedIn();
    await openDossier(el, 'd-submitted');
    const mails = mock.store.outbox.length;
    await askConfirmation(el);
    await confirm(el);
    expect(text($(el, '.decision-error p'))).to.match(/^Le service du budget citoyen ne répond pas/);
    expectFocus($(el, '.decision-error'), 'the refusal');
    await expectAxeClean(el);

    worker.resetHandlers();
    $<HTMLButtonElement>(el, '.decision-error [part~="retry-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="decision-result"]'), 'no result', 10_000);
    const keys = decisionPosts().map((r) => r.headers.get('idempotency-key'));
    expect(keys.length).to.be.greaterThan(1);
    expect(new Set(keys).size, keys.join(', ')).to.equal(1);
    expect(mock.store.outbox.length).to.equal(mails + 1);
  });

  it('a dossier decided before: its decision, no form', async () => {
    const el = await signedIn();
    await choose(el, '#bc-status', 'rejected');
    await openDossier(el, 'd-rejected');
    expect($(el, '[part~="decision-form"]')).to.equal(null);
    expect(text($(el, '[part~="decision"] p'))).to.equal('Refusé le 20 mai 2026 à 10:00. Motif envoyé au porteur :');
    expect(text($(el, '[part~="reason"]'))).to.equal('Le projet sert un intérêt privé, non l’intérêt général.');
    await expectAxeClean(el);
  });
});
