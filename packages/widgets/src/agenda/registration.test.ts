import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import {
  $,
  AGENDA_NOW,
  API,
  CAMPAIGN_ID,
  deepActiveElement,
  expectAxeClean,
  mock,
  postsTo,
  problem,
  text,
  useWorker,
  waitForState,
  worker,
} from '../../test/index.js';
import type { BcComptoirAgenda } from './comptoir-agenda.js';
import './define.js';
import type { BcComptoirRegisterDetail } from './events.js';

const REGISTRATIONS_ROUTE = `${API}/campaigns/:campaignId/comptoirs/:comptoirId/registrations`;

async function agenda() {
  const el = await fixture<BcComptoirAgenda>(html`<bc-comptoir-agenda api-base=${API}></bc-comptoir-agenda>`);
  await waitForState(el, () => $(el, '[part~="list"]'));
  return el;
}

const dialog = (el: Element) => $<HTMLDialogElement>(el, 'dialog')!;
const registerButton = (el: Element, id: string) => $<HTMLButtonElement>(el, `[data-comptoir-id="${id}"] [part~="register-button"]`)!;
const posts = () => postsTo('/registrations');
/** Every registration request that reached the mock: its body and Idempotency-Key. */
const received = () => Promise.all(posts().map(async (r) => ({ body: (await r.clone().json()) as unknown, key: r.headers.get('idempotency-key') })));

async function open(el: BcComptoirAgenda, id: string) {
  const button = registerButton(el, id);
  button.click();
  await waitForState(el, () => dialog(el).open && deepActiveElement()?.id === 'bc-reg-name');
  return button;
}

/** Fills the form the way a person does, then presses Enter in the e-mail field. */
async function fillAndSubmit(name: string, email: string) {
  await sendKeys({ type: name });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
}

/** Camille Martin registers in the open dialog (with `email`); the dialog, once `shown` is in it. */
async function registerAndWait(el: BcComptoirAgenda, shown: string, email = 'camille@example.org'): Promise<HTMLDialogElement> {
  await fillAndSubmit('Camille Martin', email);
  const d = dialog(el);
  await waitForState(el, () => d.querySelector(shown));
  return d;
}

/** The dialog's alert for a registration refused, in these words. */
function expectFormError(d: HTMLDialogElement, words: string): void {
  const alert = d.querySelector('[part~="form-error"]')!;
  expect(alert.getAttribute('role')).to.equal('alert');
  expect(text(alert)).to.equal(words);
}

