import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { Campaign } from '@budget-citoyen/sdk';
import { FIXTURE_CAMPAIGN_2026, type Fixture } from '@budget-citoyen/mock-server/testing';
import {
  $,
  API,
  CAMPAIGN_ID,
  expectAxeClean,
  project,
  requestsTo,
  resetMock,
  served,
  startWorker,
  text,
  useFixture,
  waitForState,
  requests,
} from '../../test/index.js';
import { resetSharedClients } from './client.js';
import '../provider/define.js';
import '../card/define.js';
import '../gallery/define.js';
import type { BcProjectCard } from '../card/project-card.js';
import type { BcProjectGallery } from '../gallery/project-gallery.js';
import type { BcApiController } from './api-controller.js';
import { BcElement } from './bc-element.js';
import { formatCountdown, formatDateTime, formatMoney } from './format.js';
import { renderError } from './states.js';
import { ServerClock, phaseState } from './server-clock.js';
import { render } from 'lit';
import { NetworkError } from '@budget-citoyen/sdk';

const apiOf = (el: Element) => (el as unknown as { api: BcApiController }).api;
const cardReady = (el: BcProjectCard) => () => $(el, '[part~="card"]');

describe('base', () => {
  before(() => startWorker());
  afterEach(() => {
    resetMock();
    document.documentElement.removeAttribute('lang');
  });

  describe('define()', () => {
    it('ignores a second registration of the same tag instead of throwing', () => {
      class First extends BcElement {}
      class Second extends BcElement {}
      expect(() => First.define('bc-test-twice')).not.to.throw();
      expect(() => First.define('bc-test-twice')).not.to.throw();
      expect(() => Second.define('bc-test-twice')).not.to.throw();
      expect(customElements.get('bc-test-twice')).to.equal(First);
    });

    it('warns when another version holds the tag', () => {
      class Old extends BcElement {
        static override readonly version = '0.0.1';
      }
      Old.define('bc-test-version');
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        class Current extends BcElement {}
        Current.define('bc-test-version');
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('0.0.1');
    });

    it('registers the real widgets once, even when their define files are imported again', async () => {
      await import('../gallery/define.js');
      await import('../cdn.js');
      expect(customElements.get('bc-project-gallery')).to.exist;
      expect(customElements.get('bc-provider')).to.exist;
    });
  });

  describe('emit()', () => {
    it('dispatches bc- events that bubble out of shadow roots and can be cancelled', async () => {
      const el = await fixture<BcElement>(html`<bc-provider api-base=${API}></bc-provider>`);
      let received: CustomEvent | undefined;
      document.addEventListener('bc-project-select', (e) => (received = e), { once: true });
      const event = el.emit('bc-project-select', { projectId: 'p', category: 'c' }, { cancelable: true });
      expect(received).to.equal(event);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.detail).to.deep.equal({ projectId: 'p', category: 'c' });
    });
  });

  describe('out of the page', () => {
    it('a widget asks nothing, nor fills the shared client; put back, it asks again', async () => {
      const el = await fixture<BcProjectCard>(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`);
      await waitForState(el, cardReady(el));
      const parent = el.parentElement!;
      el.remove();
      // As between two tests, or a page that starts afresh: the next widget gets a new client.
      resetSharedClients();
      const campaignRequests = () => requests().filter((r) => !new URL(r.url).pathname.includes('/projects')).length;
      const before = campaignRequests();
      el.headingLevel = 2; // an update while out of the page
      await aTimeout(200);
      expect(campaignRequests()).to.equal(before);
      parent.append(el);
      await waitForState(el, () => campaignRequests() > before && $(el, 'h2[part~="card-title"]'));
      expect(text($(el, '[part~="card-title"]'))).to.equal(project('prj-001').title);
    });

    it("a widget's own loads wait too; put back, it shows what was asked meanwhile", async () => {
      const el = await fixture<BcProjectCard>(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`);
      await waitForState(el, cardReady(el));
      const parent = el.parentElement!;
      el.remove();
      const projectRequests = () => requests().filter((r) => new URL(r.url).pathname.includes('/projects/')).length;
      const before = projectRequests();
      el.projectId = 'prj-002';
      let updated = false;
      void el.updateComplete.then(() => (updated = true));
      await aTimeout(200);
      expect(projectRequests()).to.equal(before);
      expect(updated, 'no update while out of the page').to.equal(false);
      parent.append(el);
      await waitForState(el, () => text($(el, '[part~="card-title"]')) === project('prj-002').title);
      expect(projectRequests()).to.equal(before + 1);
      expect(updated).to.equal(true);
    });
  });

  describe('<bc-provider>', () => {
    it('shares one client and one campaign request with the widgets inside it', async () => {
      const el = await fixture(html`<bc-provider api-base=${API}>
        <bc-project-card project-id="prj-001"></bc-project-card>
        <div><bc-project-card project-id="prj-002"></bc-project-card></div>
        <bc-project-gallery></bc-project-gallery>
      </bc-provider>`);
      const [a, b] = [...el.querySelectorAll('bc-project-card')] as BcProjectCard[];
      const gallery = el.querySelector('bc-project-gallery') as BcProjectGallery;
      await waitForState(a!, cardReady(a!));
      await waitForState(b!, cardReady(b!));
      await waitForState(gallery, () => $(gallery, '[part~="list"]'));
      expect(apiOf(a!).client).to.equal(apiOf(b!).client);
      expect(apiOf(a!).client).to.equal(apiOf(gallery).client);
      expect(apiOf(a!).apiBase).to.equal(API);
      expect(requestsTo('/campaigns')).to.have.length(1);
      await expectAxeClean(el);
    });

    it('passes its campaign and its language down; a widget attribute wins', async () => {
      useFixture((f) => ({ ...f, campaigns: [...f.campaigns, { ...FIXTURE_CAMPAIGN_2026, id: 'bc-2025', title: '2025' }] }));
      const el = await fixture(html`<bc-provider api-base=${API} campaign=${CAMPAIGN_ID} lang="en">
        <bc-project-card project-id="prj-001"></bc-project-card>
        <bc-project-card project-id="prj-001" lang="fr"></bc-project-card>
      </bc-provider>`);
      const [en, fr] = [...el.querySelectorAll('bc-project-card')] as BcProjectCard[];
      await waitForState(en!, cardReady(en!));
      await waitForState(fr!, cardReady(fr!));
      expect(apiOf(en!).campaign?.id).to.equal(CAMPAIGN_ID);
      expect(text($(en!, 'dl'))).to.contain('Amount requested');
      expect(text($(fr!, 'dl'))).to.contain('Montant demandé');
      // By id, not through the list of campaigns.
      expect(requestsTo('/campaigns')).to.have.length(0);
      expect(requestsTo(`/campaigns/${CAMPAIGN_ID}`)).to.have.length(1);
    });

    it('lets a page inject its own client', async () => {
      const { createClient } = await import('@budget-citoyen/sdk');
      const calls: string[] = [];
      const client = createClient({
        baseUrl: API,
        fetch: (input, init) => {
          calls.push(String(input instanceof Request ? input.url : input));
          return fetch(input, init);
        },
      });
      const el = await fixture(html`<bc-provider .client=${client}>
        <bc-project-card project-id="prj-003"></bc-project-card>
      </bc-provider>`);
      const card = el.querySelector('bc-project-card') as BcProjectCard;
      await waitForState(card, cardReady(card));
      expect(apiOf(card).client).to.equal(client);
      expect(calls.some((u) => u.endsWith('/projects/prj-003'))).to.equal(true);
    });
  });

  describe('language', () => {
    it('follows <html lang>, French when absent, and switches fr ↔ en on the fly', async () => {
      const card = await fixture<BcProjectCard>(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`);
      await waitForState(card, cardReady(card));
      expect(card.locale).to.equal('fr');
      expect(text($(card, 'dl'))).to.contain('Montant demandé');
      expect(text($(card, '[part~="card-amount"]'))).to.match(/^\d[\d ]* €$/);

      document.documentElement.lang = 'en-GB';
      await waitForState(card, () => text($(card, 'dl')).includes('Amount requested'));
      expect(text($(card, '[part~="card-amount"]'))).to.match(/^€\d[\d,]*$/);

      card.lang = 'fr';
      await waitForState(card, () => text($(card, 'dl')).includes('Montant demandé'));
      expect(card.getAttribute('lang')).to.equal('fr');
      card.lang = 'en';
      await waitForState(card, () => text($(card, 'dl')).includes('Amount requested'));
      await expectAxeClean(card);
    });

    it('renders two widgets of one page in two languages', async () => {
      const el = await fixture(html`<div>
        <bc-project-card api-base=${API} project-id="prj-001" lang="fr"></bc-project-card>
        <bc-project-card api-base=${API} project-id="prj-001" lang="en"></bc-project-card>
      </div>`);
      const [fr, en] = [...el.querySelectorAll('bc-project-card')] as BcProjectCard[];
      await waitForState(fr!, cardReady(fr!));
      await waitForState(en!, cardReady(en!));
      expect(text($(fr!, 'dl'))).to.contain('Porté par');
      expect(text($(en!, 'dl'))).to.contain('Led by');
    });

    it('says what went wrong from the error code, in the widget language', async () => {
      const host = document.createElement('div');
      const error = new NetworkError({ code: 'network_error' });
      const { loadTranslations, withLang } = await import('./i18n.js');
      await loadTranslations('en'); // outside an element, nothing else fetches the English strings
      withLang('fr', () => render(renderError(error, () => undefined), host));
      expect(text(host)).to.contain('injoignable');
      expect(text(host)).to.contain('Réessayer');
      withLang('en', () => render(renderError(error, () => undefined), host));
      expect(text(host)).to.contain('cannot be reached');
      expect(text(host)).to.contain('Try again');
    });
  });

  describe('server clock', () => {
    const YEAR = 365 * 24 * 3600 * 1000;
    const iso = (ms: number) => new Date(ms).toISOString();
    /**
     * The mock's clock on `serverNow`, its campaign's vote from `voteStart` to `voteEnd`: a window
     * nowhere near the device's clock. The projects are public from a day before.
     */
    function campaignAround(serverNow: number, voteStart: number, voteEnd: number): void {
      useFixture(
        (f: Fixture) => ({
          ...f,
          campaigns: f.campaigns.map((c) => ({
            ...c,
            phases: c.phases.map((p) => (p.id === 'vote' ? { ...p, start: iso(voteStart), end: iso(voteEnd) } : p)),
          })),
          projects: f.projects.map((p) => ({ ...p, labelledAt: iso(serverNow - 24 * 3600_000) })),
        }),
        iso(serverNow),
      );
    }

    it('decides "open" with the server time, not the device time', async () => {
      const server = Date.now() + 10 * YEAR; // the device is ten years behind
      campaignAround(server, server - 3600_000, server + 3600_000);
      const card = await fixture<BcProjectCard>(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`);
      await waitForState(card, cardReady(card));
      expect(apiOf(card).isOpen('vote')).to.equal(true);
      expect($(card, '[part~="vote-button"]')).to.exist;
    });

    it('keeps the vote closed when only the device clock is in the vote window', async () => {
      const device = Date.now();
      campaignAround(device - 2 * YEAR, device - 3600_000, device + 3600_000);
      const card = await fixture<BcProjectCard>(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`);
      await waitForState(card, cardReady(card));
      expect(apiOf(card).phase('vote')).to.equal('upcoming');
      expect($(card, '[part~="vote-button"]')).to.equal(null);
    });

    it('advances with the monotonic clock from the server instant', async () => {
      const campaign = await served<Campaign>(`/campaigns/${CAMPAIGN_ID}`);
      const clock = new ServerClock('2026-09-15T10:00:00+02:00', performance.now() - 5000);
      const elapsed = clock.now() - Date.parse('2026-09-15T08:00:00Z');
      expect(elapsed).to.be.within(5000, 6000);
      expect(phaseState(campaign, 'vote', clock.now())).to.equal('open');
      expect(phaseState(campaign, 'resultats', clock.now())).to.equal('upcoming');
      expect(phaseState(campaign, 'depot', clock.now())).to.equal('past');
    });

    it('re-renders when a phase opens while the page is open', async () => {
      const server = Date.now() + 10 * YEAR;
      campaignAround(server, server + 300, server + 3600_000);
      const card = await fixture<BcProjectCard>(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`);
      await waitForState(card, cardReady(card));
      expect($(card, '[part~="vote-button"]')).to.equal(null);
      await waitForState(card, () => $(card, '[part~="vote-button"]'), 'vote did not open', 3000);
    });
  });

  describe('format', () => {
    it('formats money, dates in Europe/Paris, and countdowns', () => {
      expect(formatMoney(1_250_000, 'fr')).to.equal('12\u202f500\u00a0€');
      expect(formatMoney(1_250_050, 'en')).to.equal('€12,500.50');
      expect(formatDateTime('2026-09-14T22:30:00Z', 'fr')).to.equal('15 septembre 2026 à 00:30');
      expect(formatDateTime('2026-09-14T22:30:00Z', 'en')).to.equal('15 September 2026 at 00:30');
      expect(formatCountdown((3 * 24 + 4) * 3600_000 + 59_000, 'fr').replace(/\s/g, ' ')).to.equal('3 jours 4 heures');
      expect(formatCountdown(61_000, 'en')).to.equal('1 minute 1 second');
      expect(formatCountdown(-5, 'en')).to.equal('0 seconds');
    });
  });
});
