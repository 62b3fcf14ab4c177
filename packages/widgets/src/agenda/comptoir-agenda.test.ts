import { expect, fixture, html } from '@open-wc/testing';
import { FIXTURE_COMPTOIRS } from '@budget-citoyen/mock-server/testing';
import type { Comptoir, Page } from '@budget-citoyen/sdk';
import { delay, http } from 'msw';
import {
  $,
  $$,
  AGENDA_NOW,
  API,
  CAMPAIGN_ID,
  alterJson,
  expectAxeClean,
  expectBusyWhileLoading,
  expectRetryRecovers,
  problem,
  requestsTo,
  text,
  useFixture,
  useWorker,
  waitForState,
  worker,
} from '../../test/index.js';
import type { BcComptoirAgenda } from './comptoir-agenda.js';
import './define.js';

const COMPTOIRS_ROUTE = `${API}/campaigns/:campaignId/comptoirs`;
const COMPTOIRS = `${API}/campaigns/${CAMPAIGN_ID}/comptoirs`;

async function agenda(template = html`<bc-comptoir-agenda api-base=${API}></bc-comptoir-agenda>`) {
  const el = await fixture<BcComptoirAgenda>(template);
  await waitForState(el, () => $(el, '[part~="list"]') || $(el, '[part~="state-empty"]') || $(el, '[part~="state-error"]') || $(el, '[part~="phase-notice"]'));
  return el;
}

const titles = (el: Element, scope = '') => $$(el, `${scope} [part~="comptoir-title"]`).map((h) => text(h));
const item = (el: Element, id: string) => $(el, `[data-comptoir-id="${id}"]`)!;
const listRequests = () => requestsTo(`/campaigns/${CAMPAIGN_ID}/comptoirs`);
const listQuery = () => listRequests().at(-1)!.searchParams;
const comptoir = (id: string) => FIXTURE_COMPTOIRS.find((c) => c.id === id)!;

async function choose(el: BcComptoirAgenda, name: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await waitForState(el, () => $(el, '[part~="list"]') || $(el, '[part~="state-empty"]'));
}

