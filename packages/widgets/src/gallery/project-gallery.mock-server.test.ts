/**
 * The gallery against the project's mock server (`@budget-citoyen/mock-server`): the contract
 * as another team implemented it, with its seeded data (real communes, data: images, live
 * results), rather than this folder's hand-made handlers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, API, expectAxeClean, requestsTo, text, useWorker, waitForState } from '../../test/index.js';
import { useSeededMock } from '../../test/seeded.js';
import './define.js';
import type { BcProjectGallery } from './project-gallery.js';

async function choose(el: BcProjectGallery, name: string, value: string) {
  const before = requestsTo('/projects').length;
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await waitForState(
    el,
    () => requestsTo('/projects').length > before && !$(el, '[part~="state-loading"]') && ($(el, '[part~="list"]') || $(el, '[part~="state-empty"]')),
  );
}

describe('<bc-project-gallery> on the mock server', () => {
  useWorker();

  it('lists every labelled project once across "Voir plus", filters, opens details', async function () {
    this.timeout(40_000);
    useSeededMock();
    const el = await fixture<BcProjectGallery>(html`<bc-project-gallery api-base=${API} page-size="10"></bc-project-gallery>`);
    await waitForState(el, () => $(el, '[part~="list"]'), 'no list', 10_000);
    const total = Number(text($(el, '[part~="count"]')).replace(/\s/g, '').split('sur')[1]);
    expect(total).to.be.greaterThan(10);
    expect($$(el, '[part~="card-image"]').length).to.be.greaterThan(0);

    while ($(el, '[part~="more-button"]')) {
      const shown = $$(el, '[part~="card"]').length;
      $(el, '[part~="more-button"]')!.click();
      await waitForState(el, () => $$(el, '[part~="card"]').length > shown, 'next page', 8000);
    }
    const ids = $$(el, '[part~="card"]').map((c) => c.dataset.projectId);
    expect(ids).to.have.length(total);
    expect(new Set(ids).size).to.equal(total);

    // The communes that have projects, from the API's facets (contract 1.1), besides "Toutes".
    const { facets } = await (await fetch(`${API}/campaigns/bc-2026/projects?limit=1&facets=true`)).json();
    expect(facets.communes.length).to.be.greaterThan(10);
    await waitForState(el, () => $$(el, 'select[name="commune"] option').length === facets.communes.length + 1, 'communes', 10_000);
    // A smaller commune list for axe, whose time grows fast with hundreds of options.
    await choose(el, 'arrondissement', '624');
    const montreuil = (facets.arrondissements as Array<{ code: string; count: number }>).find((a) => a.code === '624')!;
    expect(text($(el, 'select[name="arrondissement"] option:checked'))).to.equal(`Montreuil (${montreuil.count})`);
    await expectAxeClean(el);

    await choose(el, 'arrondissement', '');
    await choose(el, 'category', 'cooperation');
    const names = $$(el, '[part~="badge-category"]').map((b) => text(b));
    expect(names.length).to.be.greaterThan(0);
    expect(new Set(names)).to.deep.equal(new Set(['Coopération']));

    // The first of them, in its arrondissement (few options again), opened in the dialog.
    const first = $(el, '[part~="card"]')!.dataset.projectId!;
    const projectUrl = requestsTo('/projects').at(-1)!.pathname + '/' + encodeURIComponent(first);
    const project = (await (await fetch(projectUrl)).json()) as { arrondissement: { code: string } };
    await choose(el, 'arrondissement', project.arrondissement.code);
    const link = $$<HTMLAnchorElement>(el, '[part~="card-title"] a').find(
      (a) => a.closest<HTMLElement>('[data-project-id]')!.dataset.projectId === first,
    )!;
    link.click();
    await waitForState(el, () => $<HTMLDialogElement>(el, 'dialog')!.open);
    expect(text($(el, 'dialog h2'))).to.equal(text(link));
    await expectAxeClean(el);
    $<HTMLDialogElement>(el, 'dialog')!.close();
    await waitForState(el, () => location.hash === '');
  });

  it('before the labelling ends: no project yet, and says when they will be published (in English too)', async function () {
    this.timeout(30_000);
    useSeededMock('2026-04-09T10:00:00+02:00'); // the dépôt
    const el = await fixture<BcProjectGallery>(html`<bc-project-gallery api-base=${API} campaign="bc-2026"></bc-project-gallery>`);
    await waitForState(el, () => $(el, '[part~="state-empty"]'), 'no empty state', 15_000);
    expect(text($(el, '[part~="state-empty"]'))).to.equal("Les projets labellisés seront publiés à l’issue de la labellisation, le 1 juin 2026.");
    expect($$(el, '[part~="card"]')).to.have.length(0);
    await expectAxeClean(el);
    el.lang = 'en';
    await waitForState(el, () => text($(el, '[part~="state-empty"]')).startsWith('The labelled'), 'not in English');
    expect(text($(el, '[part~="state-empty"]'))).to.equal('The labelled projects will be published when labelling ends, on 1 June 2026.');
  });
});
