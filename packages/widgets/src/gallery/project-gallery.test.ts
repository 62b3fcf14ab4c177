import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ballotsFor, fixtureProject, type FixtureProject } from '@budget-citoyen/mock-server/testing';
import type { Project } from '@budget-citoyen/sdk';
import { delay, http, HttpResponse } from 'msw';
import type { ProjectFacets } from './facets.js';
import {
  $,
  $$,
  API,
  BEFORE_VOTE_NOW,
  CAMPAIGN_ID,
  RESULTS_NOW,
  alterJson,
  deepActiveElement,
  expectAxeClean,
  expectBusyWhileLoading,
  expectRetryRecovers,
  mock,
  problem,
  project,
  projectsWithImages,
  requestsTo,
  served,
  text,
  useFixture,
  useWorker,
  waitForRequest,
  waitForState,
  worker,
} from '../../test/index.js';
import './define.js';
import type { BcProjectGallery } from './project-gallery.js';

const PROJECTS = `${API}/campaigns/:campaignId/projects`;

async function gallery(template = html`<bc-project-gallery api-base=${API}></bc-project-gallery>`) {
  const el = await fixture<BcProjectGallery>(template);
  await waitForState(el, () => $(el, '[part~="list"]') || $(el, '[part~="state-empty"]') || $(el, '[part~="state-error"]'));
  return el;
}

const cardIds = (el: Element) => $$(el, '[part~="card"]').map((c) => c.dataset.projectId!);
/** The filters' own request (contract 1.1), `…/projects?limit=1&facets=true`, apart from the list's. */
const isFacets = (url: URL) => url.searchParams.get('facets') === 'true';
/** The list's requests. */
const projectRequests = () => requestsTo(`/campaigns/${CAMPAIGN_ID}/projects`).filter((u) => !isFacets(u));
const facetRequests = () => requestsTo(`/campaigns/${CAMPAIGN_ID}/projects`).filter(isFacets);
/** The API answers as one of contract 1.0 does: no facets, whatever it is asked. */
const withoutFacets = () => worker.use(alterJson<{ facets?: ProjectFacets }>(PROJECTS, (page) => delete page.facets));
/** The project as the API serves it now (its commune's name…). */
const servedProject = (id: string) => served<Project>(`/campaigns/${CAMPAIGN_ID}/projects/${id}`);
const lastProjectQuery = () => projectRequests().at(-1)!.searchParams;

/** Waits for the list that answers a request made after `before` requests. */
async function listAfter(el: BcProjectGallery, before: number) {
  await waitForState(
    el,
    () =>
      projectRequests().length > before &&
      !$(el, '[part~="state-loading"]') &&
      ($(el, '[part~="list"]') || $(el, '[part~="state-empty"]')),
  );
}

async function choose(el: BcProjectGallery, name: string, value: string) {
  const before = projectRequests().length;
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await listAfter(el, before);
}