describe('<bc-comptoir-agenda>', () => {
  // The fixture's six comptoirs, its clock in their period (10 February 2026).
  useWorker({ now: AGENDA_NOW });

  describe('states', () => {
    it('loading: announces itself and marks the region busy', async () => {
      worker.use(http.get(`${API}/campaigns/:id`, () => delay('infinite')));
      await expectBusyWhileLoading(html`<bc-comptoir-agenda api-base=${API} campaign=${CAMPAIGN_ID}></bc-comptoir-agenda>`, `/campaigns/${CAMPAIGN_ID}`, 'Chargement des comptoirs…');
    });

    it('loading the comptoirs after the campaign: the filters stay, the list region is busy', async () => {
      worker.use(http.get(COMPTOIRS_ROUTE, () => delay('infinite')));
      const el = await fixture<BcComptoirAgenda>(html`<bc-comptoir-agenda api-base=${API}></bc-comptoir-agenda>`);
      await waitForState(el, () => $(el, '[part~="filters"]'));
      expect($(el, '[aria-busy="true"] [part~="state-loading"]')).to.not.equal(null);
      await expectAxeClean(el);
    });

    it('upcoming: by month, past ones out of the way, each with its date, place, seats and state', async () => {
      // Saint-Omer's registrations closed early, by its organisers: `closed` before the start,
      // which the contract allows and the mock only answers once the comptoirs' period is over.
      worker.use(
        alterJson<Page<Comptoir>>(COMPTOIRS_ROUTE, (page) => {
          for (const c of page.items) if (c.id === 'cpt-saint-omer') c.registration = 'closed';
        }),
      );
      const el = await agenda();
      expect($$(el, '[part~="month-title"]').map(text)).to.deep.equal(['Février 2026', 'Mars 2026', 'Avril 2026']);
      expect($$(el, '[part~="month-title"]').every((h) => h.tagName === 'H3')).to.equal(true);
      expect(titles(el)).to.deep.equal([
        'Comptoir à initiatives citoyennes de Lens',
        'Comptoir en visioconférence',
        'Comptoir à initiatives citoyennes de Calais',
        'Comptoir à initiatives citoyennes de Béthune',
        'Comptoir à initiatives citoyennes de Saint-Omer',
      ]);
      expect(text($(el, '[part~="count"]'))).to.equal('5 comptoirs à venir');

      const lens = item(el, 'cpt-lens');
      expect(lens.getAttribute('aria-labelledby')).to.equal(lens.querySelector('h4')!.id);
      expect(text(lens.querySelector('[part~="when"]'))).to.equal('samedi 14 février 2026, 09:30 – 12:30');
      const [start, end] = [...lens.querySelectorAll('time')];
      expect(start!.getAttribute('datetime')).to.equal(new Date(comptoir('cpt-lens').start).toISOString());
      expect(end!.getAttribute('datetime')).to.equal(new Date(comptoir('cpt-lens').end).toISOString());
      expect(text(lens.querySelector('[part~="where"]'))).to.equal('Médiathèque, 8 rue de la Gare, Lens');
      expect(text(lens.querySelector('[part~="seats"]'))).to.equal('12 places libres sur 25');
      expect(text(lens.querySelector('[part~="badge-open"]'))).to.equal('Inscriptions ouvertes');
      expect(text(lens.querySelector('[part~="register-button"]'))).to.equal("S’inscrire : Comptoir à initiatives citoyennes de Lens, samedi 14 février 2026");

      expect(text(item(el, 'cpt-visio').querySelector('[part~="where"]'))).to.equal('En ligne');
      expect(text(item(el, 'cpt-visio'))).not.to.contain('visio.example.org');
      const calais = item(el, 'cpt-calais');
      expect(text(calais.querySelector('[part~="badge-full"]'))).to.equal("Complet : liste d’attente");
      expect(text(calais.querySelector('[part~="seats"]'))).to.equal('Aucune place libre sur 30');
      expect(text(calais.querySelector('[part~="register-button"]'))).to.match(/^S’inscrire en liste d’attente/);
      const bethune = item(el, 'cpt-bethune');
      expect(text(bethune.querySelector('[part~="seats"]'))).to.equal('1 place libre sur 30');
      // Either side of the change to summer time, 14:00 in Paris.
      expect(text(bethune.querySelector('[part~="when"]'))).to.equal('samedi 28 mars 2026, 14:00 – 17:00');
      const saintOmer = item(el, 'cpt-saint-omer');
      expect(text(saintOmer.querySelector('[part~="when"]'))).to.equal('samedi 4 avril 2026, 14:00 – 17:00');
      expect(text(saintOmer.querySelector('[part~="badge-closed"]'))).to.equal('Inscriptions closes');
      expect(saintOmer.querySelector('[part~="register-button"]')).to.equal(null);
      expect(item(el, 'cpt-arras')).to.equal(null);
      await expectAxeClean(el);
    });

    it('"Ajouter à mon agenda": each comptoir links to its own .ics, and the whole agenda to comptoirs.ics', async () => {
      const el = await agenda();
      const hrefs = $$<HTMLAnchorElement>(el, '[part~="comptoir"] [part~="ics-link"]').map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(
        ['lens', 'visio', 'calais', 'bethune', 'saint-omer'].map((id) => `${COMPTOIRS}/cpt-${id}.ics`),
      );
      const all = $<HTMLAnchorElement>(el, '[part~="ics-all"]')!;
      expect(all.getAttribute('href')).to.equal(`${COMPTOIRS}.ics`);
      expect(text(all)).to.equal('Ajouter tous les comptoirs à mon agenda');
      expect(text(item(el, 'cpt-lens').querySelector('[part~="ics-link"]'))).to.equal(
        'Ajouter à mon agenda : Comptoir à initiatives citoyennes de Lens, samedi 14 février 2026',
      );
      // The link serves a calendar with the comptoir at 09:30 Paris time.
      const calendar = await (await fetch(hrefs[0]!)).text();
      expect(calendar).to.contain('BEGIN:VCALENDAR');
      expect(calendar).to.contain('DTSTART;TZID=Europe/Paris:20260214T093000');
      expect(calendar).to.contain('SUMMARY:Comptoir à initiatives citoyennes de Lens');
    });

    it('past comptoirs: behind a toggle that says how many, without actions', async () => {
      const el = await agenda();
      const toggle = $<HTMLButtonElement>(el, '[part~="past-toggle"]')!;
      expect(text(toggle)).to.equal('Voir les comptoirs passés (1)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#bc-past')!.hidden).to.equal(true);
      toggle.click();
      await waitForState(el, () => toggle.getAttribute('aria-expanded') === 'true');
      expect(toggle.getAttribute('aria-controls')).to.equal('bc-past');
      expect(text(toggle)).to.equal('Masquer les comptoirs passés');
      expect(titles(el, '#bc-past')).to.deep.equal(['Comptoir à initiatives citoyennes d’Arras']);
      expect($(el, '#bc-past [part~="register-button"]')).to.equal(null);
      expect($(el, '#bc-past [part~="badge"]')).to.equal(null);
      await expectAxeClean(el);
    });

    it('heading-level: months and the past toggle at that level, each comptoir one below', async () => {
      const el = await agenda(html`<bc-comptoir-agenda api-base=${API} heading-level="2"></bc-comptoir-agenda>`);
      const tags = (selector: string) => new Set($$(el, selector).map((h) => h.localName));
      expect(tags('[part~="month-title"]')).to.deep.equal(new Set(['h2']));
      expect(tags('.past-heading')).to.deep.equal(new Set(['h2']));
      $<HTMLButtonElement>(el, '[part~="past-toggle"]')!.click();
      await waitForState(el, () => $(el, '#bc-past [part~="comptoir-title"]'));
      expect(tags('[part~="comptoir-title"]')).to.deep.equal(new Set(['h3']));
      await expectAxeClean(el);
    });

    it('empty: says no comptoir is coming and points to the calendar subscription', async () => {
      useFixture((f) => ({ ...f, comptoirs: [], registrations: [] }));
      const el = await agenda();
      expect(text($(el, '[part~="state-empty"]'))).to.match(/^Aucun comptoir à venir pour le moment\./);
      expect(text($(el, '[part~="count"]'))).to.equal('Aucun comptoir à venir.');
      expect($(el, '[part~="ics-all"]')).to.not.equal(null);
      expect($(el, '[part~="past-toggle"]')).to.equal(null);
      await expectAxeClean(el);
    });

    it('empty for a commune: offers its arrondissement, then everything', async () => {
      const before = listRequests().length;
      const el = await agenda(html`<bc-comptoir-agenda api-base=${API} commune="62041"></bc-comptoir-agenda>`);
      expect(listRequests()[before]!.searchParams.get('commune')).to.equal('62041');
      await waitForState(el, () => $(el, '[part~="widen-button"]'));
      expect(text($(el, '[part~="state-empty"]'))).to.equal('Aucun comptoir à venir ne correspond à ces critères.');
      expect(text($(el, '[part~="widen-button"]'))).to.equal("Élargir à l’arrondissement : Arras");
      await expectAxeClean(el);
      $(el, '[part~="widen-button"]')!.click();
      await waitForState(el, () => listQuery().get('arrondissement') === '621');
      expect(listQuery().has('commune')).to.equal(false);
      await waitForState(el, () => $(el, '[part~="reset-button"]'));
      $(el, '[part~="reset-button"]')!.click();
      await waitForState(el, () => titles(el).length === 5);
      expect([...listQuery().keys()]).to.deep.equal(['limit']);
    });

    it('error then retry: says what happened and recovers on "Réessayer"', async () => {
      worker.use(http.get(COMPTOIRS_ROUTE, () => problem(429, 'rate_limited', { detail: 'Too many requests', headers: { 'Retry-After': '3600' } }), { once: true }));
      const el = await agenda();
      await expectRetryRecovers(el, () => titles(el).length === 5, 'Trop de demandes');
    });

    it('campaign error then retry', async () => {
      worker.use(http.get(`${API}/campaigns`, () => problem(403, 'forbidden'), { once: true }));
      const el = await agenda();
      await expectRetryRecovers(el, () => titles(el).length === 5, 'Vous n’avez pas accès');
    });

    it('closed phase: says the period is over, with its dates, by the server clock', async () => {
      useFixture(undefined, '2026-06-15T10:00:00+02:00');
      const el = await agenda();
      await waitForState(el, () => $(el, '[part~="past-toggle"]'));
      expect(text($(el, '[part~="phase-notice"]'))).to.equal(
        'Les comptoirs de cette édition ont eu lieu du 5 janvier 2026 au 30 avril 2026 : les inscriptions sont closes.',
      );
      expect($(el, '[part~="list"]')).to.equal(null);
      expect($(el, '[part~="state-empty"]')).to.equal(null);
      expect(text($(el, '[part~="past-toggle"]'))).to.equal('Voir les comptoirs passés (6)');
      await expectAxeClean(el);
    });

    it('before the period: says when registrations open', async () => {
      useFixture(undefined, '2025-12-15T10:00:00+01:00');
      const el = await agenda();
      await waitForState(el, () => titles(el).length === 6);
      expect(text($(el, '[part~="phase-notice"]'))).to.equal('Les inscriptions aux comptoirs ouvriront le 5 janvier 2026.');
      expect(titles(el)).to.have.length(6);
      expect($(el, '[part~="register-button"]')).to.equal(null);
      await expectAxeClean(el);
    });

    it('renders in English with lang="en"', async () => {
      const el = await agenda(html`<bc-comptoir-agenda api-base=${API} lang="en"></bc-comptoir-agenda>`);
      expect(text($(el, '[part~="count"]'))).to.equal('5 upcoming comptoirs');
      expect(text($(el, '[part~="month-title"]'))).to.equal('February 2026');
      expect(text(item(el, 'cpt-lens').querySelector('[part~="when"]'))).to.equal('Saturday, 14 February 2026, 09:30 – 12:30');
      expect(text(item(el, 'cpt-lens').querySelector('[part~="seats"]'))).to.equal('12 seats left of 25');
      expect(text(item(el, 'cpt-visio').querySelector('[part~="where"]'))).to.equal('Online');
      // The comptoirs' own texts stay French, and say so; the widget's words do not.
      expect(item(el, 'cpt-lens').querySelector('[part~="comptoir-title"]')!.getAttribute('lang')).to.equal('fr');
      expect(item(el, 'cpt-lens').querySelector('[part~="where"]')!.getAttribute('lang')).to.equal('fr');
      expect(item(el, 'cpt-visio').querySelector('[part~="where"]')!.hasAttribute('lang')).to.equal(false);
      await expectAxeClean(el);
    });
  });

  describe('filters', () => {
    it('each filter asks the API with its query parameter', async () => {
      const el = await agenda();
      await waitForState(el, () => $$(el, 'select[name="commune"] option').length > 1);
      expect(listQuery().get('limit')).to.equal('100');

      await choose(el, 'arrondissement', '627');
      expect(listQuery().get('arrondissement')).to.equal('627');
      expect(titles(el)).to.deep.equal(['Comptoir à initiatives citoyennes de Lens']);
      // The commune list narrows to the arrondissement.
      expect($$<HTMLOptionElement>(el, 'select[name="commune"] option').map((o) => o.value)).to.deep.equal(['', '62498', '62510']);

      await choose(el, 'commune', '62498');
      expect(listQuery().get('commune')).to.equal('62498');
      expect(listQuery().get('arrondissement')).to.equal('627');

      await choose(el, 'arrondissement', '');
      await choose(el, 'commune', '');
      await choose(el, 'format', 'online');
      expect(listQuery().get('format')).to.equal('online');
      expect(listQuery().has('arrondissement')).to.equal(false);
      expect(titles(el)).to.deep.equal(['Comptoir en visioconférence']);
      expect(text($(el, '[part~="count"]'))).to.equal('1 comptoir à venir');
      await expectAxeClean(el);
    });

    it('attributes pre-filter for a commune page, and the filters show it', async () => {
      const before = listRequests().length;
      const el = await agenda(html`<bc-comptoir-agenda api-base=${API} commune="62498" format="in-person"></bc-comptoir-agenda>`);
      // The very first request is already filtered: no flash of every comptoir.
      expect(listRequests()[before]!.search).to.equal('?limit=100&commune=62498&format=in-person');
      expect(titles(el)).to.deep.equal(['Comptoir à initiatives citoyennes de Lens']);
      expect($<HTMLSelectElement>(el, 'select[name="commune"]')!.value).to.equal('62498');
      expect($<HTMLSelectElement>(el, 'select[name="format"]')!.value).to.equal('in-person');
      el.setAttribute('arrondissement', '622');
      el.removeAttribute('commune');
      await waitForState(el, () => listQuery().get('arrondissement') === '622' && titles(el).length === 1);
      expect(titles(el)).to.deep.equal(['Comptoir à initiatives citoyennes de Béthune']);
      await expectAxeClean(el);
    });
  });
});
