import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { $, API, deepActiveElement, expectAxeClean, postsTo, text, waitForState } from '../../test/index.js';
import { formatTime } from '../base/format.js';
import type { BcBallot } from './ballot.js';
import {
  CAMPAIGN,
  VOTER,
  ballot,
  choicesReady,
  codeFor,
  codeStep,
  heading,
  headingText,
  mock,
  passCode,
  submitCode,
  submitIdentity,
  toCodeStep,
  type,
  useMockServer,
  voterPosts,
  wrongCode,
  SLOW_TEST_MS,
} from '../../test/ballot.js';

const verifyPosts = () => postsTo('/voters/verify');
const status = (el: BcBallot) => text($(el, '.ballot > [role="status"]'));
const resendButton = (el: BcBallot) => $<HTMLButtonElement>(el, '[part~="resend-button"]')!;

/** The message next to the code field, and the attributes that tie it to the field. */
function codeError(el: BcBallot): string {
  const input = $(el, '#bc-code')!;
  expect(input.getAttribute('aria-invalid')).to.equal('true');
  expect(input.getAttribute('aria-describedby')).to.equal('bc-code-hint bc-code-error');
  return text($(el, '#bc-code-error'));
}

/**
 * Moves time on, for the mock (its clock) and for the widget (which counts from the server's
 * `now` with `performance.now()`): what a voter waiting that long would see, without the wait.
 */
const realNow = performance.now.bind(performance);
let offset = 0;
function advance(ms: number): void {
  offset += ms;
  performance.now = () => realNow() + offset;
  mock.clock.set(mock.clock.now() + ms);
}

