/**
 * Every widget on a phone and under a heavy WordPress theme: in each state the mock can put it
 * in, at 320 px and 375 px wide (the widget's container, as in a sidebar; then the viewport
 * itself), nothing sticks out or scrolls sideways, and every text keeps its size (16 px, small
 * print 14 px), a sane line height and its alignment, on a plain page and under the theme of
 * examples/hostile-theme (root at 62.5 %, 20 px justified text with a line height of 3, letter
 * spacing, `button { all: unset }`, `content-box` everywhere…). The measures: test/layout.ts.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { FIXTURE_TIMES, type Fixture } from '@budget-citoyen/mock-server/testing';
import { delay, http } from 'msw';
import type { TemplateResult } from 'lit';
import {
  $,
  $$,
  AGENDA_NOW,
  API,
  BEFORE_VOTE_NOW,
  CAMPAIGN_ID,
  RESULTS_NOW,
  VOTE_OPEN_NOW,
  mock,
  problem,
  resetMock,
  startWorker,
  useFixture,
  waitForRequest,
  waitForState,
  worker,
} from '../test/index.js';
import type { BcBallot } from './ballot/ballot.js';
import { BALLOT_NOW, fillIdentity, submitIdentity, toChoices, toReview } from '../test/ballot.js';
import { IN_WEBKIT, overflowProblems, pageOverflowProblems, typographyProblems } from '../test/layout.js';
import { RESULTS_URL, STREAM_URL, resultsFixture } from '../test/results.js';
import { DEPOT_NOW, decide, fillForm, look, receipt, submit as deposit } from '../test/dossier.js';
import { LABELLING_NOW, askConfirmation, choose, openDossier, signIn, withDossiers } from '../test/labelling.js';
import type { BcDossierForm } from './dossier-form/dossier-form.js';
import type { BcDossierStatus } from './dossier-status/dossier-status.js';
import type { BcLabellingConsole } from './admin/labelling-console.js';
import './provider/define.js';
import './card/define.js';
import './gallery/define.js';
import './agenda/define.js';
import './ballot/define.js';
import './results/define.js';
import './campaign-timeline/define.js';
import './dossier-form/define.js';
import './dossier-status/define.js';

const WIDTHS = [320, 375];
const THEME = '/examples/hostile-theme/theme.css';
let link: HTMLLinkElement;
/** The theme's style sheet, switched on and off (the link's own `disabled` reloads it in WebKit). */
let theme: CSSStyleSheet;

/** Words a citizen may type that no line can hold: a German-length word, an address. */
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';
const LONG_URL = 'https://www.ville-exemple.fr/vie-citoyenne/budget-participatif/projets-2026/epicerie-solidaire-du-centre';

/**
 * The fixture with citizens' texts that do not break, in every project (the gallery's
 * off-screen cards are measured only once on screen) and every comptoir.
 */
function unbreakable(f: Fixture): Fixture {
  return {
    ...f,
    projects: f.projects.map((p) => ({
      ...p,
      title: `${LONG_WORD} ${p.title}`,
      summary: `${p.summary} ${LONG_URL}`,
      description: `${LONG_URL}\n\n${LONG_WORD}${LONG_WORD}`,
      holder: { ...p.holder, name: LONG_WORD },
      tags: [LONG_WORD, ...(p.tags ?? [])],
    })),
    comptoirs: f.comptoirs.map((c) => ({
      ...c,
      title: `${c.title} ${LONG_WORD}`,
      description: `${c.description} ${LONG_URL}`,
      ...(c.venue ? { venue: { ...c.venue, name: LONG_WORD, address: LONG_URL } } : {}),
    })),
  };
}

/** The committee's fixture (30 more dossiers) with the holders' texts that do not break. */
const unbreakableDossiers = (f: Fixture): Fixture => {
  const more = withDossiers(30)(f);
  return {
    ...more,
    dossiers: more.dossiers.map((d) => ({
      ...d,
      request: {
        ...d.request,
        title: `${LONG_WORD} ${d.request.title}`,
        summary: `${d.request.summary} ${LONG_URL}`,
        description: `${LONG_URL}\n\n${LONG_WORD}${LONG_WORD}`,
        holder: { ...d.request.holder, name: LONG_WORD },
      },
    })),
  };
};

