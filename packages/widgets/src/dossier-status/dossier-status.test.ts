import { expect, fixture, html } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  $,
  API,
  CAMPAIGN_ID,
  deepActiveElement,
  expectAxeClean,
  itLoadsItsCampaign,
  mock,
  problem,
  requestsTo,
  text,
  useWorker,
  waitForRequest,
  waitForState,
  worker,
} from '../../test/index.js';
import { DEPOT_NOW, decide, look, receipt, type } from '../../test/dossier.js';
import type { BcDossierStatus } from './dossier-status.js';
import './define.js';

const DOSSIER = `${API}/campaigns/:campaignId/dossiers/:dossierId`;
const active = () => deepActiveElement() as HTMLElement | null;

async function status(template = html`<bc-dossier-status api-base=${API} campaign=${CAMPAIGN_ID} project-url="/projets"></bc-dossier-status>`) {
  const el = await fixture<BcDossierStatus>(template);
  await waitForState(el, () => $(el, 'form') || $(el, '[part~="state-error"]'), 'not rendered');
  return el;
}

/**
 * Looks `id` up with its receipt code: the badge (its part and words), what the answer says,
 * the focus on the answer, axe-clean.
 */
async function expectAnswer(id: string, [part, words]: [string, string], says: string): Promise<BcDossierStatus> {
  const el = await status();
  await look(el, id, receipt(id));
  const badge = $(el, '[part~="badge"]')!;
  expect(badge.matches(`[part~="${part}"]`), part).to.equal(true);
  expect(text(badge)).to.equal(words);
  expect(text($(el, '[part~="result"]'))).to.contain(says);
  expect(active()).to.equal($(el, '[part~="result-heading"]'));
  await expectAxeClean(el);
  return el;
}

