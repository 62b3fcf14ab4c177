import { expect, fixture, html } from '@open-wc/testing';
import { FIXTURE_TIMES } from '@budget-citoyen/mock-server/testing';
import { $, $$, API, CAMPAIGN_ID, expectAxeClean, itLoadsItsCampaign, resetMock, text, useFixture, useWorker, waitForState } from '../../test/index.js';
import type { BcCampaignTimeline } from './campaign-timeline.js';
import './define.js';

const PHASES = ['comptoirs', 'depot', 'labellisation', 'vote', 'resultats'];

/** A timeline of the fixture's campaign, the mock's clock at `now`, rendered. */
async function timeline(now: string, attributes = html``, layout = 'full'): Promise<BcCampaignTimeline> {
  useFixture(undefined, now);
  const wrapper = await fixture(html`<div>
    <bc-campaign-timeline api-base=${API} campaign=${CAMPAIGN_ID} layout=${layout}>${attributes}</bc-campaign-timeline>
  </div>`);
  const el = wrapper.querySelector('bc-campaign-timeline')!;
  await waitForState(el, () => $$(el, '[part~="phase"]').length === 5, 'no phases');
  return el;
}

const phase = (el: Element, id: string) => $$(el, '[part~="phase"]')[PHASES.indexOf(id)]!;
const stateOf = (el: Element, id: string) => text(phase(el, id).querySelector('[part~="state"]'));
const current = (el: Element) => $$(el, '[aria-current]').map((li) => PHASES[$$(el, '[part~="phase"]').indexOf(li)]);

