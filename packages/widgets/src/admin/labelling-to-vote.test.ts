/**
 * The whole way of a dossier, through the widgets: labelled in the committee's console during
 * the labelling, it is listed by the gallery once the vote opens; rejected, its holder gets the
 * e-mail with the reason. The mock's clock moves between the two, as the calendar would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, API, expectAxeClean, mock, text, waitForState } from '../../test/index.js';
import { SLOW_TEST_MS, askConfirmation, confirm, openDossier, signedIn, useConsoleMock } from '../../test/labelling.js';
import '../gallery/define.js';
import type { BcProjectGallery } from '../gallery/project-gallery.js';

const CAMPAIGN = 'bc-2026';
const VOTE = Date.parse('2026-09-15T10:00:00+02:00');

describe('<bc-labelling-console> then <bc-project-gallery>', function () {
  this.timeout(2 * SLOW_TEST_MS);
  useConsoleMock();

  it('a dossier labelled in the console is listed by the gallery in the vote; a rejected one is e-mailed', async () => {
    const el = await signedIn();
    await openDossier(el, 'd-gen-002');
    const title = text($(el, '[part~="heading"]'));
    await askConfirmation(el);
    await confirm(el);
    expect(mock.store.dossier(CAMPAIGN, 'd-gen-002').status).to.equal('labelled');
    const projectId = mock.store.dossier(CAMPAIGN, 'd-gen-002').projectId!;
    expect(text($(el, '[part~="decision-result"]'))).to.include(`Projet publié : ${projectId}.`);

    $<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="table"]'));
    await openDossier(el, 'd-gen-003');
    $<HTMLInputElement>(el, 'input[name="kind"][value="rejected"]')!.click();
    await el.updateComplete;
    const reason = $<HTMLTextAreaElement>(el, '#bc-reason')!;
    reason.value = 'Le projet ne relève pas du budget citoyen.';
    reason.dispatchEvent(new Event('input'));
    await askConfirmation(el);
    await confirm(el);
    const mail = mock.store.outbox.at(-1)!;
    expect(mail.to).to.equal('porteur.003@example.org');
    expect(mail.subject).to.include('décision concernant votre dossier');
    expect(mail.body).to.include('Le projet ne relève pas du budget citoyen.');

    // September: the vote is open.
    mock.clock.set(VOTE);
    const gallery = await fixture<BcProjectGallery>(html`<bc-project-gallery api-base=${API} page-size="100" sort="title"></bc-project-gallery>`);
    await waitForState(gallery, () => $(gallery, '[part~="list"]'), 'no list', 10_000);
    const card = $$(gallery, '[part~="card"]').find((c) => c.dataset.projectId === projectId);
    expect(card, 'the labelled project in the gallery').to.exist;
    expect(text(card!.querySelector('[part~="card-title"]'))).to.equal(title);
    expect(text(card!.querySelector('[part~="badge-category"]'))).to.equal("Pratiques de l'Économie sociale et solidaire");
    expect($$(gallery, '[part~="card-title"]').map((t) => text(t))).not.to.include('Café associatif n° 003');
    await expectAxeClean(gallery);
  });
});