/** The results' case (test/results.ts) with unbreakable texts. */
const unbreakableResults = (f: Fixture): Fixture => unbreakable((resultsFixture() as (base: Fixture) => Fixture)(f));

/** The widget of `template`, alone in a box whose width the checks set; once `ready` holds. */
async function mount<T extends HTMLElement>(template: TemplateResult, ready: (el: T) => unknown, timeout = 8000): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  const el = box.firstElementChild as T;
  await waitForState(el, () => ready(el), `<${el.localName}> did not reach the state under test`, timeout);
  return el;
}

const shows = (selector: string) => (el: Element) => $(el, selector);

/**
 * Fails with every problem found, at each width, on a plain page then under the hostile
 * theme. Each widget of `els` sits in its own box (`mount`), or all in one (a provider).
 */
async function expectFits(...els: HTMLElement[]): Promise<void> {
  const box = els[0]!.closest('div')!;
  const problems: string[] = [];
  for (const hostile of [false, true]) {
    theme.disabled = !hostile;
    for (const width of WIDTHS) {
      box.style.width = `${width}px`;
      await nextFrame();
      const where = `${width} px${hostile ? ', hostile theme' : ''}`;
      for (const el of els) {
        for (const problem of [...overflowProblems(el), ...typographyProblems(el)]) problems.push(`${where}, <${el.localName}>: ${problem}`);
      }
    }
  }
  theme.disabled = true;
  box.style.width = '';
  expect(problems, report(problems)).to.deep.equal([]);
}

/** Loading (the campaign held back), then the campaign not found: the widget of `template` fits in each. */
async function expectLoadingThenErrorFit(template: TemplateResult): Promise<void> {
  worker.use(http.get(`${API}/campaigns/:id`, () => delay('infinite')));
  await expectFits(await mount(template, shows('[part~="state-loading"]')));
  await waitForRequest(`/campaigns/${CAMPAIGN_ID}`);
  resetMock();
  worker.use(http.get(`${API}/campaigns/:id`, () => problem(404, 'not_found')));
  await expectFits(await mount(template, shows('[part~="state-error"]')));
}

/** A form as mounted, then sent empty (`send`) until `error` shows: it fits both times. */
async function expectFitsThenInError(el: HTMLElement, send: () => void, error: string): Promise<void> {
  await expectFits(el);
  send();
  await waitForState(el, () => $(el, error));
  await expectFits(el);
}

/** The first problems, one a line: one box too wide makes every box inside it too wide as well. */
function report(problems: string[]): string {
  const shown = problems.slice(0, 15);
  return `\n${shown.join('\n')}${problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : ''}\n`;
}

