import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http } from 'msw';
import { $, $$, API, expectAxeClean, problem, text, useFixture, waitForRequest, waitForState, worker } from '../../test/index.js';
import {
  ADMIN_TOKEN,
  DOSSIERS,
  SLOW_TEST_MS,
  expectFocus,
  choose,
  consoleEl,
  countText,
  heading,
  listOrRefusal,
  rows,
  signIn,
  signedIn,
  useConsoleMock,
  withDossiers,
} from '../../test/labelling.js';
import { tokenKey } from './console-flow.js';

describe('<bc-labelling-console>: sign-in and list', function () {
  this.timeout(SLOW_TEST_MS);
  useConsoleMock();

  it('asks for the token in a password field that can be shown; the token never reaches the page', async () => {
    const el = await consoleEl();
    expect(text(heading(el))).to.equal('Console du comité de labellisation');
    const input = $<HTMLInputElement>(el, '#bc-token')!;
    expect(input.type).to.equal('password');
    expect(text($(el, 'label[for="bc-token"]'))).to.equal("Jeton d'accès du comité");
    await expectAxeClean(el);

    const reveal = $<HTMLButtonElement>(el, '[part~="reveal-button"]')!;
    reveal.click();
    await el.updateComplete;
    expect(input.type).to.equal('text');
    expect(reveal.getAttribute('aria-pressed')).to.equal('true');
    reveal.click();
    await el.updateComplete;
    expect(input.type).to.equal('password');

    input.focus();
    await sendKeys({ type: ADMIN_TOKEN });
    await sendKeys({ press: 'Enter' });
    await listOrRefusal(el);
    expect(input.value).to.equal('');
    expect(el.outerHTML + el.shadowRoot!.innerHTML).not.to.include(ADMIN_TOKEN);
    expect(el.hasAttribute('token')).to.equal(false);
    expect(sessionStorage.getItem(tokenKey(API)), 'kept for the tab').to.equal(ADMIN_TOKEN);
    expectFocus(heading(el), 'signed in');
    expect(text(heading(el))).to.equal('Dossiers déposés');
  });

  it('an empty token, a wrong one (401), a voter’s (403): the sign-in says which, the focus on the field', async () => {
    const el = await consoleEl();
    $<HTMLFormElement>(el, '[part~="sign-in-form"]')!.requestSubmit();
    await waitForState(el, () => $(el, '#bc-token-error'));
    expect(text($(el, '#bc-token-error'))).to.equal('Saisissez le jeton du comité.');
    expectFocus($(el, '#bc-token'), 'an empty token');

    const refused = oneEvent(el, 'bc-labelling-error');
    await signIn(el, 'pas-le-bon-jeton');
    expect((await refused).detail.code).to.equal('unauthorized');
    expect(text($(el, '#bc-token-error'))).to.match(/^Ce jeton n'est pas valide/);
    expect($(el, '#bc-token')!.getAttribute('aria-invalid')).to.equal('true');
    expectFocus($(el, '#bc-token'), 'a wrong token');
    expect(sessionStorage.length).to.equal(0);
    expect($(el, '[part~="nav"]')).to.equal(null);
    await expectAxeClean(el);

    worker.use(http.get(DOSSIERS, () => problem(403, 'forbidden')));
    await signIn(el, 'jeton-de-votant');
    expect(text($(el, '#bc-token-error'))).to.match(/^Ce jeton est celui d'un votant/);
    await expectAxeClean(el);
  });

  it('loading: the dossiers arrive page after page (a busy region, then the list)', async () => {
    worker.use(http.get(DOSSIERS, () => delay('infinite')));
    const el = await consoleEl();
    $<HTMLInputElement>(el, '#bc-token')!.value = ADMIN_TOKEN;
    $<HTMLFormElement>(el, '[part~="sign-in-form"]')!.requestSubmit();
    await waitForState(el, () => $(el, '[part~="state-loading"]'));
    await waitForRequest('/dossiers');
    expect(text($(el, '[part~="state-loading"]'))).to.equal('Chargement des dossiers…');
    expect($(el, '[aria-busy="true"]')).to.exist;
    expect($(el, '[part~="sign-out-button"]'), 'signing out is possible while it loads').to.exist;
    await expectAxeClean(el);
  });

  it('empty: no dossier at all for the campaign', async () => {
    useFixture((f) => ({ ...f, projects: [], dossiers: [] }));
    const el = await consoleEl();
    await signIn(el);
    expect(text($(el, '[part~="state-empty"]'))).to.equal("Aucun dossier n'a été déposé pour cette campagne.");
    await expectAxeClean(el);
  });

  it('filters in the page with counts: the dossiers to review first, then status, category, commune, words; sorts', async () => {
    const el = await signedIn();
    // 30 generated + the fixture's 2 + the 12 projects' dossiers; to review: all but the labelled and the rejected.
    const toReview = rows(el).length;
    expect(countText(el)).to.equal(`Dossiers affichés : ${toReview} sur 44`);
    const statusOptions = $$<HTMLOptionElement>(el, '#bc-status option').map((o) => text(o));
    expect(statusOptions).to.deep.equal(['Tous les statuts (44)', `À examiner (${toReview})`, 'Labellisé (12)', `Refusé (${44 - 12 - toReview})`]);
    await expectAxeClean(el);

    await choose(el, '#bc-status', '');
    expect(rows(el)).to.have.length(44);
    await choose(el, '#bc-category', 'cooperation');
    const cooperation = rows(el).length;
    expect(text($(el, '#bc-category option:checked'))).to.equal(`Coopération (${cooperation})`);
    expect($$(el, 'td.col-category').every((td) => text(td) === 'Coopération')).to.equal(true);

    await choose(el, '#bc-commune', '62041');
    expect($$(el, 'td.col-commune').every((td) => text(td) === 'Arras')).to.equal(true);
    expect(text($(el, '#bc-commune option:checked'))).to.equal(`Arras (${rows(el).length})`);

    $<HTMLButtonElement>(el, '[part~="reset-button"]')!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(44);

    const search = $<HTMLInputElement>(el, '#bc-q')!;
    search.focus();
    await sendKeys({ type: 'boîte à livres' });
    await el.updateComplete;
    expect(rows(el).map((b) => b.dataset.id)).to.deep.equal(['d-submitted']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;

    const amountHeader = $$(el, 'th.col-amount')[0]!;
    expect(amountHeader.hasAttribute('aria-sort')).to.equal(false);
    amountHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(amountHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(text($(el, 'caption'))).to.equal('Dossiers, par ordre croissant de la colonne « Montant »');
    const amounts = $$(el, 'td.col-amount').map((td) => Number(text(td).replace(/\D/g, '')));
    expect(amounts).to.deep.equal([...amounts].sort((a, b) => a - b));
    amountHeader.querySelector('button')!.click();
    await el.updateComplete;
    expect(amountHeader.getAttribute('aria-sort')).to.equal('descending');
    await expectAxeClean(el);

    search.value = 'aucun dossier ne porte ce titre';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '[part~="state-empty"]'))).to.equal('Aucun dossier ne correspond à ces filtres.');
    await expectAxeClean(el);
  });

  it('500 dossiers: every one in one plain table, filtered and sorted in the page (render time logged)', async function () {
    this.timeout(3 * SLOW_TEST_MS);
    useFixture(withDossiers(488)); // + 2 + 12 = 502
    const el = await consoleEl();
    const started = performance.now();
    await signIn(el);
    const loaded = performance.now() - started;
    expect(countText(el)).to.match(/ sur 502$/);

    // The costliest render: every row at once.
    const t0 = performance.now();
    await choose(el, '#bc-status', '');
    await new Promise(requestAnimationFrame);
    const all = performance.now() - t0;
    expect(rows(el)).to.have.length(502);
    const t1 = performance.now();
    $<HTMLButtonElement>(el, 'th.col-title button')!.click();
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    const sorted = performance.now() - t1;
    const t2 = performance.now();
    const search = $<HTMLInputElement>(el, '#bc-q')!;
    search.value = 'vélo';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    const searched = performance.now() - t2;
    console.log(
      `[measure] 502 dossiers: signed in and listed in ${loaded.toFixed(0)} ms (6 pages); 502 rows rendered in ${all.toFixed(0)} ms; ` +
        `sorted by title in ${sorted.toFixed(0)} ms; searched in ${searched.toFixed(0)} ms (${rows(el).length} rows)`,
    );
    expect(rows(el).length).to.be.greaterThan(0);
    expect(rows(el).every((b) => /vélo/i.test(text(b)))).to.equal(true);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rows(el)).to.have.length(502);
    await expectAxeClean(el);
  });

  it('a token in the tab: signed in at once; "Se déconnecter" forgets it and shows the sign-in', async () => {
    sessionStorage.setItem(tokenKey(API), ADMIN_TOKEN);
    const el = await consoleEl();
    await listOrRefusal(el);
    expect($(el, '[part~="table"]')).to.exist;
    $<HTMLButtonElement>(el, '[part~="sign-out-button"]')!.click();
    await waitForState(el, () => $(el, '#bc-token'));
    expect(sessionStorage.length).to.equal(0);
    expectFocus($(el, '#bc-token'), 'signed out');
    expect($(el, '[part~="table"]')).to.equal(null);
  });

  it('the host page’s token, as a property: no sign-in, nothing kept, no attribute', async () => {
    const el = await consoleEl(ADMIN_TOKEN);
    await listOrRefusal(el);
    expect($(el, '[part~="table"]')).to.exist;
    expect(el.hasAttribute('token')).to.equal(false);
    expect(el.outerHTML).not.to.include(ADMIN_TOKEN);
    expect(sessionStorage.length).to.equal(0);
    el.token = 'un-autre-jeton';
    await waitForState(el, () => $(el, '#bc-token-error'));
    expect(text($(el, '#bc-token-error'))).to.match(/^Ce jeton n'est pas valide/);
  });

  it('a failed list: the error and "Réessayer"', async () => {
    worker.use(http.get(DOSSIERS, () => problem(429, 'rate_limited', { headers: { 'Retry-After': '3600' } }), { once: true }));
    const el = await consoleEl();
    await signIn(el);
    expect(text($(el, '[part~="state-error"] p'))).to.match(/^Trop de demandes/);
    await expectAxeClean(el);
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="table"]'));
  });

  it('in English, and without horizontal scroll at 320 px', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('bc-labelling-console');
    el.setAttribute('api-base', API);
    el.lang = 'en';
    page.append(el);
    await waitForState(el, () => heading(el), 'no heading', 10_000);
    expect(text(heading(el))).to.equal('Labelling committee console');
    await signIn(el);
    expect(text(heading(el))).to.equal('Applications submitted');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect($(el, '[part~="base"]')!.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle($$(el, 'td.col-commune')[0]!).display).to.equal('none');
    await expectAxeClean(el);

    rows(el)[0]!.click();
    await waitForState(el, () => $(el, '[part~="decide-button"]'));
    expect(text($(el, '[part~="decide-button"]'))).to.equal('Label this application…');
    expect(el.scrollWidth, 'a dossier at 320 px').to.be.at.most(el.clientWidth);
    $<HTMLButtonElement>(el, '[part~="decide-button"]')!.click();
    await waitForState(el, () => $<HTMLDialogElement>(el, 'dialog')!.open);
    const dialog = $(el, 'dialog')!;
    expect(dialog.scrollWidth, 'the confirmation at 320 px').to.be.at.most(dialog.clientWidth);
    await expectAxeClean(el);
  });
});
