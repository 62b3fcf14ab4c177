/**
 * `admin.js` as the committee's intranet page gets it: one script, under a strict
 * Content-Security-Policy (no inline script or style, no eval, requests to the page's origin
 * only), and apart from the residents' `budget-citoyen.js`, which must not carry the console.
 * Needs the build (`npm run build`), as `../cdn.test.ts` does.
 */
import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { $, API, startWorker, text, waitForState } from '../../test/index.js';
import { ADMIN_TOKEN, LABELLING_NOW, withDossiers } from '../../test/admin.js';

const POLICY =
  "default-src 'self'; img-src 'self' data:; connect-src 'self'; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";
const CDN = '/packages/widgets/dist/cdn';
const violations: string[] = [];

describe('admin.js under a strict CSP', function () {
  this.timeout(30_000);

  before(async () => {
    await startWorker({ now: LABELLING_NOW, fixture: withDossiers(5) });
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = POLICY;
    document.head.prepend(meta);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`), true);
    const loaded = await fetch(`${CDN}/admin.js`, { method: 'HEAD' });
    if (!loaded.ok) throw new Error(`${CDN}/admin.js is missing: run \`npm run build\` first`);
    await import(/* @vite-ignore */ `${CDN}/admin.js`);
  });
  afterEach(() => {
    fixtureCleanup();
    expect(violations, 'CSP violations').to.deep.equal([]);
  });

  it('defines the console, and only it; the residents’ script leaves it out', async () => {
    expect(customElements.get('bc-labelling-console')).to.be.a('function');
    expect(customElements.get('bc-project-gallery'), 'no resident widget in admin.js').to.equal(undefined);
    const residents = await (await fetch(`${CDN}/budget-citoyen.js`)).text();
    expect(residents).to.include('bc-project-gallery');
    expect(residents).not.to.include('bc-labelling-console');
  });

  it('signs in, lists, opens a dossier and asks for the confirmation, without a violation', async () => {
    const el = await fixture(html`<bc-labelling-console api-base=${API}></bc-labelling-console>`);
    await waitForState(el, () => $(el, '#bc-token'), 'no sign-in', 10_000);
    $<HTMLInputElement>(el, '#bc-token')!.value = ADMIN_TOKEN;
    $<HTMLFormElement>(el, '[part~="sign-in-form"]')!.requestSubmit();
    await waitForState(el, () => $(el, '[part~="open-button"]'), 'no list', 10_000);
    $<HTMLButtonElement>(el, '[part~="open-button"]')!.click();
    await waitForState(el, () => $(el, '[part~="decide-button"]'));
    $<HTMLButtonElement>(el, '[part~="decide-button"]')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open, 'no confirmation');
    expect(text($(el, '#bc-confirm-title'))).to.equal('Confirmer la décision');
    // Styles are adopted stylesheets: applied, under style-src 'self'.
    expect(getComputedStyle($(el, '[part~="decide-button"]')!).cursor).to.equal('pointer');
    await aTimeout(100);
  });
});