describe('layout: every widget at 320 and 375 px, on a plain page and under a hostile theme', function () {
  this.timeout(45_000);

  before(async () => {
    await startWorker();
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = THEME;
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error(`${THEME} did not load`));
    });
    document.head.append(link);
    await loaded;
    theme = link.sheet!;
    theme.disabled = true;
  });
  after(() => link.remove());
  afterEach(() => resetMock());

  it('the hostile theme is on while measured: it shrinks and justifies the page around the widgets', async () => {
    theme.disabled = false;
    const p = await fixture<HTMLParagraphElement>(html`<p>Texte de la page</p>`);
    const style = getComputedStyle(p);
    expect([style.textAlign, parseFloat(getComputedStyle(document.documentElement).fontSize)]).to.deep.equal(['justify', 10]);
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.equal(3);
    theme.disabled = true;
  });

  it('the tokens still choose: --bc-font-size (a size, or 1em to follow the page) and --bc-line-height', async () => {
    theme.disabled = false;
    try {
      const el = await mount(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`, shows('[part~="card-title"]'));
      const sizes = () => {
        const summary = getComputedStyle($(el, '[part~="card-summary"]')!);
        const meta = getComputedStyle($(el, '[part~="card-meta"]')!);
        return [summary.fontSize, meta.fontSize, Math.round((100 * parseFloat(summary.lineHeight)) / parseFloat(summary.fontSize)) / 100];
      };
      expect(sizes(), 'by default').to.deep.equal(['16px', '14px', 1.5]);
      el.style.setProperty('--bc-font-size', '1.8rem');
      el.style.setProperty('--bc-line-height', '1.6');
      expect(sizes(), '1.8rem under a root of 10 px').to.deep.equal(['18px', '15.75px', 1.6]);
      el.style.setProperty('--bc-font-size', '1em');
      expect(sizes()[0], "1em: the theme's 20 px").to.equal('20px');
    } finally {
      theme.disabled = true;
    }
  });

  describe('<bc-project-card>', () => {
    it('loading', async () => {
      worker.use(http.get(`${API}/campaigns`, () => delay('infinite')));
      const el = await mount(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`, shows('[part~="state-loading"]'));
      await expectFits(el);
      await waitForRequest('/campaigns');
    });

    it('a project whose texts do not break, the vote open', async () => {
      useFixture(unbreakable);
      const el = await mount(html`<bc-project-card api-base=${API} project-id="prj-001" ballot-url="/voter"></bc-project-card>`, shows('[part~="vote-button"]'));
      await expectFits(el);
    });

    it('a winner, after the vote', async () => {
      useFixture(undefined, RESULTS_NOW);
      const el = await mount(html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`, shows('[part~="card-title"]'));
      await expectFits(el);
    });

    it('unknown project (error)', async () => {
      const el = await mount(html`<bc-project-card api-base=${API} project-id="prj-999"></bc-project-card>`, shows('[part~="state-error"]'));
      await expectFits(el);
    });
  });

  describe('<bc-project-gallery>', () => {
    const gallery = (attributes = html``) => html`<bc-project-gallery api-base=${API} ballot-url="/voter">${attributes}</bc-project-gallery>`;

    it('loading', async () => {
      worker.use(http.get(`${API}/campaigns/:id/projects`, () => delay('infinite')));
      const el = await mount(gallery(), shows('[part~="state-loading"]'));
      await expectFits(el);
      await waitForRequest('/projects');
    });

    it('the list, with texts that do not break', async () => {
      useFixture(unbreakable);
      const el = await mount(gallery(), shows('[part~="list"]'));
      await expectFits(el);
    });

    it('empty', async () => {
      useFixture((f) => ({ ...f, projects: [] }));
      const el = await mount(gallery(), shows('[part~="state-empty"]'));
      await expectFits(el);
    });

    it('error', async () => {
      worker.use(http.get(`${API}/campaigns/:id/projects`, () => problem(500, 'internal')));
      const el = await mount(gallery(), shows('[part~="state-error"]'));
      await expectFits(el);
    });

    it('after the vote: winners', async () => {
      useFixture(undefined, RESULTS_NOW);
      const el = await mount(gallery(), shows('[part~="list"]'));
      await expectFits(el);
    });

    it("a project's dialog, its texts unbreakable", async () => {
      useFixture(unbreakable);
      const el = await mount(gallery(), shows('[part~="list"]'));
      $$<HTMLAnchorElement>(el, '[part~="card-title"] a')[0]!.click();
      await waitForState(el, () => $<HTMLDialogElement>(el, 'dialog')!.open && $(el, '[part~="description"]'));
      await expectFits(el);
    });
  });

  describe('<bc-comptoir-agenda>', () => {
    const agenda = html`<bc-comptoir-agenda api-base=${API}></bc-comptoir-agenda>`;
    const list = shows('[part~="list"]');

    it('loading', async () => {
      worker.use(http.get(`${API}/campaigns`, () => delay('infinite')));
      const el = await mount(agenda, shows('[part~="state-loading"]'));
      await expectFits(el);
      await waitForRequest('/campaigns');
    });

    it('the comptoirs, texts that do not break, the past ones shown', async () => {
      useFixture(unbreakable, AGENDA_NOW);
      const el = await mount(agenda, list);
      $<HTMLButtonElement>(el, '[part~="past-toggle"]')!.click();
      await waitForState(el, () => $(el, '#bc-past [part~="comptoir-title"]'));
      await expectFits(el);
    });

    it('empty', async () => {
      useFixture((f) => ({ ...f, comptoirs: [], registrations: [] }), AGENDA_NOW);
      const el = await mount(agenda, shows('[part~="state-empty"]'));
      await expectFits(el);
    });

    it('error', async () => {
      useFixture(undefined, AGENDA_NOW);
      worker.use(http.get(`${API}/campaigns/:id/comptoirs`, () => problem(429, 'rate_limited')));
      const el = await mount(agenda, shows('[part~="state-error"]'));
      await expectFits(el);
    });

    it('the period over (closed phase)', async () => {
      useFixture(undefined, '2026-06-15T10:00:00+02:00');
      const el = await mount(agenda, shows('[part~="past-toggle"]'));
      await expectFits(el);
    });

    it('the registration dialog: its form with errors, then the code', async () => {
      useFixture(unbreakable, AGENDA_NOW);
      const el = await mount(agenda, list);
      $<HTMLButtonElement>(el, '[data-comptoir-id="cpt-lens"] [part~="register-button"]')!.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitForState(el, () => dialog.open && dialog.querySelector('form'));
      const submit = () => dialog.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
      submit();
      await waitForState(el, () => dialog.querySelector('[part~="field-error"]'));
      await expectFits(el);
      dialog.querySelector<HTMLInputElement>('#bc-reg-name')!.value = `Camille ${LONG_WORD}`;
      dialog.querySelector<HTMLInputElement>('#bc-reg-email')!.value = 'camille.martin@example.org';
      submit();
      await waitForState(el, () => dialog.querySelector('[part~="code"]'));
      await expectFits(el);
    });
  });

  describe('<bc-ballot>', () => {
    const ballot = html`<bc-ballot api-base=${API} results-url="/resultats" rules-url="/reglement"></bc-ballot>`;
    const heading = shows('[part~="heading"]');
    const mountBallot = (ready = heading) => mount<BcBallot>(ballot, ready);

    it('loading', async () => {
      worker.use(http.get(`${API}/campaigns`, () => delay('infinite')));
      const el = await mountBallot(shows('[role="status"]'));
      await expectFits(el);
      await waitForRequest('/campaigns');
    });

    it('error', async () => {
      worker.use(http.get(`${API}/campaigns`, () => problem(503, 'unavailable')));
      const el = await mountBallot(shows('[part~="state-error"]'));
      await expectFits(el);
    });

    it('before the vote, and after it', async () => {
      useFixture(undefined, BEFORE_VOTE_NOW);
      await expectFits(await mountBallot(heading));
      resetMock();
      useFixture(undefined, RESULTS_NOW);
      await expectFits(await mountBallot(shows('[part~="results-link"]')));
    });

    it('step 1: the identity, empty then every field in error', async () => {
      useFixture(undefined, BALLOT_NOW);
      const el = await mountBallot(heading);
      await expectFitsThenInError(el, () => submitIdentity(el), '[part~="error-summary"]');
    });

    it('step 1: the commune suggestions open', async () => {
      useFixture(undefined, BALLOT_NOW);
      const el = await mountBallot(heading);
      await fillIdentity(el, { commune: 'Ar' });
      await waitForState(el, () => $(el, '[part~="listbox"]:not([hidden])'));
      await expectFits(el);
    });

    it("its buttons follow the widget's width, not the viewport's: one a line when narrow, side by side when wide", async () => {
      useFixture(undefined, BALLOT_NOW);
      const el = await mountBallot();
      const box = el.parentElement!;
      const actions = $(el, '.actions')!;
      const layoutAt = async (width: number) => {
        box.style.width = `${width}px`;
        await nextFrame();
        return getComputedStyle(actions).display;
      };
      expect([await layoutAt(320), await layoutAt(600)]).to.deep.equal(['grid', 'flex']);
    });

    it('step 2: the choices, texts that do not break', async () => {
      useFixture(unbreakable, BALLOT_NOW);
      const el = await mountBallot(heading);
      await toChoices(el);
      for (const details of $$<HTMLDetailsElement>(el, 'details')) details.open = true;
      await expectFits(el);
    });

    it('step 3: the review, then the receipt', async () => {
      useFixture(unbreakable, BALLOT_NOW);
      const el = await mountBallot(heading);
      await toReview(el);
      await expectFits(el);
      $<HTMLButtonElement>(el, '[part~="cast-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="receipt-code"]'), 'receipt', 15_000);
      await expectFits(el);
    });
  });

  describe('<bc-live-results>', () => {
    const results = html`<bc-live-results api-base=${API}></bc-live-results>`;
    const table = shows('table');

    it('loading', async () => {
      useFixture(resultsFixture(), VOTE_OPEN_NOW);
      worker.use(http.get(`${API}/campaigns`, () => delay('infinite')));
      const el = await mount(results, shows('[role="status"]'));
      await expectFits(el);
      await waitForRequest('/campaigns');
    });

    it('not public yet', async () => {
      useFixture(resultsFixture(), BEFORE_VOTE_NOW);
      const el = await mount(results, shows('[part~="not-public"]'));
      await expectFits(el);
    });

    it('provisional, with the explanation open', async () => {
      useFixture(resultsFixture(), VOTE_OPEN_NOW);
      const el = await mount(results, table);
      const explanation = $<HTMLDetailsElement>(el, 'details')!;
      explanation.open = true;
      await expectFits(el);
    });

    it('final, with titles that do not break', async () => {
      useFixture(unbreakableResults, RESULTS_NOW);
      const el = await mount(results, table);
      await expectFits(el);
    });

    it('error', async () => {
      useFixture(resultsFixture(), VOTE_OPEN_NOW);
      worker.use(
        http.get(STREAM_URL, () => problem(404, 'not_found')),
        http.get(RESULTS_URL, () => problem(404, 'not_found')),
      );
      const el = await mount(results, shows('[part~="state-error"]'));
      await expectFits(el);
    });
  });

  describe('<bc-campaign-timeline>', () => {
    const timeline = (layout: string) =>
      html`<bc-campaign-timeline api-base=${API} campaign=${CAMPAIGN_ID} layout=${layout} comptoirs-url="/comptoirs">
        <a slot="depot" href="/deposer">Déposer un dossier</a>
      </bc-campaign-timeline>`;
    const phases = (el: Element) => $$(el, '[part~="phase"]').length === 5;
    const CLOCKS: Array<[string, string]> = [
      ['before anything opens', FIXTURE_TIMES.beforeComptoirs],
      ['comptoirs and dépôt open', FIXTURE_TIMES.comptoirs],
      ['the labelling', LABELLING_NOW],
      ['between two phases', FIXTURE_TIMES.beforeVote],
      ['the vote', FIXTURE_TIMES.vote],
      ['the results', FIXTURE_TIMES.results],
      ['all over', '2027-02-01T10:00:00+01:00'],
    ];

    it('loading, then error', () => expectLoadingThenErrorFit(timeline('full')));

    for (const [moment, now] of CLOCKS) {
      it(`${moment}: full, then compact`, async () => {
        useFixture(undefined, now);
        await expectFits(await mount(timeline('full'), phases));
        await expectFits(await mount(timeline('compact'), phases));
      });
    }
  });

  describe('<bc-dossier-form>', function () {
    // The form waits for the 887 communes, in pages of 100, before it can be filled.
    this.timeout(60_000);
    const form = html`<bc-dossier-form api-base=${API} campaign=${CAMPAIGN_ID} agenda-url="/comptoirs" status-url="/suivi"></bc-dossier-form>`;
    const heading = shows('[part~="heading"]');
    const mountForm = (ready: (el: BcDossierForm) => unknown = heading) => mount<BcDossierForm>(form, ready);
    /** What a holder may type that does not break. */
    const unbreakableHolder = {
      name: `Camille ${LONG_WORD}`,
      organisation: LONG_WORD,
      title: `${LONG_WORD} partagé`,
      summary: `Un verger ouvert à tous : ${LONG_URL}`,
      description: `${LONG_URL}\n\n${LONG_WORD}${LONG_WORD}`,
    };

    it('loading, then error', () => expectLoadingThenErrorFit(form));

    it('closed: before the dépôt, and after it', async () => {
      useFixture(undefined, FIXTURE_TIMES.beforeComptoirs);
      await expectFits(await mountForm(shows('[part~="agenda-link"]')));
      resetMock();
      useFixture(undefined, FIXTURE_TIMES.vote);
      await expectFits(await mountForm(shows('[part~="status-link"]')));
    });

    it('the form, empty then every field in error', async () => {
      useFixture(undefined, DEPOT_NOW);
      const el = await mountForm(shows('form'));
      await expectFitsThenInError(el, () => $<HTMLButtonElement>(el, '[part~="next-button"]')!.click(), '[part~="error-summary"]');
    });

    it('the review with texts that do not break, refused (the dépôt closed meanwhile), then the receipt', async () => {
      useFixture(undefined, DEPOT_NOW);
      const el = await mountForm(shows('form'));
      await fillForm(el, unbreakableHolder);
      await expectFits(el);
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="review"]'));
      await expectFits(el);
      mock.clock.set(Date.parse('2026-04-11T10:00:00+02:00'));
      deposit(el);
      await waitForState(el, () => $(el, '[part~="state-error"]'));
      await expectFits(el);
      mock.clock.set(Date.parse(DEPOT_NOW));
      deposit(el);
      await waitForState(el, () => $(el, '[part~="receipt"]'), 'receipt', 15_000);
      await expectFits(el);
    });
  });

  describe('<bc-dossier-status>', () => {
    const status = html`<bc-dossier-status api-base=${API} campaign=${CAMPAIGN_ID} project-url="/projets"></bc-dossier-status>`;
    const mountStatus = () => mount<BcDossierStatus>(status, shows('form'));

    it('loading, then error', () => expectLoadingThenErrorFit(status));

    it('the form, empty then both fields in error', async () => {
      useFixture(undefined, DEPOT_NOW);
      const el = await mountStatus();
      await expectFitsThenInError(el, () => $<HTMLButtonElement>(el, '[part~="lookup-button"]')!.click(), '#bc-dossier-error');
    });

    it('submitted, not retained, a wrong code', async () => {
      useFixture(undefined, DEPOT_NOW);
      const el = await mountStatus();
      await look(el, 'd-submitted', receipt('d-submitted'));
      await expectFits(el);
      await look(el, 'd-rejected', receipt('d-rejected'));
      await expectFits(el);
      await look(el, 'd-rejected', 'D-WRONG-0000');
      await expectFits(el);
    });

    it('labelled, with the link to its project', async () => {
      useFixture(undefined, DEPOT_NOW);
      await decide('d-submitted', { decision: 'labelled', category: 'innovation-sociale' });
      const el = await mountStatus();
      await look(el, 'd-submitted', receipt('d-submitted'));
      await waitForState(el, () => $(el, '[part~="project-link"]'));
      await expectFits(el);
    });
  });

  describe('<bc-labelling-console>', function () {
    this.timeout(60_000);
    const consoleTag = html`<bc-labelling-console api-base=${API}></bc-labelling-console>`;
    const mountConsole = () => mount<BcLabellingConsole>(consoleTag, shows('[part~="heading"]'), 10_000);
    const signedIn = async () => {
      const el = await mountConsole();
      await signIn(el);
      return el;
    };

    it('the sign-in, then its error', async () => {
      useFixture(unbreakableDossiers, LABELLING_NOW);
      const el = await mountConsole();
      await expectFitsThenInError(el, () => $<HTMLFormElement>(el, '[part~="sign-in-form"]')!.requestSubmit(), '#bc-token-error');
    });

    it('the table of dossiers whose texts do not break', async () => {
      useFixture(unbreakableDossiers, LABELLING_NOW);
      const el = await signedIn();
      await expectFits(el);
    });

    it('a dossier, its decision form in error, the confirmation, the decision', async () => {
      useFixture(unbreakableDossiers, LABELLING_NOW);
      const el = await signedIn();
      await openDossier(el, 'd-gen-001');
      await expectFits(el);
      $<HTMLInputElement>(el, 'input[name="kind"][value="rejected"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part~="decide-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="field-error"]'));
      await expectFits(el);
      const reason = $<HTMLTextAreaElement>(el, '#bc-reason')!;
      reason.value = `${LONG_WORD}\n${LONG_URL}`;
      reason.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await askConfirmation(el);
      await expectFits(el);
      $<HTMLButtonElement>(el, '[part~="confirm-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="decision-result"]'), 'no decision', 15_000);
      await expectFits(el);
    });

    it('the attendance: a comptoir, its registrations, a marking in error', async () => {
      useFixture(unbreakableDossiers, LABELLING_NOW);
      const el = await signedIn();
      $$<HTMLButtonElement>(el, '[part~="nav-button"]')[1]!.click();
      await waitForState(el, () => $(el, '#bc-comptoir'));
      await expectFits(el);
      await choose(el, '#bc-comptoir', 'cpt-lens');
      await waitForState(el, () => $(el, '[part~="attendance-form"]'));
      $<HTMLButtonElement>(el, '[part~="mark-button"]')!.click();
      await waitForState(el, () => $(el, '#bc-codes-error'));
      await expectFits(el);
    });
  });

  describe('<bc-provider>', () => {
    it('every widget in one provider, one narrow column', async () => {
      useFixture(unbreakableResults, VOTE_OPEN_NOW);
      const provider = await mount(
        html`<bc-provider api-base=${API}>
          <bc-project-card project-id="prj-001"></bc-project-card>
          <bc-project-gallery page-size="3"></bc-project-gallery>
          <bc-comptoir-agenda></bc-comptoir-agenda>
          <bc-ballot></bc-ballot>
          <bc-live-results></bc-live-results>
        </bc-provider>`,
        (el) => [...el.children].every((widget) => widget.shadowRoot?.querySelector('[part~="card-title"], [part~="list"], [part~="phase-notice"], [part~="heading"], table')),
        15_000,
      );
      await expectFits(...([...provider.children] as HTMLElement[]));
    });
  });

  describe('in the page\'s flex and grid layouts', () => {
    // A container, the widget has no width of its own content: as a flex item (WordPress's
    // Row and Stack blocks) it takes a phone's width, or all there is; it never makes a column
    // wider than it is. A float or a table cell around it needs a width (THEMING.md).
    it('a flex row, a narrow one, a stack: a phone\'s width or all there is; a narrow grid column keeps its width', async () => {
      const card = html`<bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>`;
      const box = await fixture<HTMLDivElement>(html`<div>
        <div style="display: flex; flex-wrap: wrap; gap: 1em"><p>Texte</p>${card}</div>
        <div style="display: flex; width: 250px">${card}</div>
        <div style="display: flex; flex-direction: column; align-items: flex-start">${card}</div>
        <div style="display: grid; grid-template-columns: 1fr; width: 200px"><div style="padding: 0 10px">${card}</div></div>
      </div>`);
      const cards = [...box.querySelectorAll('bc-project-card')];
      await waitForState(cards[0]!, () => cards.every((el) => $(el, '[part~="card-title"]')), 'cards', 8000);
      const widths = cards.map((el) => Math.round(el.getBoundingClientRect().width));
      expect(widths).to.deep.equal([320, 250, 320, 180]);
      for (const el of cards) expect(overflowProblems(el)).to.deep.equal([]);
    });
  });

  describe('a phone: the viewport itself 320 px wide', () => {
    let resized = false;
    before(async function () {
      // WebKit's driver (WebDriver classic) cannot resize the page: don't ask, it logs a stack.
      if (IN_WEBKIT) return; // its driver (WebDriver classic) cannot resize the page
      try {
        await setViewport({ width: 320, height: 640 });
        resized = true;
      } catch {
        // A driver that cannot resize the page: the container checks above hold there, and
        // the viewport's own checks run in Chromium and Firefox.
      }
    });
    after(async () => {
      if (resized) await setViewport({ width: 800, height: 600 });
    });

    it('every widget on one page, dialogs open, under the hostile theme: nothing wider than the phone', async function () {
      if (!resized) this.skip();
      useFixture(unbreakableResults, VOTE_OPEN_NOW);
      theme.disabled = false;
      try {
        const box = await fixture<HTMLDivElement>(html`<div>
          <bc-project-gallery api-base=${API} page-size="3"></bc-project-gallery>
          <bc-project-card api-base=${API} project-id="prj-001"></bc-project-card>
          <bc-comptoir-agenda api-base=${API}></bc-comptoir-agenda>
          <bc-ballot api-base=${API}></bc-ballot>
          <bc-live-results api-base=${API}></bc-live-results>
        </div>`);
        const widgets = [...box.children] as HTMLElement[];
        const [gallery] = widgets;
        await waitForState(gallery!, () => widgets.every((el) => $(el, '[part~="list"], [part~="card-title"], [part~="phase-notice"], [part~="heading"], table')), 'widgets', 15_000);
        $$<HTMLAnchorElement>(gallery!, '[part~="card-title"] a')[0]!.click();
        await waitForState(gallery!, () => $<HTMLDialogElement>(gallery!, 'dialog')!.open && $(gallery!, '[part~="description"]'));
        await nextFrame();
        const problems = [...pageOverflowProblems(), ...widgets.flatMap((el) => [...overflowProblems(el), ...typographyProblems(el)])];
        expect(problems, report(problems)).to.deep.equal([]);
      } finally {
        theme.disabled = true;
      }
    });
  });
});