describe('<bc-project-gallery>', () => {
  // Thirty projects, ten per category, with relative image URLs; nine communes.
  useWorker({ fixture: (f) => ({ ...f, projects: projectsWithImages(30) }) });

  describe('states', () => {
    it('loading: announces itself and marks the region busy', async () => {
      worker.use(http.get(`${API}/campaigns`, () => delay('infinite')));
      await expectBusyWhileLoading(html`<bc-project-gallery api-base=${API}></bc-project-gallery>`, '/campaigns', 'Chargement des projets…');
    });

    it('loading a list after the campaign: the filters stay, the list region is busy', async () => {
      worker.use(http.get(PROJECTS, () => delay('infinite')));
      const el = await fixture<BcProjectGallery>(html`<bc-project-gallery api-base=${API}></bc-project-gallery>`);
      await waitForState(el, () => $(el, '[part~="filters"]'));
      expect($(el, '[part~="state-loading"]')).to.exist;
      expect($(el, '[aria-busy="true"] [role="status"]')).to.exist;
      await expectAxeClean(el);
      await waitForRequest('/projects');
    });

    it('list: one card per project with image, title, holder, commune, amount, category', async () => {
      const el = await gallery();
      const cards = $$(el, '[part~="card"]');
      expect(cards).to.have.length(12);
      expect(text($(el, '[part~="count"]'))).to.equal('Projets affichés : 12 sur 30');
      expect($(el, '[part~="count"]')!.getAttribute('role')).to.equal('status');
      const card = cards[0]!;
      const project = await servedProject(card.dataset.projectId!);
      const img = card.querySelector('img')!;
      expect(img.alt).to.equal(project.image!.alt);
      expect(img.getAttribute('src')).to.equal(`${location.origin}/images/projet.svg`);
      const link = card.querySelector<HTMLAnchorElement>('h3 a')!;
      expect(text(link)).to.equal(project.title);
      expect(link.getAttribute('href')).to.equal(`#projet-${project.id}`);
      expect(text(card)).to.contain(project.holder.name);
      expect(text(card)).to.contain(project.commune.name);
      expect(text(card.querySelector('[part~="card-amount"]'))).to.match(/^\d[\d ]* €$/);
      expect(text(card.querySelector('[part~="badge-category"]'))).to.not.equal('');
      expect($(el, '[part~="badge-winner"]')).to.equal(null);
      expect($(el, '[part~="list"]')!.getAttribute('role')).to.equal('list');
      await expectAxeClean(el);
    });

    it('filtered: a category filter asks the API and shows its projects only', async () => {
      const el = await gallery();
      await choose(el, 'category', 'cooperation');
      expect(lastProjectQuery().get('category')).to.equal('cooperation');
      const ids = cardIds(el);
      expect(ids.length).to.be.greaterThan(0);
      for (const id of ids) expect(project(id).category).to.equal('cooperation');
      expect(text($(el, '[part~="count"]'))).to.equal('Projets affichés : 10 sur 10');
      await expectAxeClean(el);
    });

    it('empty: says nothing matches and offers to clear the filters', async () => {
      const el = await gallery();
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      input.value = 'introuvable';
      input.dispatchEvent(new Event('input'));
      await waitForState(el, () => $(el, '[part~="state-empty"]'));
      expect(text($(el, '[part~="state-empty"]'))).to.equal('Aucun projet ne correspond à ces critères.');
      expect(text($(el, '[part~="count"]'))).to.equal('Aucun projet trouvé.');
      await expectAxeClean(el);
      $(el, '[part~="reset-button"]')!.click();
      await waitForState(el, () => cardIds(el).length === 12);
      expect(lastProjectQuery().has('q')).to.equal(false);
    });

    it('empty campaign: says no project is published yet', async () => {
      useFixture((f) => ({ ...f, projects: [] }));
      const el = await gallery();
      expect(text($(el, '[part~="state-empty"]'))).to.equal("Aucun projet n’est encore publié.");
      expect($(el, '[part~="reset-button"]')).to.equal(null);
      await expectAxeClean(el);
    });

    it('error then retry: says what happened and recovers on "Réessayer"', async () => {
      // The list's first request fails; the filters' facets request goes on to the API.
      let failed = false;
      worker.use(
        http.get(PROJECTS, ({ request }) => {
          if (failed || isFacets(new URL(request.url))) return undefined;
          failed = true;
          return problem(429, 'rate_limited', { detail: 'Too many requests', headers: { 'Retry-After': '3600' } });
        }),
      );
      const el = await gallery();
      await expectRetryRecovers(el, () => cardIds(el).length === 12, 'Trop de demandes');
    });

    it('campaign error then retry', async () => {
      worker.use(http.get(`${API}/campaigns`, () => problem(403, 'forbidden'), { once: true }));
      const el = await gallery();
      await expectRetryRecovers(el, () => cardIds(el).length === 12, 'Vous n’avez pas accès');
    });

    it('dialog open: the project in a labelled modal dialog', async () => {
      const el = await gallery();
      const link = $$<HTMLAnchorElement>(el, '[part~="card-title"] a')[2]!;
      const id = link.closest<HTMLElement>('[data-project-id]')!.dataset.projectId!;
      link.click();
      await waitForState(el, () => $<HTMLDialogElement>(el, 'dialog')!.open);
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      const title = dialog.querySelector('h2')!;
      expect(dialog.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(text(title)).to.equal(project(id).title);
      expect(dialog.querySelectorAll('[part~="description"] p')).to.have.length(2);
      expect(location.hash).to.equal(`#projet-${id}`);
      expect(deepActiveElement()).to.equal(title);
      await expectAxeClean(el);
      $(el, '[part~="dialog-close"]')!.click();
      await waitForState(el, () => !dialog.open && location.hash === '');
      expect(deepActiveElement()).to.equal(link);
    });

    it('heading-level: the cards\' titles fit the page\'s outline; the dialog keeps its h2', async () => {
      const el = await gallery(html`<bc-project-gallery api-base=${API} heading-level="4"></bc-project-gallery>`);
      const titles = $$(el, '[part~="card-title"]');
      expect(titles.length).to.be.greaterThan(0);
      expect(new Set(titles.map((t) => t.localName))).to.deep.equal(new Set(['h4']));
      $$<HTMLAnchorElement>(el, '[part~="card-title"] a')[0]!.click();
      await waitForState(el, () => $<HTMLDialogElement>(el, 'dialog')!.open);
      expect($(el, '[part~="dialog-title"]')!.localName).to.equal('h2');
      await expectAxeClean(el);
    });

    it('final results: winners wear a badge, and there is no vote action', async () => {
      const projects = projectsWithImages(6).map((p, i) => ({ ...p, status: i % 2 ? 'winner' : 'not-selected' }) as const);
      // Winners: 20 votes each; the others below the minimum of 10, so never funded.
      const votes = Object.fromEntries(projects.map((p) => [p.id, p.status === 'winner' ? 20 : 5]));
      useFixture((f) => ({ ...f, projects, ballots: ballotsFor(votes, projects) }), RESULTS_NOW);
      const el = await gallery();
      const winners = $$(el, '[part~="badge-winner"]');
      expect(winners).to.have.length(3);
      expect(text(winners[0])).to.equal('Lauréat');
      for (const badge of winners) {
        const id = badge.closest<HTMLElement>('[data-project-id]')!.dataset.projectId;
        expect(projects.find((p) => p.id === id)!.status).to.equal('winner');
      }
      expect($(el, '[part~="vote-button"]')).to.equal(null);
      await expectAxeClean(el);
    });

    it('renders in English with lang="en"', async () => {
      const el = await gallery(html`<bc-project-gallery api-base=${API} lang="en"></bc-project-gallery>`);
      expect(text($(el, '[part~="count"]'))).to.equal('Projects shown: 12 of 30');
      expect(text($(el, '[part~="more-button"]'))).to.equal('Show more projects');
      expect(text($(el, 'label[for="bc-q"]'))).to.equal('Search for a project');
      expect(text($(el, '[part~="badge-category"]'))).to.be.oneOf([
        'Social innovation',
        'Cooperation',
        'Social and solidarity economy practices',
      ]);
      // Citizens' texts stay French, and say so: a screen reader reads them as French.
      const card = $(el, '[part~="card"]')!;
      for (const part of ['card-title', 'card-summary']) expect(card.querySelector(`[part~="${part}"]`)!.getAttribute('lang')).to.equal('fr');
      expect(card.querySelector('[part~="card-meta"] dd span')!.getAttribute('lang')).to.equal('fr');
      expect(card.querySelector('[part~="card-meta"] dt')!.hasAttribute('lang')).to.equal(false);
      card.querySelector<HTMLAnchorElement>('[part~="card-title"] a')!.click();
      await waitForState(el, () => $<HTMLDialogElement>(el, 'dialog')!.open);
      expect($(el, '[part~="dialog-title"]')!.getAttribute('lang')).to.equal('fr');
      expect($(el, '[part~="description"]')!.getAttribute('lang')).to.equal('fr');
      expect(text($(el, '[part~="dialog-close"]'))).to.equal('Close');
      await expectAxeClean(el);
    });

    it('in French, no lang is added to the citizens\' texts', async () => {
      const el = await gallery();
      expect($$(el, '[lang]')).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('tabs through search, filters, order, then each card', async () => {
      const el = await gallery();
      await waitForState(el, () => $$(el, 'select[name="commune"] option').length > 1);
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      const order: string[] = [];
      for (let i = 0; i < 7; i++) {
        const active = deepActiveElement() as HTMLElement;
        order.push(active.getAttribute('name') ?? active.getAttribute('part') ?? active.tagName);
        await sendKeys({ press: 'Tab' });
      }
      expect(order.slice(0, 5)).to.deep.equal(['q', 'category', 'arrondissement', 'commune', 'sort']);
      // Then the first card's title link and its vote button (the vote is open), then the next card.
      expect(order[5]).to.equal('A');
      expect(order[6]).to.equal('button vote-button');
      expect((deepActiveElement() as HTMLElement).closest('[data-project-id]')).to.equal($$(el, '[part~="card"]')[1]);
    });

    it('opens the dialog from the keyboard, moves focus in, closes on Escape and gives focus back', async () => {
      const el = await gallery();
      const link = $$<HTMLAnchorElement>(el, '[part~="card-title"] a')[0]!;
      link.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitForState(el, () => dialog.open);
      expect(dialog.contains(deepActiveElement())).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, '[part~="dialog-close"]'));
      await sendKeys({ press: 'Escape' });
      await waitForState(el, () => !dialog.open && location.hash === '');
      expect(deepActiveElement()).to.equal(link);
    });
  });

  describe('closing never moves the page', () => {
    /** A page where the gallery sits below a screen of text, under `#projets`, scrolled to it. */
    async function lowGallery() {
      const page = await fixture<HTMLElement>(html`<div>
        <p style="block-size: 150vh">Actualités de la commune</p>
        <section id="projets"><bc-project-gallery api-base=${API}></bc-project-gallery></section>
        <p style="block-size: 150vh">Pied de page</p>
      </div>`);
      const el = page.querySelector<BcProjectGallery>('bc-project-gallery')!;
      await waitForState(el, () => cardIds(el).length === 12);
      history.replaceState(null, '', '#projets');
      page.querySelector('#projets')!.scrollIntoView({ block: 'start' });
      await new Promise(requestAnimationFrame);
      expect(window.scrollY).to.be.greaterThan(0);
      return el;
    }

    it('after a #projets menu link: Enter opens, Escape closes, the same scroll, #projets back, focus on the card', async () => {
      const el = await lowGallery();
      const link = $$<HTMLAnchorElement>(el, '[part~="card-title"] a')[1]!;
      const id = link.closest<HTMLElement>('[data-project-id]')!.dataset.projectId!;
      link.focus({ preventScroll: true });
      const y = window.scrollY;
      await sendKeys({ press: 'Enter' });
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitForState(el, () => dialog.open);
      expect(location.hash).to.equal(`#projet-${id}`);
      await expectAxeClean(el);
      await sendKeys({ press: 'Escape' });
      await waitForState(el, () => !dialog.open);
      await new Promise(requestAnimationFrame);
      expect(location.hash).to.equal('#projets');
      expect(window.scrollY).to.equal(y);
      expect(deepActiveElement()).to.equal(link);
    });

    it('the "Fermer" button by keyboard: the same scroll, focus on the card', async () => {
      const el = await lowGallery();
      const link = $$<HTMLAnchorElement>(el, '[part~="card-title"] a')[4]!;
      link.focus({ preventScroll: true });
      const y = window.scrollY;
      await sendKeys({ press: 'Enter' });
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitForState(el, () => dialog.open);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, '[part~="dialog-close"]'));
      await sendKeys({ press: 'Enter' });
      await waitForState(el, () => !dialog.open);
      await new Promise(requestAnimationFrame);
      expect(window.scrollY).to.equal(y);
      expect(location.hash).to.equal('#projets');
      expect(deepActiveElement()).to.equal(link);
    });

    it("arrived by the project's address (a link to #projet-<id>): closing focuses its card without scrolling", async () => {
      const el = await lowGallery();
      const id = cardIds(el)[2]!;
      const y = window.scrollY;
      location.hash = `#projet-${id}`;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitForState(el, () => dialog.open && text(dialog.querySelector('h2')) === project(id).title);
      await sendKeys({ press: 'Escape' });
      await waitForState(el, () => !dialog.open);
      await new Promise(requestAnimationFrame);
      expect(location.hash).to.equal('');
      expect(window.scrollY).to.equal(y);
      const card = $$(el, '[part~="card"]').find((c) => c.dataset.projectId === id)!;
      expect(deepActiveElement()).to.equal(card.querySelector('[part~="card-title"] a'));
    });
  });

  describe('narrow gallery: the filters fold behind "Filtrer"', () => {
    async function narrow() {
      const box = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><bc-project-gallery api-base=${API}></bc-project-gallery></div>`);
      const el = box.querySelector<BcProjectGallery>('bc-project-gallery')!;
      await waitForState(el, () => cardIds(el).length === 12);
      return { box, el };
    }
    const toggle = (el: Element) => $<HTMLButtonElement>(el, '[part~="filter-toggle"]')!;
    const visible = (e: Element | null) => Boolean(e && e.getClientRects().length > 0);

    it('at 320 px: the search, then one "Filtrer" button; the first card on the first screen; nothing sideways', async () => {
      const { box, el } = await narrow();
      expect(visible($(el, 'input[type="search"]'))).to.equal(true);
      expect(visible(toggle(el))).to.equal(true);
      expect(text(toggle(el))).to.equal('Filtrer');
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(toggle(el).getAttribute('aria-controls')).to.equal('bc-filter-panel');
      for (const name of ['category', 'arrondissement', 'commune', 'sort']) expect(visible($(el, `select[name="${name}"]`))).to.equal(false);
      // The filters no longer push the projects off the first screen.
      expect($(el, '[part~="card"]')!.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.lessThan(window.innerHeight);
      const right = box.getBoundingClientRect().right + 0.5;
      expect($$(el, '*').filter((e) => e.getBoundingClientRect().right > right).map((e) => e.localName)).to.deep.equal([]);
      await expectAxeClean(el);
    });

    it('by keyboard: Tab to "Filtrer", Enter opens the panel, a filter counts, Escape folds it back to the button', async () => {
      const { el } = await narrow();
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(toggle(el));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(visible($(el, 'select[name="category"]'))).to.equal(true);
      await expectAxeClean(el);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal($(el, 'select[name="category"]'));
      await choose(el, 'category', 'cooperation');
      expect(text(toggle(el))).to.equal('Filtrer (1)');
      $<HTMLSelectElement>(el, 'select[name="sort"]')!.focus();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(visible($(el, 'select[name="category"]'))).to.equal(false);
      expect(deepActiveElement()).to.equal(toggle(el));
      // The order is not a filter: it does not count.
      await choose(el, 'sort', 'title');
      expect(text(toggle(el))).to.equal('Filtrer (1)');
    });

    it('wide: every filter shows, and there is no "Filtrer" button', async () => {
      const el = await gallery();
      expect(visible(toggle(el))).to.equal(false);
      for (const name of ['category', 'arrondissement', 'commune', 'sort']) expect(visible($(el, `select[name="${name}"]`))).to.equal(true);
    });
  });

  describe('filters from the facets (contract 1.1)', () => {
    /**
     * The API's `?facets=true` as the contract words it: the mock's page (`limit=1`), with the
     * facets this test chooses (the SDK's `projects.facets` asks for them).
     */
    function serveFacets(answer: (query: URLSearchParams) => ProjectFacets) {
      worker.use(
        http.get(PROJECTS, async ({ request }) => {
          const url = new URL(request.url);
          if (!isFacets(url)) return undefined;
          const page = (await (await mock.fetch(request)).json()) as object;
          return HttpResponse.json({ ...page, facets: answer(url.searchParams) });
        }),
      );
    }
    const optionsOf = (el: Element, name: string) => $$<HTMLOptionElement>(el, `select[name="${name}"] option`).map((o) => [o.value, text(o)]);

    beforeEach(() =>
      serveFacets((q) => {
        const cooperation = q.get('category') === 'cooperation';
        return {
          categories: [
            { id: 'innovation-sociale', name: 'Innovation sociale', count: 4 },
            { id: 'cooperation', name: 'Coopération', count: 3 },
          ],
          arrondissements: [
            { code: '621', name: 'Arras', count: cooperation ? 2 : 4 },
            ...(cooperation ? [] : [{ code: '622', name: 'Béthune', count: 3 }]),
          ],
          communes: [
            { code: '62041', name: 'Arras', count: cooperation ? 2 : 4 },
            ...(cooperation ? [] : [{ code: '62119', name: 'Béthune', count: 3 }]),
          ],
        };
      }),
    );

    it('only the values with projects, with their counts; never the département\'s every commune', async () => {
      const el = await gallery();
      await waitForState(el, () => optionsOf(el, 'commune').length > 1);
      expect(optionsOf(el, 'category')).to.deep.equal([
        ['', 'Toutes les catégories'],
        ['innovation-sociale', 'Innovation sociale (4)'],
        ['cooperation', 'Coopération (3)'],
      ]);
      expect(optionsOf(el, 'arrondissement')).to.deep.equal([
        ['', 'Tous les arrondissements'],
        ['621', 'Arras (4)'],
        ['622', 'Béthune (3)'],
      ]);
      expect(optionsOf(el, 'commune')).to.deep.equal([
        ['', 'Toutes les communes'],
        ['62041', 'Arras (4)'],
        ['62119', 'Béthune (3)'],
      ]);
      expect(requestsTo('/communes')).to.have.length(0);
      await expectAxeClean(el);
    });

    it('leaving the page stops the filters\' request; coming back asks again', async () => {
      let hold = true;
      worker.use(http.get(PROJECTS, ({ request }) => (hold && isFacets(new URL(request.url)) ? delay('infinite') : undefined)));
      const el = await gallery();
      const place = el.parentNode!;
      el.remove();
      hold = false;
      place.appendChild(el);
      await waitForState(el, () => optionsOf(el, 'commune').length > 1);
      expect(facetRequests()).to.have.length(2);
      expect(optionsOf(el, 'commune')).to.deep.equal([
        ['', 'Toutes les communes'],
        ['62041', 'Arras (4)'],
        ['62119', 'Béthune (3)'],
      ]);
      expect(requestsTo('/communes')).to.have.length(0);
    });

    it('the counts follow the other filters; a value chosen that they leave empty stays, with 0', async () => {
      const el = await gallery();
      await waitForState(el, () => optionsOf(el, 'commune').length > 1);
      await choose(el, 'commune', '62119');
      const before = facetRequests().length;
      await choose(el, 'category', 'cooperation');
      await waitForState(el, () => facetRequests().length > before && optionsOf(el, 'arrondissement').length === 2);
      const asked = facetRequests().at(-1)!.searchParams;
      expect([asked.get('category'), asked.get('commune')]).to.deep.equal(['cooperation', '62119']);
      expect(optionsOf(el, 'commune')).to.deep.equal([
        ['', 'Toutes les communes'],
        ['62041', 'Arras (2)'],
        ['62119', 'Béthune (0)'],
      ]);
      expect($<HTMLSelectElement>(el, 'select[name="commune"]')!.value).to.equal('62119');
    });
  });

  describe('nothing found: a way forward', () => {
    // Bapaume (62080, arrondissement of Arras) with no project.
    const withoutBapaume = () => useFixture((f) => ({ ...f, projects: projectsWithImages(30).filter((p) => p.communeCode !== '62080') }));
    /**
     * "Élargir à l’arrondissement : Arras" offered beside `other` (its part and words),
     * axe-clean; pressed, the list of the arrondissement instead of the commune: its cards.
     */
    async function widenToArras(el: BcProjectGallery, [part, words]: [string, string]): Promise<string[]> {
      await waitForState(el, () => $(el, '[part~="widen-button"]'));
      expect(text($(el, '[part~="widen-button"]'))).to.equal('Élargir à l’arrondissement : Arras');
      expect(text($(el, `[part~="${part}"]`))).to.equal(words);
      await expectAxeClean(el);
      const before = projectRequests().length;
      $<HTMLButtonElement>(el, '[part~="widen-button"]')!.click();
      await listAfter(el, before);
      expect(lastProjectQuery().get('arrondissement')).to.equal('621');
      expect(lastProjectQuery().has('commune')).to.equal(false);
      const ids = cardIds(el);
      expect(ids.length).to.be.greaterThan(0);
      return ids;
    }

    it('a commune\'s page with no project: widen to its arrondissement, or see every project', async () => {
      withoutBapaume();
      const el = await gallery(html`<bc-project-gallery api-base=${API} commune="62080"></bc-project-gallery>`);
      expect(text($(el, '[part~="state-empty"]'))).to.equal('Aucun projet ne correspond à ces critères.');
      const ids = await widenToArras(el, ['all-button', 'Voir tous les projets']);
      // Arras and Bapaume are the fixture's communes of the arrondissement of Arras.
      for (const id of ids) expect(project(id).communeCode).to.equal('62041');
      // The filters show what is chosen now, and can change it.
      expect($<HTMLSelectElement>(el, 'select[name="arrondissement"]')!.value).to.equal('621');
    });

    it('"Voir tous les projets" sets the page\'s own filters aside', async () => {
      withoutBapaume();
      const el = await gallery(html`<bc-project-gallery api-base=${API} commune="62080"></bc-project-gallery>`);
      await waitForState(el, () => $(el, '[part~="all-button"]'));
      const before = projectRequests().length;
      $<HTMLButtonElement>(el, '[part~="all-button"]')!.click();
      await listAfter(el, before);
      expect(lastProjectQuery().has('commune')).to.equal(false);
      expect(text($(el, '[part~="count"]'))).to.equal('Projets affichés : 12 sur 26');
    });

    it('a commune chosen in the filters: widen, or clear the filters', async () => {
      const el = await gallery();
      await waitForState(el, () => $$(el, 'select[name="commune"] option').length > 1);
      // The filters offer only the communes with projects (contract 1.1): Arras, then a search
      // that none of its projects matches.
      await choose(el, 'commune', '62041');
      const before = projectRequests().length;
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      input.value = 'Bapaume';
      input.dispatchEvent(new Event('input'));
      await listAfter(el, before);
      const ids = await widenToArras(el, ['reset-button', 'Effacer les filtres']);
      expect(lastProjectQuery().get('q')).to.equal('Bapaume');
      for (const id of ids) expect(project(id).communeCode).to.equal('62080');
    });
  });

  describe('requests', () => {
    it('first page: the campaign, limit, random order with the visitor seed', async () => {
      await gallery();
      const q = lastProjectQuery();
      expect(q.get('limit')).to.equal('12');
      expect(q.get('sort')).to.equal('random');
      expect(q.get('seed')).to.equal(sessionStorage.getItem('bc-project-gallery:seed'));
      expect(q.has('cursor')).to.equal(false);
    });

    it('arrondissement and commune filters, from the communes of the API when it has no facets (contract 1.0)', async () => {
      withoutFacets();
      const el = await gallery();
      await waitForState(el, () => $$(el, 'select[name="commune"] option').length > 1);
      // The SDK finds the answer to `facets=true` invalid: the gallery falls back, with no error.
      expect(facetRequests().length).to.be.greaterThan(0);
      expect($(el, '[part~="state-error"]')).to.equal(null);
      expect(requestsTo('/communes').length).to.be.greaterThan(0);
      expect($$(el, 'select[name="arrondissement"] option').map((o) => o.textContent)).to.include('Lens');
      await choose(el, 'arrondissement', '627');
      expect(lastProjectQuery().get('arrondissement')).to.equal('627');
      expect($$<HTMLOptionElement>(el, 'select[name="commune"] option').map((o) => o.value)).to.deep.equal(['', '62498', '62510']);
      await choose(el, 'commune', '62510');
      expect(lastProjectQuery().get('commune')).to.equal('62510');
      for (const id of cardIds(el)) expect((await servedProject(id)).commune.name).to.equal('Liévin');
      // Another arrondissement drops the commune that is not in it.
      await choose(el, 'arrondissement', '621');
      expect(lastProjectQuery().has('commune')).to.equal(false);
    });

    it('arrondissement and commune filters, from the facets of the API (contract 1.1)', async () => {
      const el = await gallery();
      await waitForState(el, () => $$(el, 'select[name="commune"] option').length > 1);
      expect(facetRequests().length).to.be.greaterThan(0);
      expect(requestsTo('/communes')).to.have.length(0);
      expect($$(el, 'select[name="arrondissement"] option').map((o) => text(o))).to.include('Lens (6)');
      await choose(el, 'arrondissement', '627');
      expect(lastProjectQuery().get('arrondissement')).to.equal('627');
      await waitForState(el, () => $$(el, 'select[name="commune"] option').length === 3);
      expect(facetRequests().at(-1)!.searchParams.get('arrondissement')).to.equal('627');
      expect($$<HTMLOptionElement>(el, 'select[name="commune"] option').map((o) => o.value)).to.deep.equal(['', '62498', '62510']);
      await choose(el, 'commune', '62510');
      expect(lastProjectQuery().get('commune')).to.equal('62510');
      for (const id of cardIds(el)) expect((await servedProject(id)).commune.name).to.equal('Liévin');
      // The arrondissements' counts apply the commune: only Liévin's is left.
      await waitForState(el, () => $$(el, 'select[name="arrondissement"] option').length === 2);
      expect($$<HTMLOptionElement>(el, 'select[name="arrondissement"] option').map((o) => [o.value, text(o)])).to.deep.equal([
        ['', 'Tous les arrondissements'],
        ['627', 'Lens (3)'],
      ]);
    });

    it('debounces the search: one request for a word typed letter by letter', async () => {
      const el = await gallery();
      const before = projectRequests().length;
      const facetsBefore = facetRequests().length;
      const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
      for (const value of ['v', 'vé', 'vél', 'vélo']) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      await waitForState(el, () => projectRequests().length > before && facetRequests().length > facetsBefore && cardIds(el).length > 0);
      await aTimeout(400);
      expect(projectRequests().map((u) => u.search), 'requests').to.have.length(before + 1);
      expect(lastProjectQuery().get('q')).to.equal('vélo');
      // The filters' counts follow the word, asked once too.
      expect(facetRequests().map((u) => u.search), 'facets requests').to.have.length(facetsBefore + 1);
      expect(facetRequests().at(-1)!.searchParams.get('q')).to.equal('vélo');
      for (const id of cardIds(el)) expect(project(id).title).to.contain('vélo');
    });

    it('orders by title or amount without a seed', async () => {
      const el = await gallery();
      await choose(el, 'sort', 'title');
      expect(lastProjectQuery().get('sort')).to.equal('title');
      expect(lastProjectQuery().has('seed')).to.equal(false);
      const titles = $$(el, '[part~="card-title"]').map((t) => text(t));
      expect(titles).to.deep.equal([...titles].sort((a, b) => a.localeCompare(b, 'fr')));
      await choose(el, 'sort', 'amount');
      expect(lastProjectQuery().get('sort')).to.equal('amount');
    });

    it('"Voir plus" follows the cursor and never repeats or skips a project', async () => {
      useFixture((f) => ({ ...f, projects: projectsWithImages(40) }));
      const el = await gallery();
      const seed = lastProjectQuery().get('seed');
      while ($(el, '[part~="more-button"]')) {
        const shown = cardIds(el).length;
        $(el, '[part~="more-button"]')!.click();
        await waitForState(el, () => cardIds(el).length > shown);
        // The first new card takes the focus; the count is announced politely.
        expect(deepActiveElement()?.closest('[data-project-id]')).to.equal($$(el, '[part~="card"]')[shown]);
        expect(text($(el, '[part~="count"]'))).to.equal(`Projets affichés : ${cardIds(el).length} sur 40`);
      }
      const ids = cardIds(el);
      expect(ids).to.have.length(40);
      expect(new Set(ids).size).to.equal(40);
      expect([...ids].sort()).to.deep.equal(projectsWithImages(40).map((p) => p.id));
      const pages = projectRequests();
      expect(pages.map((u) => u.search), 'requests').to.have.length(4);
      // "Voir plus" does not change what the filters offer: their facets were asked once.
      expect(facetRequests().map((u) => u.search), 'facets requests').to.have.length(1);
      expect(pages.slice(1).every((u) => u.searchParams.has('cursor'))).to.equal(true);
      expect(pages.every((u) => u.searchParams.get('seed') === seed)).to.equal(true);
      await expectAxeClean(el);
    });

    it('keeps the random order for the visitor: a new gallery in the session shows the same order', async () => {
      const first = cardIds(await gallery());
      const second = cardIds(await gallery());
      expect(second).to.deep.equal(first);
      expect(first).to.not.deep.equal(projectsWithImages(12).map((p) => p.id));
    });

    it('pre-filters by attributes and hides the locked filters', async () => {
      const el = await gallery(html`<bc-project-gallery api-base=${API} commune="62041" category="innovation-sociale"></bc-project-gallery>`);
      const q = lastProjectQuery();
      expect(q.get('commune')).to.equal('62041');
      expect(q.get('category')).to.equal('innovation-sociale');
      expect($(el, 'select[name="commune"]')).to.equal(null);
      expect($(el, 'select[name="arrondissement"]')).to.equal(null);
      expect($(el, 'select[name="category"]')).to.equal(null);
      expect(requestsTo('/communes')).to.have.length(0);
      await expectAxeClean(el);
    });
  });

  describe('deep link', () => {
    it('opens the project of #projet-<id> on load, even beyond the first page', async () => {
      history.replaceState(null, '', '#projet-prj-029');
      const el = await gallery();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitForState(el, () => dialog.open && text(dialog.querySelector('h2')) === project('prj-029').title);
      expect(requestsTo('/projects/prj-029')).to.have.length(1);
      await sendKeys({ press: 'Escape' });
      await waitForState(el, () => !dialog.open);
      expect(location.hash).to.equal('');
    });

    it('reacts to hashchange, and closes when the hash goes away', async () => {
      const el = await gallery();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      const id = cardIds(el)[1]!;
      location.hash = `#projet-${id}`;
      await waitForState(el, () => dialog.open);
      location.hash = '';
      await waitForState(el, () => !dialog.open);
    });

    it('an unknown project says so in the dialog', async () => {
      history.replaceState(null, '', '#projet-inconnu');
      const el = await gallery();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitForState(el, () => dialog.open && $(el, 'dialog [part~="state-error"]'));
      expect(text(dialog.querySelector('h2'))).to.equal('Projet introuvable');
      expect(dialog.querySelector('[part~="retry-button"]')).to.equal(null);
      await expectAxeClean(el);
    });
  });

  describe('vote action', () => {
    it('emits bc-project-select while the vote is open', async () => {
      const el = await gallery();
      const card = $$(el, '[part~="card"]')[0]!;
      const button = card.querySelector<HTMLButtonElement>('button[part~="vote-button"]')!;
      expect(text(button)).to.equal(`Voter pour ce projet : ${text(card.querySelector('h3'))}`);
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'bc-project-select');
      const chosen = project(card.dataset.projectId!);
      expect(event.detail).to.deep.equal({ projectId: chosen.id, category: chosen.category });
    });

    it('links to ballot-url?projet=<id>; a listener can veto the navigation', async () => {
      const el = await gallery(html`<bc-project-gallery api-base=${API} ballot-url="/voter?source=galerie"></bc-project-gallery>`);
      const card = $$(el, '[part~="card"]')[0]!;
      const link = card.querySelector<HTMLAnchorElement>('a[part~="vote-button"]')!;
      const href = new URL(link.href);
      expect(href.pathname).to.equal('/voter');
      expect(href.searchParams.get('source')).to.equal('galerie');
      expect(href.searchParams.get('projet')).to.equal(card.dataset.projectId);
      el.addEventListener('bc-project-select', (e) => e.preventDefault(), { once: true });
      let prevented = false;
      link.addEventListener('click', (e) => (prevented = e.defaultPrevented), { once: true });
      link.click();
      expect(prevented).to.equal(true);
    });

    it('is absent before the vote opens (server clock)', async () => {
      useFixture(undefined, BEFORE_VOTE_NOW);
      const el = await gallery();
      expect($(el, '[part~="vote-button"]')).to.equal(null);
      $$<HTMLAnchorElement>(el, '[part~="card-title"] a')[0]!.click();
      await waitForState(el, () => $<HTMLDialogElement>(el, 'dialog')!.open);
      expect($(el, 'dialog [part~="vote-button"]')).to.equal(null);
      await sendKeys({ press: 'Escape' });
      await waitForState(el, () => location.hash === '');
    });
  });

  describe('security', () => {
    it('shows markup in citizens\' texts as text; nothing executes', async () => {
      const w = window as unknown as { __bcXss?: number };
      delete w.__bcXss;
      const payload = '<img src=x onerror="window.__bcXss=1"><script>window.__bcXss=2</script>';
      const evil: FixtureProject = fixtureProject(1, {
        id: 'prj-evil',
        title: `Titre ${payload}`,
        summary: `Résumé ${payload}`,
        description: `Description ${payload}\n\n<b onmouseover="window.__bcXss=3">gras</b>`,
        holder: { name: `Porteur ${payload}`, kind: 'collective' },
        communeCode: '62041',
        image: { url: 'javascript:window.__bcXss=4', alt: `"><img src=x onerror="window.__bcXss=5">` },
        tags: [payload],
      });
      useFixture((f) => ({ ...f, projects: [evil] }));
      // The mock names communes from INSEE data: a server sending markup in one is this test's own.
      const evilCommune = (p: Project) => (p.commune = { code: '62041', name: `Arras ${payload}` });
      worker.use(
        alterJson<{ items: Project[] }>(PROJECTS, (page) => page.items.forEach(evilCommune)),
        alterJson<Project>(`${PROJECTS}/:projectId`, evilCommune),
      );
      const el = await gallery(html`<bc-project-gallery api-base=${API} ballot-url="javascript:window.__bcXss=6"></bc-project-gallery>`);
      const card = $(el, '[part~="card"]')!;
      expect(text(card.querySelector('h3'))).to.equal(`Titre ${payload}`);
      expect(text(card.querySelector('[part~="card-summary"]'))).to.equal(`Résumé ${payload}`);
      expect(card.querySelector('img')).to.equal(null);
      // The unsafe ballot-url is dropped: a button, not a javascript: link.
      expect(card.querySelector('a[part~="vote-button"]')).to.equal(null);
      card.querySelector<HTMLAnchorElement>('h3 a')!.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitForState(el, () => dialog.open);
      expect(text(dialog.querySelector('h2'))).to.equal(`Titre ${payload}`);
      expect(text(dialog.querySelector('[part~="description"]'))).to.contain(`Description ${payload}`);
      expect(el.shadowRoot!.querySelectorAll('script, b, img[src="x"], [onerror], [onmouseover]')).to.have.length(0);
      await aTimeout(100);
      expect(w.__bcXss).to.equal(undefined);
      dialog.close();
      await waitForState(el, () => location.hash === '');
    });
  });

  describe('many cards', () => {
    it('stays correct past a few hundred cards', async () => {
      useFixture((f) => ({ ...f, projects: projectsWithImages(480) }));
      const el = await gallery(html`<bc-project-gallery api-base=${API} page-size="100"></bc-project-gallery>`);
      while ($(el, '[part~="more-button"]')) {
        const shown = cardIds(el).length;
        $(el, '[part~="more-button"]')!.click();
        await waitForState(el, () => cardIds(el).length > shown);
      }
      expect(new Set(cardIds(el)).size).to.equal(480);
    });
  });
});
