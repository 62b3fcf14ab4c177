import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ballotsFor, fixtureProject } from '@budget-citoyen/mock-server/testing';
import type { Project } from '@budget-citoyen/sdk';
import { delay, http, HttpResponse } from 'msw';
import {
  $,
  API,
  CAMPAIGN_ID,
  RESULTS_NOW,
  VOTE_OPEN_NOW,
  expectAxeClean,
  expectBusyWhileLoading,
  expectRetryRecovers,
  problem,
  project,
  requestsTo,
  served,
  text,
  useFixture,
  useWorker,
  waitForState,
  worker,
} from '../../test/index.js';
import '../provider/define.js';
import { clientFor, normalizeApiBase, type BcClient } from '../base/client.js';
import './define.js';
import type { BcProjectCard } from './project-card.js';

const PROJECT = `${API}/campaigns/:campaignId/projects/:projectId`;

async function card(id = 'prj-004', extra = html``) {
  const el = await fixture<BcProjectCard>(html`<div>
    <bc-project-card api-base=${API} project-id=${id}></bc-project-card>${extra}
  </div>`);
  return el.querySelector('bc-project-card')!;
}

describe('<bc-project-card>', () => {
  useWorker();

  it('loading: a busy region with a polite status', async () => {
    worker.use(http.get(PROJECT, () => delay('infinite')));
    await expectBusyWhileLoading(html`<bc-project-card api-base=${API} project-id="prj-004"></bc-project-card>`, '/projects/prj-004', 'Chargement du projet…');
  });

  it('ok: the project with the same rendering as the gallery', async () => {
    const el = await card();
    await waitForState(el, () => $(el, '[part~="card"]'));
    const p = await served<Project>(`/campaigns/${CAMPAIGN_ID}/projects/prj-004`);
    expect(text($(el, '[part~="card-title"]'))).to.equal(p.title);
    expect($(el, '[part~="card-title"] a')).to.equal(null);
    expect($<HTMLImageElement>(el, '[part~="card-image"]')!.alt).to.equal(p.image!.alt);
    expect(text($(el, '[part~="card-meta"]'))).to.contain(p.holder.name).and.contain(p.commune.name);
    expect(text($(el, '[part~="badge-category"]'))).to.equal('Coopération');
    expect(requestsTo('/projects/prj-004')).to.have.length(1);
    await expectAxeClean(el);
  });

  it('links its title to href, and offers the vote while it is open', async () => {
    const el = await fixture<BcProjectCard>(
      html`<bc-project-card api-base=${API} project-id="prj-004" href="/projets/4" ballot-url="/voter"></bc-project-card>`,
    );
    await waitForState(el, () => $(el, '[part~="card"]'));
    expect($<HTMLAnchorElement>(el, '[part~="card-title"] a')!.href).to.equal(`${location.origin}/projets/4`);
    const vote = $<HTMLAnchorElement>(el, 'a[part~="vote-button"]')!;
    expect(vote.href).to.equal(`${location.origin}/voter?projet=prj-004`);
    el.addEventListener('bc-project-select', (e) => e.preventDefault(), { once: true });
    setTimeout(() => vote.click());
    const event = await oneEvent(el, 'bc-project-select');
    expect(event.detail).to.deep.equal({ projectId: 'prj-004', category: 'cooperation' });
    await expectAxeClean(el);
  });

  it('final results: the winner badge, no vote', async () => {
    const only = [fixtureProject(4)];
    useFixture((f) => ({ ...f, projects: only, ballots: ballotsFor({ 'prj-004': 1234 }, only) }), RESULTS_NOW);
    const el = await card();
    await waitForState(el, () => $(el, '[part~="card"]'));
    expect(text($(el, '[part~="badge-winner"]'))).to.equal('Lauréat');
    expect(text($(el, '[part~="card-meta"]'))).to.contain('1 234');
    expect($(el, '[part~="vote-button"]')).to.equal(null);
    await expectAxeClean(el);
  });

  it('during a vote with live results: the API gives the votes, the card does not show them', async () => {
    const only = [fixtureProject(4)];
    useFixture(
      (f) => ({
        ...f,
        campaigns: f.campaigns.map((c) => ({ ...c, voting: { ...c.voting, liveResults: true } })),
        projects: only,
        ballots: ballotsFor({ 'prj-004': 1234 }, only, { castAt: '2026-09-14T20:00:00+02:00' }),
      }),
      VOTE_OPEN_NOW,
    );
    const el = await card();
    await waitForState(el, () => $(el, '[part~="vote-button"]'));
    const p = await served<Project>(`/campaigns/${CAMPAIGN_ID}/projects/prj-004`);
    expect(p.votes).to.equal(1234);
    expect(text($(el, '[part~="card-meta"]'))).not.to.contain('Votes');
    expect(text($(el, '[part~="card-meta"]'))).not.to.contain('1 234');
    await expectAxeClean(el);
  });

  it('404: says the project is unknown, without a pointless retry', async () => {
    const el = await card('prj-inconnu');
    await waitForState(el, () => $(el, '[part~="state-error"]'));
    expect(text($(el, '[part~="state-error"]'))).to.equal("Ce projet est introuvable ou n’a pas été labellisé.");
    expect($(el, '[part~="retry-button"]')).to.equal(null);
    await expectAxeClean(el);
  });

  it('error then retry', async () => {
    worker.use(http.get(PROJECT, () => problem(429, 'rate_limited', { detail: 'Too many', headers: { 'Retry-After': '3600' } }), { once: true }));
    const el = await card();
    await expectRetryRecovers(el, () => $(el, '[part~="card"]'), 'Trop de demandes');
  });

  it('English with lang="en"', async () => {
    const el = await fixture<BcProjectCard>(html`<bc-project-card api-base=${API} project-id="prj-404" lang="en"></bc-project-card>`);
    await waitForState(el, () => $(el, '[part~="state-error"]'));
    expect(text($(el, '[part~="state-error"]'))).to.equal('This project cannot be found or has not been approved.');
  });

  it('heading-level: the title fits the page\'s outline (h3 by default, h3 again for a level out of 1–6)', async () => {
    const el = await card();
    await waitForState(el, () => $(el, '[part~="card"]'));
    expect($(el, '[part~="card-title"]')!.localName).to.equal('h3');
    el.headingLevel = 2;
    await el.updateComplete;
    expect($(el, '[part~="card-title"]')!.localName).to.equal('h2');
    expect(text($(el, 'h2'))).to.equal(project('prj-004').title);
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect($(el, '[part~="card-title"]')!.localName).to.equal('h3');
  });

  it('follows a change of project-id', async () => {
    const el = await card();
    await waitForState(el, () => $(el, '[part~="card"]'));
    el.projectId = 'prj-005';
    await waitForState(el, () => text($(el, '[part~="card-title"]')) === project('prj-005').title);
  });

  it('inside a provider of another script, whose client lacks the projects: takes its own client', async () => {
    // As depot.js's provider around budget-citoyen.js's widgets: a client built for other widgets.
    const foreign = { campaigns: clientFor(normalizeApiBase(API)).campaigns } as unknown as BcClient;
    const box = await fixture(html`<bc-provider api-base=${API} .client=${foreign}><bc-project-card project-id="prj-004"></bc-project-card></bc-provider>`);
    const el = box.querySelector('bc-project-card')!;
    await waitForState(el, () => $(el, '[part~="card"]'), 'the project');
    expect(text($(el, '[part~="card-title"]'))).to.equal(project('prj-004').title);
  });

  it('follows a change of API: the project asked again of the new one', async () => {
    const el = await card();
    await waitForState(el, () => $(el, '[part~="card"]'));
    // Another API (a page that moves the mock's clock gives its widgets a new address, as the
    // in-browser example does) whose prj-004 has another title.
    const other = `${location.origin}/other/api/v1`;
    const renamed = { ...(await served<Project>(`/campaigns/${CAMPAIGN_ID}/projects/prj-004`)), title: 'Le même projet, vu par une autre API' };
    worker.use(
      http.get(`${other}/campaigns/:campaignId/projects/prj-004`, () => HttpResponse.json(renamed)),
      http.get(`${other}/*`, ({ request }) => fetch(request.url.replace(other, API))), // the rest: the fixture's mock
    );
    el.apiBase = other;
    await waitForState(el, () => text($(el, '[part~="card-title"]')) === renamed.title, 'the new API\'s project');
  });
});
