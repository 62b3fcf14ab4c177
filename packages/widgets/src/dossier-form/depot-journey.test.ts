/**
 * The dépôt from end to end, in every engine: dossiers deposited through the form, one refused
 * for a used code, their status read back by their holders, then the committee's decisions
 * (through the SDK's admin client, as its console makes them): a dossier labelled and listed by
 * the gallery once the vote is open, another not retained, its holder told by e-mail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { DEFAULT_ADMIN_TOKEN, FIXTURE_TIMES } from '@budget-citoyen/mock-server/testing';
import { createClient } from '@budget-citoyen/sdk';
import { resetSharedClients } from '../base/client.js';
import { $, $$, API, CAMPAIGN_ID, expectAxeClean, mock, text, useWorker, waitForState } from '../../test/index.js';
import {
  DEPOT_NOW,
  HOLDER,
  decide,
  depositPosts,
  dossierCount,
  fillForm,
  headingText,
  submit,
  toReview,
  type,
} from '../../test/dossier.js';
import type { BcDossierStatus } from '../dossier-status/dossier-status.js';
import '../dossier-status/define.js';
import '../gallery/define.js';
import '../provider/define.js';
import type { BcDossierForm } from './dossier-form.js';
import './define.js';

/** The form and the status on one page, in one provider, as a holders' page has them. */
async function depotPage(): Promise<{ form: BcDossierForm; status: BcDossierStatus }> {
  const page = await fixture(html`<bc-provider api-base=${API} campaign=${CAMPAIGN_ID}>
    <bc-dossier-form agenda-url="/comptoirs" status-url="#suivi"></bc-dossier-form>
    <bc-dossier-status project-url="/projets"></bc-dossier-status>
  </bc-provider>`);
  const form = page.querySelector('bc-dossier-form')!;
  const status = page.querySelector('bc-dossier-status')!;
  await waitForState(form, () => $(form, 'form'), 'no form');
  await waitForState(status, () => $(status, 'form'), 'no status form');
  return { form, status };
}

/** Deposits through the form; returns the receipt's id and code as shown. */
async function deposit(form: BcDossierForm, holder: Partial<typeof HOLDER> = {}): Promise<{ id: string; code: string }> {
  await toReview(form, holder);
  submit(form);
  await waitForState(form, () => $(form, '[part~="receipt"]'), 'no receipt');
  return { id: text($(form, '[part~="dossier-id"]')), code: text($(form, '[part~="receipt-code"]')) };
}

/** The holder types the receipt's id and code into the status widget. */
async function readBack(status: BcDossierStatus, { id, code }: { id: string; code: string }): Promise<string> {
  type(status, '#bc-dossier', id);
  type(status, '#bc-code', code);
  $<HTMLButtonElement>(status, '[part~="lookup-button"]')!.click();
  await status.updateComplete;
  await waitForState(status, () => $(status, '[part~="result"]') || $(status, '[part~="state-error"]'), 'no answer');
  return text($(status, '[part~="badge"]'));
}

describe('the dépôt, from end to end', function () {
  this.timeout(60_000);
  useWorker({ now: DEPOT_NOW });

  it('deposited with an attended code (one POST, the receipt), then refused with that used code; its status read back', async () => {
    const { form, status } = await depotPage();
    const before = dossierCount();
    const receipt = await deposit(form);
    expect(depositPosts()).to.have.length(1);
    expect(dossierCount()).to.equal(before + 1);
    expect(mock.store.dossier(CAMPAIGN_ID, receipt.id).receiptCode).to.equal(receipt.code);
    expect(text($(form, '[part~="receipt"]'))).to.contain(`envoyé à ${HOLDER.email}`);
    await expectAxeClean(form);

    // Another dossier with the same participation: refused, next to the code.
    $<HTMLButtonElement>(form, '[part~="another-button"]')!.click();
    await waitForState(form, () => $(form, 'form'));
    await toReview(form, { title: 'Un second verger' });
    submit(form);
    await waitForState(form, () => $(form, '#bc-comptoirCode-error'), 'no refusal next to the code');
    expect(text($(form, '#bc-comptoirCode-error'))).to.contain('a déjà servi pour un autre dossier');
    expect(dossierCount()).to.equal(before + 1);
    await expectAxeClean(form);

    expect(await readBack(status, receipt)).to.equal('Déposé, en attente d’examen');
    expect(text($(status, '[part~="result-heading"]'))).to.equal(HOLDER.title);
    await expectAxeClean(status);
  });

  it('labelled by the committee: the holder sees it with its project, which the gallery lists once the vote is open', async () => {
    const { form, status } = await depotPage();
    const receipt = await deposit(form, { title: 'Un verger partagé au marais' });

    await decide(receipt.id, { decision: 'labelled', category: 'cooperation' });
    expect(await readBack(status, receipt)).to.equal('Labellisé');
    expect(text($(status, '[part~="result"]'))).to.contain('dans la catégorie « Coopération »');
    const projectId = mock.store.dossier(CAMPAIGN_ID, receipt.id).projectId!;
    expect(new URL($<HTMLAnchorElement>(status, '[part~="project-link"]')!.href).hash).to.equal(`#projet-${projectId}`);
    await expectAxeClean(status);

    // September: the vote is open, and the gallery shows the new project among the others.
    mock.clock.set(Date.parse(FIXTURE_TIMES.vote));
    resetSharedClients();
    const gallery = await fixture(html`<bc-project-gallery api-base=${API} campaign=${CAMPAIGN_ID} sort="title" page-size="50"></bc-project-gallery>`);
    await waitForState(gallery, () => $$(gallery, '[part~="card-title"]').length > 0, 'no cards', 10_000);
    expect($$(gallery, '[part~="card-title"]').map(text)).to.include('Un verger partagé au marais');
  });

  it('not retained: the holder reads the reason, and the e-mail is in the outbox', async () => {
    // The Lens comptoir took place: its registrant's attendance is recorded, and the code becomes valid.
    const admin = createClient({ baseUrl: API, token: DEFAULT_ADMIN_TOKEN });
    await admin.admin.markAttendance(CAMPAIGN_ID, 'cpt-lens', { codes: ['C-LENS-0001'] });
    const { form, status } = await depotPage();
    const holder = { name: 'Lou Lambert', email: 'lou.lambert@example.org', comptoirCode: 'C-LENS-0001', title: 'Des bancs devant la mairie', communeName: 'Lens' };
    await fillForm(form, holder);
    $<HTMLButtonElement>(form, '[part~="next-button"]')!.click();
    await waitForState(form, () => headingText(form) === 'Relisez votre dossier');
    submit(form);
    await waitForState(form, () => $(form, '[part~="receipt"]'));
    const receipt = { id: text($(form, '[part~="dossier-id"]')), code: text($(form, '[part~="receipt-code"]')) };

    const reason = 'Le projet relève de l’entretien courant de la commune.\nIl peut être présenté à son conseil municipal.';
    await decide(receipt.id, { decision: 'rejected', reason });
    expect(await readBack(status, receipt)).to.equal('Non retenu');
    expect($(status, '[part~="reason"]')!.textContent).to.equal(reason);
    await expectAxeClean(status);

    const mail = mock.store.state.outbox.filter((m) => m.to === 'lou.lambert@example.org').at(-1)!;
    expect(mail.subject).to.contain('Des bancs devant la mairie');
    expect(mail.body).to.contain(reason);
    expect(mail.body).to.contain(receipt.code);
  });
});
