import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http } from 'msw';
import { $, $$, API, expectAxeClean, mock, problem, text, useFixture, waitForRequest, waitForState, worker } from '../../test/index.js';
import { SLOW_TEST_MS, choose, expectFocus, heading, signedIn, useConsoleMock } from '../../test/labelling.js';
import type { BcLabellingConsole } from './labelling-console.js';

const REGISTRATIONS = `${API}/admin/campaigns/:campaignId/comptoirs/:comptoirId/registrations`;
const ATTENDANCE = `${API}/admin/campaigns/:campaignId/comptoirs/:comptoirId/attendance`;
const attendedIn = (comptoirId: string) => mock.store.registrations(comptoirId).filter((r) => r.attended).map((r) => r.code);

async function toAttendance(): Promise<BcLabellingConsole> {
  const el = await signedIn();
  const nav = $$<HTMLButtonElement>(el, '[part~="nav-button"]');
  nav[1]!.click();
  await waitForState(el, () => $(el, '#bc-comptoir'));
  expect(text(heading(el))).to.equal('Présence aux comptoirs');
  expectFocus(heading(el), 'the attendance opened');
  expect(nav[1]!.getAttribute('aria-current')).to.equal('page');
  return el;
}

async function chooseComptoir(el: BcLabellingConsole, id: string): Promise<void> {
  await choose(el, '#bc-comptoir', id);
  await waitForState(el, () => $(el, '[part~="attendance-form"]'));
}

describe('<bc-labelling-console>: the comptoirs’ attendance', function () {
  this.timeout(SLOW_TEST_MS);
  useConsoleMock();

  it('marks by codes typed in any case, and by rows ticked; the unknown codes are said', async () => {
    const el = await toAttendance();
    const options = $$<HTMLOptionElement>(el, '#bc-comptoir option').map((o) => text(o));
    expect(options[0]).to.equal('Choisissez un comptoir');
    expect(options).to.have.length(7);
    expect(options[1]).to.match(/^Comptoir à initiatives citoyennes d’Arras — 24 janvier 2026 à 14:00$/);
    await expectAxeClean(el);

    await chooseComptoir(el, 'cpt-lens');
    const names = $$(el, '[part~="registrations"] tbody th').map((th) => text(th));
    expect(names).to.include('Lou Lambert');
    await expectAxeClean(el);

    // Nothing typed nor ticked: said at the field.
    $<HTMLButtonElement>(el, '[part~="mark-button"]')!.click();
    await waitForState(el, () => $(el, '#bc-codes-error'));
    expect(text($(el, '#bc-codes-error'))).to.equal('Saisissez au moins un code, ou cochez des inscriptions.');
    expectFocus($(el, '#bc-codes'), 'no code');

    await sendKeys({ type: 'c-lens-0001, inconnu-1' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'C-ARRA-0001' });
    const participant = $$<HTMLInputElement>(el, '[part~="registrations"] input[type="checkbox"]').find((box) =>
      text(box.closest('label')).includes('Participant 1'),
    )!;
    participant.click();
    await el.updateComplete;
    expect(text($(el, '[part~="mark-button"]'))).to.equal('Enregistrer les présences (codes : 4)');

    const marked = oneEvent(el, 'bc-labelling-attendance');
    $<HTMLButtonElement>(el, '[part~="mark-button"]')!.click();
    const { detail } = await marked;
    expect(detail.comptoirId).to.equal('cpt-lens');
    expect([...detail.attended].sort()).to.deep.equal(['C-LENS-0001', 'C-LENS-P001']);
    expect([...detail.unknown].sort()).to.deep.equal(['C-ARRA-0001', 'INCONNU-1']);
    await waitForState(el, () => $(el, '[part~="attendance-result"]'));
    expect(text($(el, '[part~="attendance-result"] .result-title'))).to.equal('Présences enregistrées : 2.');
    expect(text($(el, '[part~="unknown-codes"]'))).to.equal('Codes inconnus à ce comptoir, non marqués : INCONNU-1, C-ARRA-0001');
    expectFocus($(el, '[part~="attendance-result"]'), 'the result');
    expect(attendedIn('cpt-lens').sort()).to.deep.equal(['C-LENS-0001', 'C-LENS-P001']);
    // The registrations, read again: both are noted, with no box left to tick.
    await waitForState(el, () => $$(el, '[part~="registrations"] tbody tr').filter((tr) => text(tr).includes('Présence notée')).length === 2);
    expect($<HTMLTextAreaElement>(el, '#bc-codes')!.value).to.equal('');
    await expectAxeClean(el);
  });

  it('loading and failing registrations, and a refused marking with "Réessayer"', async () => {
    worker.use(http.get(REGISTRATIONS, () => delay('infinite'), { once: true }));
    const el = await toAttendance();
    await choose(el, '#bc-comptoir', 'cpt-arras');
    await waitForRequest('/registrations');
    expect(text($(el, '[part~="state-loading"]'))).to.equal('Chargement des inscriptions…');
    await expectAxeClean(el);

    worker.use(http.get(REGISTRATIONS, () => problem(429, 'rate_limited', { headers: { 'Retry-After': '3600' } }), { once: true }));
    await choose(el, '#bc-comptoir', 'cpt-lens');
    await waitForState(el, () => $(el, '[part~="state-error"]'));
    await expectAxeClean(el);
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="attendance-form"]'));

    worker.use(http.post(ATTENDANCE, () => problem(429, 'rate_limited', { headers: { 'Retry-After': '3600' } }), { once: true }));
    $<HTMLTextAreaElement>(el, '#bc-codes')!.value = 'C-LENS-0001';
    $(el, '#bc-codes')!.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '[part~="mark-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="attendance-result"] [part~="state-error"]'));
    expect(attendedIn('cpt-lens')).to.deep.equal([]);
    await expectAxeClean(el);
    $<HTMLButtonElement>(el, '[part~="attendance-result"] [part~="retry-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="attendance-result"] .result-title'));
    expect(attendedIn('cpt-lens')).to.deep.equal(['C-LENS-0001']);
  });

  it('a comptoir nobody registered for', async () => {
    useFixture((f) => ({ ...f, comptoirs: [...f.comptoirs, { ...f.comptoirs.at(-1)!, id: 'cpt-vide', taken: 0 }] }));
    const el = await toAttendance();
    await chooseComptoir(el, 'cpt-vide');
    expect(text($(el, '[part~="state-empty"]'))).to.equal("Personne n'est inscrit à ce comptoir.");
    await expectAxeClean(el);
  });
});