describe('<bc-campaign-timeline>', () => {
  useWorker();

  itLoadsItsCampaign(
    () => html`<bc-campaign-timeline api-base=${API} campaign=${CAMPAIGN_ID}></bc-campaign-timeline>`,
    (el) => $$(el, '[part~="phase"]').length === 5,
  );

  it('before anything opens: five phases to come, none current, the first two opening in 21 days', async () => {
    const el = await timeline(FIXTURE_TIMES.beforeComptoirs);
    expect($$(el, '[part~="phase-name"]').map(text)).to.deep.equal([
      'Comptoirs à initiatives citoyennes',
      'Dépôt des dossiers',
      'Labellisation',
      'Vote',
      'Résultats',
    ]);
    expect($(el, 'ol[part~="list"]')).to.exist;
    expect(current(el)).to.deep.equal([]);
    expect(stateOf(el, 'comptoirs')).to.equal('À venir : ouvre dans 21 jours');
    expect(stateOf(el, 'depot')).to.equal('À venir : ouvre dans 21 jours');
    expect(stateOf(el, 'vote')).to.equal('À venir');
    expect($$(el, '[part~="phase-upcoming"]')).to.have.length(5);
    expect(text(phase(el, 'vote').querySelector('[part~="dates"]'))).to.match(/^1\s?–\s?30 septembre 2026$/);
    await expectAxeClean(el);
  });

  it('comptoirs and dépôt overlapping: both open, the dépôt current (the latest-starting, later in the process)', async () => {
    const el = await timeline(FIXTURE_TIMES.comptoirs);
    expect(stateOf(el, 'comptoirs')).to.equal('En cours');
    expect(stateOf(el, 'depot')).to.equal('En cours : se termine dans 59 jours');
    expect(current(el)).to.deep.equal(['depot']);
    expect(phase(el, 'depot').getAttribute('aria-current')).to.equal('step');
    expect($$(el, '[part~="phase-open"]')).to.have.length(2);
    expect(stateOf(el, 'labellisation')).to.equal('À venir');
    await expectAxeClean(el);
  });

  it('the dépôt’s last days: "demain", then "aujourd’hui", by the Paris calendar', async () => {
    let el = await timeline('2026-04-09T22:30:00+02:00');
    expect(stateOf(el, 'depot')).to.equal('En cours : se termine demain');
    resetMock();
    el = await timeline('2026-04-10T00:30:00+02:00');
    expect(stateOf(el, 'depot')).to.equal('En cours : se termine aujourd’hui');
    expect(stateOf(el, 'comptoirs')).to.equal('En cours');
  });

  /** Moments of the campaign: the phase current then, what some phases say, how many are over. */
  const moments: Array<{ name: string; now: string; current: string[]; states: Record<string, string>; past?: number }> = [
    {
      name: 'labelling: current, the comptoirs and the dépôt over',
      now: '2026-05-12T10:00:00+02:00',
      current: ['labellisation'],
      states: { comptoirs: 'Étape terminée', depot: 'Étape terminée', labellisation: 'En cours : se termine dans 19 jours' },
      past: 2,
    },
    {
      name: 'between two phases: none current, the vote opening in 78 days',
      now: FIXTURE_TIMES.beforeVote,
      current: [],
      states: { labellisation: 'Étape terminée', vote: 'À venir : ouvre dans 78 jours' },
    },
    {
      name: 'the vote: current, ending in 15 days',
      now: FIXTURE_TIMES.vote,
      current: ['vote'],
      states: { vote: 'En cours : se termine dans 15 jours', resultats: 'À venir' },
    },
  ];
  for (const moment of moments) {
    it(moment.name, async () => {
      const el = await timeline(moment.now);
      expect(current(el)).to.deep.equal(moment.current);
      for (const [id, state] of Object.entries(moment.states)) expect(stateOf(el, id), id).to.equal(state);
      if (moment.past !== undefined) expect($$(el, '[part~="phase-past"]')).to.have.length(moment.past);
      await expectAxeClean(el);
    });
  }

  it('the results: current; once they end, every phase over and no countdown', async () => {
    let el = await timeline(FIXTURE_TIMES.results);
    expect(current(el)).to.deep.equal(['resultats']);
    expect(stateOf(el, 'resultats')).to.equal('En cours : se termine dans 77 jours');
    resetMock();
    el = await timeline('2027-02-01T10:00:00+01:00');
    expect(current(el)).to.deep.equal([]);
    expect($$(el, '[part~="phase-past"]')).to.have.length(5);
    expect($$(el, '[part~="state"]').map(text)).to.deep.equal(Array(5).fill('Étape terminée'));
    await expectAxeClean(el);
  });

  it('renders again at the boundary, by the server’s clock: the vote opens while the page is open', async () => {
    const el = await timeline('2026-08-31T23:59:59.400+02:00');
    expect(stateOf(el, 'vote')).to.equal('À venir : ouvre demain');
    await waitForState(el, () => current(el)[0] === 'vote', 'the vote never opened', 5000);
    expect(stateOf(el, 'vote')).to.equal('En cours : se termine dans 29 jours');
  });

  it('links each phase’s name to the page’s section (http(s) only), and shows the page’s slotted content', async () => {
    const el = await timeline(
      FIXTURE_TIMES.comptoirs,
      html`<a slot="depot" href="#deposer">Déposer un dossier</a>`,
    );
    el.setAttribute('comptoirs-url', '#agenda');
    el.setAttribute('vote-url', 'javascript:alert(1)');
    await el.updateComplete;
    const link = phase(el, 'comptoirs').querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(new URL('#agenda', document.baseURI).href);
    expect(text(link)).to.equal('Comptoirs à initiatives citoyennes');
    expect(phase(el, 'vote').querySelector('a')).to.equal(null);
    const slot = phase(el, 'depot').querySelector<HTMLSlotElement>('slot[name="depot"]')!;
    expect(slot.assignedElements().map(text)).to.deep.equal(['Déposer un dossier']);
    await expectAxeClean(el);
  });

  it('compact: names and states in a row, no dates nor slotted content', async () => {
    const el = await timeline(FIXTURE_TIMES.vote, html`<a slot="vote" href="#voter">Voter</a>`, 'compact');
    expect(getComputedStyle($(el, 'ol')!).display).to.equal('flex');
    expect($$(el, '[part~="dates"]').every((p) => getComputedStyle(p).display === 'none')).to.equal(true);
    expect(getComputedStyle(phase(el, 'vote').querySelector('slot')!).display).to.equal('none');
    expect(stateOf(el, 'vote')).to.equal('En cours : se termine dans 15 jours');
    await expectAxeClean(el);
  });

  it('fits 320 px without scrolling sideways, in both layouts', async () => {
    for (const layout of ['full', 'compact']) {
      const el = await timeline(FIXTURE_TIMES.comptoirs, html``, layout);
      el.style.width = '320px';
      await el.updateComplete;
      expect(el.scrollWidth, layout).to.be.at.most(320);
      resetMock();
    }
  });

  it('in English, from its lang', async () => {
    const el = await timeline(FIXTURE_TIMES.beforeComptoirs);
    el.lang = 'en';
    await el.updateComplete;
    expect(text(phase(el, 'depot').querySelector('[part~="phase-name"]'))).to.equal('Submission of dossiers');
    expect(stateOf(el, 'depot')).to.equal('Upcoming: opens in 21 days');
    expect(text(phase(el, 'depot').querySelector('[part~="dates"]'))).to.match(/^5 January\s?–\s?10 April 2026$/);
    await expectAxeClean(el);
  });
});