describe('<bc-dossier-status>', () => {
  useWorker({ now: DEPOT_NOW });

  itLoadsItsCampaign(
    () => html`<bc-dossier-status api-base=${API} campaign=${CAMPAIGN_ID}></bc-dossier-status>`,
    (el) => $(el, 'form'),
  );

  it('the form: two labelled fields, nothing asked yet; empty, each says what is missing', async () => {
    const el = await status();
    expect(text($(el, '[part~="heading"]'))).to.equal('Suivre mon dossier');
    expect(text($(el, 'label[for="bc-dossier"]'))).to.equal('Numéro de dossier');
    expect(text($(el, 'label[for="bc-code"]'))).to.equal('Code de suivi');
    await expectAxeClean(el);
    $<HTMLButtonElement>(el, '[part~="lookup-button"]')!.click();
    await waitForState(el, () => $(el, '#bc-dossier-error'));
    expect(text($(el, '#bc-dossier-error'))).to.equal('Indiquez le numéro de dossier.');
    expect(text($(el, '#bc-code-error'))).to.equal('Indiquez le code de suivi.');
    await el.updateComplete;
    expect(active()).to.equal($(el, '#bc-dossier'));
    expect(requestsTo('/dossiers/')).to.have.length(0);
    await expectAxeClean(el);
  });

  it('submitted: since when, waiting for the committee; the focus on the answer', async () => {
    const el = await expectAnswer('d-submitted', ['badge-submitted', 'Déposé, en attente d’examen'], 'Déposé le 2 mars 2026.');
    expect(text($(el, '[part~="result-heading"]'))).to.equal('Boîte à livres du square');
  });

  it('not retained: the committee’s reason, as text', async () => {
    const el = await expectAnswer('d-rejected', ['badge-rejected', 'Non retenu'], 'Examiné le 20 mai 2026 : le comité de labellisation n’a pas retenu ce dossier.');
    expect(text($(el, '[part~="reason"]'))).to.equal('Le projet sert un intérêt privé, non l’intérêt général.');
  });

  it('labelled: its category, and a link to the published project on the gallery’s page', async () => {
    await decide('d-submitted', { decision: 'labelled', category: 'innovation-sociale' });
    const projectId = mock.store.dossier(CAMPAIGN_ID, 'd-submitted').projectId!;
    const el = await expectAnswer('d-submitted', ['badge-labelled', 'Labellisé'], 'Labellisé le 12 mai 2026, dans la catégorie « Innovation sociale ».');
    expect($<HTMLAnchorElement>(el, '[part~="project-link"]')!.href).to.equal(new URL(`/projets#projet-${projectId}`, location.href).href);
  });


  it('labelled, without project-url: no link', async () => {
    await decide('d-submitted', { decision: 'labelled', category: 'cooperation' });
    const el = await status(html`<bc-dossier-status api-base=${API} campaign=${CAMPAIGN_ID}></bc-dossier-status>`);
    await look(el, 'd-submitted', receipt('d-submitted'));
    expect($(el, '[part~="badge-labelled"]')).to.exist;
    expect($(el, '[part~="project-link"]')).to.equal(null);
  });

  it('a wrong code says the same as an unknown number, with no "Réessayer"', async () => {
    const el = await status();
    await look(el, 'd-submitted', 'D-WRONG-0000');
    const wrongCode = text($(el, '[part~="state-error"]'));
    expect(wrongCode).to.contain('Aucun dossier ne correspond à ce numéro et à ce code de suivi.');
    expect($(el, '[part~="retry-button"]')).to.equal(null);
    expect($(el, '[role="alert"]')).to.exist;
    await expectAxeClean(el);
    await look(el, 'd-nope', 'D-WRONG-0000');
    expect(requestsTo('/dossiers/d-nope')).to.have.length(1);
    expect(text($(el, '[part~="state-error"]'))).to.equal(wrongCode);
  });

  it('too many tries: when to try again, no "Réessayer"', async () => {
    worker.use(http.get(DOSSIER, () => problem(429, 'rate_limited', { headers: { 'Retry-After': '120' } })));
    const el = await status();
    await look(el, 'd-submitted', 'D-GUESS-0001');
    expect(text($(el, '[part~="state-error"]'))).to.equal('Trop de tentatives en peu de temps : réessayez dans 2 minutes.');
    expect($(el, '[part~="retry-button"]')).to.equal(null);
    await expectAxeClean(el);
  });

  it('the network down: "Réessayer", which asks again', async () => {
    let down = true;
    worker.use(http.get(DOSSIER, () => (down ? HttpResponse.error() : undefined)));
    const el = await status();
    await look(el, 'd-submitted', receipt('d-submitted'));
    expect($(el, '[part~="retry-button"]')).to.exist;
    down = false;
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="result"]'));
    expect($(el, '[part~="badge-submitted"]')).to.exist;
  });

  it('looking up: the answer region busy, a polite status', async () => {
    worker.use(http.get(DOSSIER, () => delay('infinite')));
    const el = await status();
    type(el, '#bc-dossier', 'd-submitted');
    type(el, '#bc-code', receipt('d-submitted'));
    $<HTMLButtonElement>(el, '[part~="lookup-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="state-loading"]'));
    expect(text($(el, '[part~="state-loading"]'))).to.equal('Recherche du dossier…');
    expect($(el, '[part~="state-loading"]')!.closest('[aria-busy="true"]')).to.exist;
    await expectAxeClean(el);
    await waitForRequest('/dossiers/d-submitted');
  });

  describe('from the page’s address', () => {
    // The test runner's own query (its session) stays in the address throughout.
    let before = '';
    beforeEach(() => {
      before = location.href;
    });
    afterEach(() => history.replaceState(null, '', before));

    it('?dossier=…&code=…: looked up at once, then both removed from the address, the rest kept', async () => {
      const url = new URL(before);
      url.searchParams.set('onglet', 'suivi');
      url.searchParams.set('dossier', 'd-rejected');
      url.searchParams.set('code', receipt('d-rejected'));
      url.hash = 'haut';
      history.replaceState(null, '', url);
      const el = await status();
      await waitForState(el, () => $(el, '[part~="result"]'));
      expect($(el, '[part~="badge-rejected"]')).to.exist;
      const after = new URL(location.href);
      expect(after.searchParams.get('onglet')).to.equal('suivi');
      expect(after.searchParams.has('dossier') || after.searchParams.has('code')).to.equal(false);
      expect(location.hash).to.equal('#haut');
      expect(location.href).not.to.contain(receipt('d-rejected'));
      expect($<HTMLInputElement>(el, '#bc-dossier')!.value).to.equal('d-rejected');
      // Looked up on arrival: the focus stays where the page has it.
      expect(active()).not.to.equal($(el, '[part~="result-heading"]'));
      expect(requestsTo('/dossiers/d-rejected')).to.have.length(1);
    });

    it('#dossier=…&code=… (the receipt’s link): the same, the fragment gone', async () => {
      const url = new URL(before);
      url.hash = `dossier=d-submitted&code=${receipt('d-submitted')}`;
      history.replaceState(null, '', url);
      const el = await status();
      await waitForState(el, () => $(el, '[part~="result"]'));
      expect($(el, '[part~="badge-submitted"]')).to.exist;
      expect(location.hash).to.equal('');
      expect(location.search).to.equal(new URL(before).search);
      expect(location.href).not.to.contain(receipt('d-submitted'));
    });
  });

  it('in English, from its lang', async () => {
    const el = await status(html`<bc-dossier-status api-base=${API} campaign=${CAMPAIGN_ID} lang="en"></bc-dossier-status>`);
    await look(el, 'd-rejected', receipt('d-rejected'));
    expect(text($(el, '[part~="heading"]'))).to.equal('Follow my dossier');
    expect(text($(el, '[part~="badge"]'))).to.equal('Not retained');
    expect(text($(el, '[part~="result"]'))).to.contain('Examined on 20 May 2026');
    await expectAxeClean(el);
  });

  it('fits 320 px without scrolling sideways', async () => {
    const el = await status();
    el.style.width = '320px';
    await look(el, 'd-rejected', receipt('d-rejected'));
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
