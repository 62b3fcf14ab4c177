/**
 * `depot.js` as a holders' page gets it, beside `budget-citoyen.js` (the timeline above the
 * form), under the strict Content-Security-Policy such a page may have (test/strict-csp.ts, as
 * ./cdn.test.ts): no inline script or style, no eval, requests to the page's own origin only. The form and the
 * status sit in a provider of the other script, whose client lacks `dossiers`: they take their
 * own script's. Needs the build (`npm run build`): this page loads `dist/cdn/*.js`.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createTestMock, FIXTURE_TIMES, type TestMock } from '@budget-citoyen/mock-server/testing';
import { $, $$, text, waitForState, worker } from '../test/index.js';
import { fillForm } from '../test/dossier.js';
import { underStrictCsp } from '../test/strict-csp.js';
import type { BcDossierForm } from './dossier-form/dossier-form.js';

const SCRIPTS = ['/packages/widgets/dist/cdn/budget-citoyen.js', '/packages/widgets/dist/cdn/depot.js'];

let mocks = 0;

/** A mock API of its own (the scripts' clients and caches are per API base: none carries over), in the dépôt's period. */
function mockApi(): { base: string; mock: TestMock } {
  const base = `${location.origin}/depot-${++mocks}/api/v1`;
  const mock = createTestMock({ baseUrl: base, now: FIXTURE_TIMES.comptoirs });
  worker.use(...mock.handlers);
  return { base, mock };
}

describe('depot.js beside budget-citoyen.js, under a strict CSP', function () {
  this.timeout(60_000);
  underStrictCsp(SCRIPTS);

  it('defines the holders’ tags and the residents’ timeline', () => {
    for (const tag of ['bc-provider', 'bc-campaign-timeline', 'bc-dossier-form', 'bc-dossier-status']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('one provider: the timeline, a dossier deposited through the form, its status read back', async () => {
    const { base, mock } = mockApi();
    const page = await fixture(html`<bc-provider api-base=${base} campaign="bc-2026">
      <bc-campaign-timeline></bc-campaign-timeline>
      <bc-dossier-form status-url="#suivi"></bc-dossier-form>
      <bc-dossier-status></bc-dossier-status>
    </bc-provider>`);
    const timeline = page.querySelector('bc-campaign-timeline')!;
    const form = page.querySelector('bc-dossier-form')!;
    const status = page.querySelector('bc-dossier-status')!;
    await waitForState(timeline, () => $$(timeline, '[aria-current="step"]').length === 1, 'no current phase', 15_000);
    expect(text($(timeline, '[aria-current="step"] [part~="phase-name"]'))).to.equal('Dépôt des dossiers');
    await waitForState(form!, () => $(form!, 'form'), 'no form', 15_000);

    await fillForm(form as BcDossierForm);
    $<HTMLButtonElement>(form!, '[part~="next-button"]')!.click();
    await waitForState(form!, () => $(form!, '[part~="submit-button"]'), 'no review');
    $<HTMLButtonElement>(form!, '[part~="submit-button"]')!.click();
    await waitForState(form!, () => $(form!, '[part~="receipt"]'), 'no receipt', 15_000);
    const id = text($(form!, '[part~="dossier-id"]'));
    expect(mock.store.dossier('bc-2026', id).receiptCode).to.equal(text($(form!, '[part~="receipt-code"]')));

    await waitForState(status!, () => $(status!, 'form'), 'no status form');
    const input = (name: string, value: string) => {
      const el = $<HTMLInputElement>(status!, `#bc-${name}`)!;
      el.value = value;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    input('dossier', id);
    input('code', text($(form!, '[part~="receipt-code"]')));
    $<HTMLButtonElement>(status!, '[part~="lookup-button"]')!.click();
    await waitForState(status!, () => $(status!, '[part~="result"]'), 'no status', 15_000);
    expect(text($(status!, '[part~="badge"]'))).to.equal('Déposé, en attente d’examen');
    await aTimeout(100);
  });

  it('in English, the form fetches its strings from depot.js’s chunk', async () => {
    const { base } = mockApi();
    const el = await fixture(html`<bc-dossier-form api-base=${base} campaign="bc-2026" lang="en"></bc-dossier-form>`);
    await waitUntil(() => text($(el, '[part~="heading"]')) === 'Submit a dossier', 'no English title', { timeout: 15_000 });
  });
});