describe('<bc-comptoir-agenda> registration', () => {
  // The fixture's comptoirs, its clock in their period (10 February 2026).
  useWorker({ now: AGENDA_NOW });

  it('by keyboard, end to end: Tab to "S\'inscrire", Enter, name, e-mail, Enter → code; Escape → back', async function () {
    // Two axe runs and real key presses: more than the default 10 s on a busy machine.
    this.timeout(30_000);
    const el = await agenda();
    $<HTMLSelectElement>(el, 'select[name="format"]')!.focus();
    await sendKeys({ press: 'Tab' });
    const button = registerButton(el, 'cpt-lens');
    expect(deepActiveElement()).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitForState(el, () => dialog(el).open);

    const d = dialog(el);
    expect(d.matches(':modal')).to.equal(true);
    const title = d.querySelector('h2')!;
    expect(d.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(text(title)).to.equal("S’inscrire au comptoir");
    expect(text(d.querySelector('[part~="dialog-comptoir"]'))).to.contain('Comptoir à initiatives citoyennes de Lens');
    const name = d.querySelector<HTMLInputElement>('#bc-reg-name')!;
    const email = d.querySelector<HTMLInputElement>('#bc-reg-email')!;
    expect(deepActiveElement()).to.equal(name);
    expect(text(d.querySelector('label[for="bc-reg-name"]'))).to.equal('Prénom et nom');
    expect(name.autocomplete).to.equal('name');
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('email');
    expect(email.getAttribute('aria-describedby')).to.equal('bc-reg-email-hint');
    await expectAxeClean(el);

    const registered = oneEvent(el, 'bc-comptoir-register');
    await fillAndSubmit('Camille Martin', 'camille.martin@example.org');
    const event = (await registered) as CustomEvent<BcComptoirRegisterDetail>;
    await waitForState(el, () => d.querySelector('[part~="code"]'));

    const code = text(d.querySelector('[part~="code"]'));
    // The mock's registration codes: three groups of four of Crockford's base 32 (60 bits).
    expect(code).to.match(/^C-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(event.detail).to.deep.equal({ comptoirId: 'cpt-lens', status: 'confirmed', code });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(text(d.querySelector('h2'))).to.equal('Inscription confirmée');
    expect(deepActiveElement()).to.equal(d.querySelector('h2'));
    expect(text(d.querySelector('.code-label'))).to.equal("Votre code d’inscription");
    expect(text(d.querySelector('[part~="copy-button"]'))).to.equal('Copier le code');
    expect(d.querySelector<HTMLAnchorElement>('[part~="ics-link"]')!.getAttribute('href')).to.equal(
      `${API}/campaigns/${CAMPAIGN_ID}/comptoirs/cpt-lens.ics`,
    );
    expect(await received()).to.deep.equal([
      { body: { name: 'Camille Martin', email: 'camille.martin@example.org' }, key: posts()[0]!.headers.get('idempotency-key') },
    ]);
    expect((await received())[0]!.key).to.match(/^[\w-]{16,}$/);
    await expectAxeClean(el);

    // The list behind is refreshed: one seat fewer.
    await waitForState(el, () => text($(el, '[data-comptoir-id="cpt-lens"] [part~="seats"]')) === '11 places libres sur 25');

    await sendKeys({ press: 'Escape' });
    await waitForState(el, () => !d.open);
    expect(deepActiveElement()).to.equal(button);
    expect(d.querySelector('form, [part~="code"]')).to.equal(null);
  });

  it('checks the fields before sending, with messages next to them', async () => {
    const el = await agenda();
    await open(el, 'cpt-lens');
    const d = dialog(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitForState(el, () => d.querySelector('#bc-reg-name-error'));
    const name = d.querySelector<HTMLInputElement>('#bc-reg-name')!;
    const email = d.querySelector<HTMLInputElement>('#bc-reg-email')!;
    expect(text(d.querySelector('#bc-reg-name-error'))).to.equal('Indiquez votre prénom et votre nom.');
    expect(text(d.querySelector('#bc-reg-email-error'))).to.equal('Indiquez votre adresse e-mail.');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('bc-reg-name-error');
    expect(email.getAttribute('aria-describedby')).to.equal('bc-reg-email-hint bc-reg-email-error');
    expect(deepActiveElement()).to.equal(name);
    await expectAxeClean(el);

    await fillAndSubmit('Camille', 'camille.example.org');
    await waitForState(el, () => !d.querySelector('#bc-reg-name-error'));
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    expect(text(d.querySelector('#bc-reg-email-error'))).to.equal(
      "L’adresse e-mail n’est pas valide. Exemple : prenom.nom@exemple.fr",
    );
    expect(deepActiveElement()).to.equal(email);
    expect(posts()).to.have.length(0);
  });

  it('a comptoir filling up while the dialog is open: the answer is the waitlist, not an error', async () => {
    const el = await agenda();
    await open(el, 'cpt-bethune');
    expect(text(dialog(el))).not.to.contain("liste d’attente");
    // Someone else takes the last seat meanwhile.
    const other = await mock.fetch(`/campaigns/${CAMPAIGN_ID}/comptoirs/cpt-bethune/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Alix Dupont', email: 'alix.dupont@example.org' }),
    });
    expect(((await other.json()) as { status: string }).status).to.equal('confirmed');

    const registered = oneEvent(el, 'bc-comptoir-register');
    await fillAndSubmit('Camille Martin', 'camille@example.org');
    const event = (await registered) as CustomEvent<BcComptoirRegisterDetail>;
    expect(event.detail.status).to.equal('waitlisted');
    const d = dialog(el);
    await waitForState(el, () => d.querySelector('[part~="code"]'));
    expect(text(d.querySelector('h2'))).to.equal("Inscription en liste d’attente");
    expect(text(d.querySelector('[part~="result-message"]'))).to.contain("liste d’attente");
    expect(text(d.querySelector('[part~="code"]'))).to.equal(event.detail.code);
    expect(d.querySelector('[role="alert"], [part~="form-error"]')).to.equal(null);
    // No seat is held: nothing to put in a calendar yet.
    expect(d.querySelector('[part~="ics-link"]')).to.equal(null);
    await expectAxeClean(el);
    // Behind the dialog, the comptoir now shows as full.
    await waitForState(el, () => $(el, '[data-comptoir-id="cpt-bethune"] [part~="badge-full"]'));
  });

  it('a full comptoir says up front that the registration goes on the waitlist', async () => {
    const el = await agenda();
    await open(el, 'cpt-calais');
    const d = dialog(el);
    expect(text(d.querySelector('[part~="notice"]'))).to.equal(
      "Ce comptoir est complet : votre inscription sera enregistrée en liste d’attente.",
    );
    await fillAndSubmit('Camille Martin', 'camille@example.org');
    await waitForState(el, () => d.querySelector('[part~="code"]'));
    expect(text(d.querySelector('h2'))).to.equal("Inscription en liste d’attente");
  });

  it('already registered: says so next to the e-mail, not as a generic error', async () => {
    const el = await agenda();
    await open(el, 'cpt-lens');
    await registerAndWait(el, '[part~="code"]');
    dialog(el).close();
    await waitForState(el, () => !dialog(el).open);

    await open(el, 'cpt-lens');
    const d = await registerAndWait(el, '#bc-reg-email-error', 'Camille@example.org');
    expect(text(d.querySelector('#bc-reg-email-error'))).to.equal(
      'Cette adresse e-mail est déjà inscrite à ce comptoir : inutile de vous inscrire à nouveau. Utilisez le code affiché lors de votre première inscription.',
    );
    const email = d.querySelector<HTMLInputElement>('#bc-reg-email')!;
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(email);
    expect(d.querySelector('[part~="form-error"]')).to.equal(null);
    expect(d.querySelector('[part~="code"]')).to.equal(null);
    await expectAxeClean(el);
  });

  it('registrations closed meanwhile: says so, without the form', async () => {
    const el = await agenda();
    await open(el, 'cpt-lens');
    // The comptoirs' period ends meanwhile, by the mock's clock (the page's stays in February).
    mock.clock.set(Date.parse('2026-05-02T10:00:00+02:00'));
    const d = await registerAndWait(el, '[part~="form-error"]');
    expectFormError(d, 'Les inscriptions à ce comptoir sont closes.');
    expect(d.querySelector('form')).to.equal(null);
    expect(deepActiveElement()).to.equal(d.querySelector('h2'));
    await expectAxeClean(el);
    // The list follows: no more "S’inscrire" for it; closing returns to its calendar link.
    await waitForState(el, () => !registerButton(el, 'cpt-lens'));
    await sendKeys({ press: 'Escape' });
    await waitForState(el, () => !d.open);
    expect(deepActiveElement()).to.equal($(el, '[data-comptoir-id="cpt-lens"] [part~="ics-link"]'));
  });

  it('a comptoir that started meanwhile (409 registration_closed): says so clearly, without the form', async () => {
    const el = await agenda();
    await open(el, 'cpt-lens');
    // The comptoir starts while the form is open, by the mock's clock (the page's stays before it).
    const lens = mock.store.comptoirs(CAMPAIGN_ID).find((c) => c.id === 'cpt-lens')!;
    mock.clock.set(lens.start + 60_000);
    const d = await registerAndWait(el, '[part~="form-error"]');
    expect(posts().length).to.equal(1);
    expectFormError(d, 'Ce comptoir a commencé : les inscriptions sont closes. Choisissez un autre comptoir dans l’agenda.');
    expect(d.querySelector('form')).to.equal(null);
    expect(deepActiveElement()).to.equal(d.querySelector('h2'));
    await expectAxeClean(el);
  });

  it('double submission is impossible: the button is disabled in flight and one request is sent', async () => {
    // A slow answer: held 400 ms, then the mock's.
    worker.use(http.post(REGISTRATIONS_ROUTE, () => delay(400).then(() => undefined)));
    const el = await agenda();
    await open(el, 'cpt-lens');
    await fillAndSubmit('Camille Martin', 'camille@example.org');
    const d = dialog(el);
    const submit = d.querySelector<HTMLButtonElement>('[part~="submit-button"]')!;
    await waitForState(el, () => submit.getAttribute('aria-disabled') === 'true');
    expect(text(submit)).to.equal('Inscription en cours…');
    expect(d.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    // Enter again in the field and a click: neither gets through.
    await sendKeys({ press: 'Enter' });
    submit.click();
    // Escape in flight: the dialog stays, or comes back with the answer: the code is never lost.
    await sendKeys({ press: 'Escape' });
    await waitForState(el, () => d.open && d.querySelector('[part~="code"]'));
    expect(deepActiveElement()).to.equal(d.querySelector('h2'));
    expect(posts()).to.have.length(1);
  });

  it('one idempotency key per opening, kept when the network fails and the SDK retries', async () => {
    let failures = 0;
    worker.use(
      http.post(REGISTRATIONS_ROUTE, () => {
        if (failures++ === 0) return HttpResponse.error();
        return undefined;
      }),
    );
    const el = await agenda();
    await open(el, 'cpt-lens');
    await registerAndWait(el, '[part~="code"]');
    const first = posts().map((r) => r.headers.get('idempotency-key'));
    expect(first).to.have.length(2);
    expect(first[0]).to.equal(first[1]);
    dialog(el).close();
    await waitForState(el, () => !dialog(el).open);

    await open(el, 'cpt-visio');
    await registerAndWait(el, '[part~="code"]');
    const second = posts().at(-1)!.headers.get('idempotency-key');
    expect(second).to.not.equal(first[0]);
  });

  it('a refusal for the data sent: a new key for the corrected form, no idempotency conflict', async () => {
    worker.use(http.post(REGISTRATIONS_ROUTE, () => problem(422, 'validation_failed'), { once: true }));
    const el = await agenda();
    await open(el, 'cpt-lens');
    const d = await registerAndWait(el, '[part~="form-error"]');
    expectFormError(d, 'Votre nom ou votre adresse e-mail n’a pas été accepté : vérifiez-les.');
    d.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitForState(el, () => d.querySelector('[part~="code"]'));
    const [a, b] = posts().map((r) => r.headers.get('idempotency-key'));
    expect(a).to.not.equal(b);
  });

  it('"Copier le code" uses the Clipboard API, and falls back to selecting the code', async () => {
    const el = await agenda();
    await open(el, 'cpt-lens');
    const d = await registerAndWait(el, '[part~="code"]');
    const code = text(d.querySelector('[part~="code"]'));
    const status = d.querySelector('[part~="copy-status"]')!;
    expect(status.getAttribute('role')).to.equal('status');

    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    let copied = '';
    try {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
      d.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
      await waitForState(el, () => text(status) === 'Code copié.');
      expect(copied).to.equal(code);

      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      getSelection()!.removeAllRanges();
      d.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
      await waitForState(el, () => getSelection()!.toString().trim() === code);
      expect(text(status)).to.be.oneOf(['Code copié.', 'Le code est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C).']);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });
});