describe('<bc-ballot> the e-mailed code', function () {
  this.timeout(SLOW_TEST_MS);
  useMockServer();
  afterEach(() => {
    offset = 0;
    performance.now = realNow;
  });

  it('code sent: where and until when, a numeric one-time-code field, "Renvoyer le code" locked with its countdown; the code itself nowhere', async () => {
    const el = await ballot();
    await toCodeStep(el);
    expect(headingText(el)).to.equal('Étape 1 sur 3 Vérifiez votre adresse e-mail');
    expect(deepActiveElement()).to.equal(heading(el));
    const sent = el.shadowRoot!.textContent!;
    const { expiresAt } = (el as unknown as { draft: { verification: { expiresAt: string } } }).draft.verification;
    expect(text($(el, '.intro'))).to.equal(
      `Nous avons envoyé un code à 6 chiffres à ${VOTER.email}. Il est valable jusqu'à ${formatTime(expiresAt, 'fr')}.`,
    );
    expect(sent).not.to.contain(codeFor(), 'the widget never shows the code');

    const input = $<HTMLInputElement>(el, '#bc-code')!;
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('aria-describedby')).to.equal('bc-code-hint');
    expect(text($(el, 'label[for="bc-code"]'))).to.equal('Code reçu par e-mail');
    expect(text($(el, '#bc-code-hint'))).to.equal('6 chiffres. Pensez à regarder dans vos courriers indésirables.');

    expect(resendButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(resendButton(el).getAttribute('aria-describedby')).to.equal('bc-resend-hint');
    expect(text($(el, '#bc-resend-hint'))).to.match(/^Vous n'avez rien reçu \? Vous pourrez demander un nouveau code dans (30|29) s\.$/);
    // The countdown is read with the button, never announced tick by tick.
    expect($(el, '#bc-resend-hint')!.closest('[role="status"], [aria-live]')).to.equal(null);
    expect(status(el)).to.equal('');
    await expectAxeClean(el);

    resendButton(el).click();
    await el.updateComplete;
    expect(voterPosts()).to.have.length(1, 'locked: nothing sent');
  });

  it('not six digits: said next to the field, which gets the focus; nothing sent', async () => {
    const el = await ballot();
    await toCodeStep(el);
    const error = oneEvent(el, 'bc-ballot-error');
    submitCode(el, '12 34');
    expect((await error).detail).to.deep.equal({ code: 'validation_failed', step: 'code' });
    await el.updateComplete;
    expect(codeError(el)).to.equal('Saisissez les 6 chiffres du code reçu par e-mail.');
    expect(deepActiveElement()).to.equal($(el, '#bc-code'));
    expect(verifyPosts()).to.have.length(0);
    await expectAxeClean(el);
  });

  it('a wrong code: the tries left next to the field (plural, then singular), the focus on it; then the right code', async () => {
    const el = await ballot();
    await toCodeStep(el);
    const error = oneEvent(el, 'bc-ballot-error');
    submitCode(el, wrongCode(1));
    expect((await error).detail).to.deep.equal({ code: 'invalid_code', step: 'code' });
    await waitForState(el, () => $(el, '#bc-code-error'));
    expect(codeError(el)).to.equal("Ce n'est pas le code envoyé par e-mail. Il vous reste 4 essais.");
    expect(deepActiveElement()).to.equal($(el, '#bc-code'));
    expect(headingText(el)).to.contain('Vérifiez votre adresse e-mail');
    await expectAxeClean(el);

    for (const n of [2, 3, 4]) {
      submitCode(el, wrongCode(n));
      await waitForState(el, () => text($(el, '#bc-code-error')).includes(`${5 - n} essai`));
    }
    expect(codeError(el)).to.equal("Ce n'est pas le code envoyé par e-mail. Il vous reste 1 essai.");

    submitCode(el);
    await waitForState(el, choicesReady(el), 'choices', 15_000);
    expect(headingText(el)).to.equal('Étape 2 sur 3 Vos choix');
  });

  it('voided by the fifth wrong code: back to the identity, said, the details kept; a new code on continuing', async () => {
    const el = await ballot();
    await toCodeStep(el);
    for (let n = 1; n <= 4; n++) {
      submitCode(el, wrongCode(n));
      await waitForState(el, () => text($(el, '#bc-code-error')).includes(`${5 - n} essai`));
    }
    const error = oneEvent(el, 'bc-ballot-error');
    submitCode(el, wrongCode(5));
    expect((await error).detail).to.deep.equal({ code: 'verification_expired', step: 'code' });
    await waitForState(el, () => $(el, '#bc-firstName'));
    expect(headingText(el)).to.equal('Étape 1 sur 3 Vos informations');
    expect(deepActiveElement()).to.equal(heading(el));
    expect(text($(el, '[part~="notice"]'))).to.equal(
      "Votre code n'est plus valable : il a expiré, ou trop de codes erronés ont été saisis. Vérifiez votre adresse e-mail, puis continuez pour en recevoir un nouveau.",
    );
    expect($<HTMLInputElement>(el, '#bc-email')!.value).to.equal(VOTER.email);
    await expectAxeClean(el);

    const sent = mock.store.outbox.length;
    advance(30_000);
    submitIdentity(el);
    await passCode(el);
    expect(mock.store.outbox.length).to.equal(sent + 1);
    await waitForState(el, choicesReady(el), 'choices', 15_000);
  });

  it('expired after 15 minutes (the mock clock): back to the identity, said; continuing sends a new code (en)', async () => {
    const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} lang="en"></bc-ballot>`);
    await toCodeStep(el);
    expect(headingText(el)).to.equal('Step 1 of 3 Check your e-mail address');
    const code = codeFor();
    advance(15 * 60_000);
    submitCode(el, code);
    await waitForState(el, () => $(el, '#bc-firstName'), 'identity', 15_000);
    expect(text($(el, '[part~="notice"]'))).to.equal(
      'Your code is no longer valid: it has expired, or too many wrong codes were entered. Check your e-mail address, then continue to receive a new one.',
    );
    await expectAxeClean(el);
    submitIdentity(el);
    await waitForState(el, codeStep(el), 'code step', 15_000);
    expect(codeFor()).to.be.a('string');
    submitCode(el, wrongCode(1));
    await waitForState(el, () => $(el, '#bc-code-error'));
    expect(codeError(el)).to.equal('This is not the code sent by e-mail. You have 4 tries left.');
    submitCode(el);
    await waitForState(el, choicesReady(el), 'choices', 15_000);
  });

  it('resend unlocked after resendAfter: said once in the live region; a new code replaces the old one', async () => {
    const el = await ballot();
    await toCodeStep(el);
    const first = codeFor();
    advance(10_000);
    await waitForState(el, () => /dans (1\d|20) s/.test(text($(el, '#bc-resend-hint'))), 'the countdown goes on');
    expect(status(el)).to.equal('');

    advance(20_000);
    await waitForState(el, () => status(el) === 'Vous pouvez demander un nouveau code.', 'announced', 5000);
    expect(resendButton(el).getAttribute('aria-disabled')).to.equal('false');
    expect(text($(el, '#bc-resend-hint'))).to.equal('');
    await expectAxeClean(el);

    resendButton(el).focus();
    const sent = mock.store.outbox.length;
    resendButton(el).click();
    await waitForState(el, () => status(el) === 'Un nouveau code a été envoyé.', 'resent');
    expect(mock.store.outbox.length).to.equal(sent + 1);
    expect(voterPosts()).to.have.length(2);
    expect(resendButton(el).getAttribute('aria-disabled')).to.equal('true', 'locked again');
    expect(deepActiveElement()).to.equal(resendButton(el), 'the focus stays on the button');
    await expectAxeClean(el);

    const second = codeFor();
    if (second !== first) {
      submitCode(el, first);
      await waitForState(el, () => $(el, '#bc-code-error'));
      expect(codeError(el)).to.contain('Il vous reste 4 essais');
    }
    submitCode(el, second);
    await waitForState(el, choicesReady(el), 'choices', 15_000);
  });

  it('"Modifier mon adresse e-mail": the identity as typed, the focus on the address; the new address gets the code', async () => {
    const el = await ballot();
    await toCodeStep(el);
    $<HTMLButtonElement>(el, '[part~="back-button"]')!.click();
    await waitForState(el, () => $(el, '#bc-email'));
    expect(headingText(el)).to.equal('Étape 1 sur 3 Vos informations');
    expect(deepActiveElement()).to.equal($(el, '#bc-email'));
    expect($<HTMLInputElement>(el, '#bc-firstName')!.value).to.equal(VOTER.firstName);
    expect($<HTMLInputElement>(el, '#bc-email')!.value).to.equal(VOTER.email);
    await expectAxeClean(el);

    const other = `autre.${VOTER.email}`;
    type(el, '#bc-email', other);
    submitIdentity(el);
    await waitForState(el, codeStep(el), 'code step', 15_000);
    expect(text($(el, '.intro'))).to.contain(other);
    submitCode(el, codeFor(other));
    await waitForState(el, choicesReady(el), 'choices', 15_000);
  });

  it('a reload at the code step comes back to it, its countdown and verification kept', async () => {
    let el = await ballot();
    await toCodeStep(el);
    el.remove();
    el = await ballot();
    await waitForState(el, codeStep(el), 'code step again', 15_000);
    expect(text($(el, '.intro'))).to.contain(VOTER.email);
    expect(resendButton(el).getAttribute('aria-disabled')).to.equal('true');
    submitCode(el);
    await waitForState(el, choicesReady(el), 'choices', 15_000);
    expect(voterPosts()).to.have.length(1);
  });
});
