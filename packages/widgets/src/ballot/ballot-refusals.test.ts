import { expect, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { http } from 'msw';
import { $, $$, API, deepActiveElement, expectAxeClean, problem, text, waitForState, worker } from '../../test/index.js';
import type { BcBallot } from './ballot.js';
import {
  CAMPAIGN,
  VOTER,
  ballot,
  choicesReady,
  fillIdentity,
  headingText,
  mock,
  submitIdentity,
  toChoices,
  toReview,
  type,
  useMockServer,
  voterPosts,
  SLOW_TEST_MS,
  passCode,
} from '../../test/ballot.js';

const VOTERS = `${API}/campaigns/:campaignId/voters`;
const BALLOT = `${API}/campaigns/:campaignId/ballot`;

/** The message shown next to a field, and the checks that tie it to its control. */
function fieldError(el: BcBallot, id: string): string {
  const control = $(el, `#${id}`)!;
  expect(control.getAttribute('aria-invalid'), `${id} aria-invalid`).to.equal('true');
  const errorId = `${id === 'bc-birthDate' ? 'bc-birthDate' : id}-error`;
  expect(control.getAttribute('aria-describedby') ?? '', `${id} aria-describedby`).to.contain(errorId);
  return text($(el, `#${errorId}`));
}

/** The identity step sent empty: each field's message, in French and in English. */
const EMPTY_FORM: Array<[string, string, string]> = [
  ['bc-firstName', 'Indiquez votre prénom.', 'Enter your first name.'],
  ['bc-lastName', 'Indiquez votre nom.', 'Enter your last name.'],
  ['bc-birthDate', 'Indiquez votre date de naissance.', 'Enter your date of birth.'],
  ['bc-communeCode', 'Choisissez votre commune de résidence dans la liste.', 'Choose your municipality of residence from the list.'],
  ['bc-email', 'Indiquez votre adresse e-mail.', 'Enter your e-mail address.'],
  ['bc-rules', 'Acceptez le règlement pour voter.', 'Accept the rules to vote.'],
];

const summary = (el: BcBallot) => $$(el, '[part~="error-summary"] li').map(text);
const topAlert = (el: BcBallot) => text($(el, '[part~="state-error"]'));

function respondToRegistration(status: number, code: string, errors?: Array<{ path: string; message: string }>) {
  worker.use(
    http.post(VOTERS, () => {
      const response = problem(status, code);
      if (!errors) return response;
      return response.json().then((body) =>
        Response.json({ ...body, errors }, { status, headers: { 'content-type': 'application/problem+json' } }),
      );
    }),
  );
}

describe('<bc-ballot> refusals', function () {
  // axe over the choices step takes seconds on a busy machine.
  this.timeout(SLOW_TEST_MS);
  useMockServer();

  describe('client-side checks, before any request', () => {
    it('heading-level: each step\'s title at that level, the error summary\'s one below', async () => {
      const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} heading-level="3"></bc-ballot>`);
      expect($(el, '[part~="heading"]')!.localName).to.equal('h3');
      submitIdentity(el);
      await waitForState(el, () => $(el, '[part~="error-summary"]'));
      expect($(el, '.summary-title')!.localName).to.equal('h4');
      expect($$(el, 'h2')).to.have.length(0);
      await expectAxeClean(el);
    });

    it('an empty form: every field marked, a summary at the top, focus on the first field (fr)', async () => {
      const el = await ballot();
      const error = oneEvent(el, 'bc-ballot-error');
      submitIdentity(el);
      expect((await error).detail).to.deep.equal({ code: 'validation_failed', step: 'identity' });
      await el.updateComplete;
      for (const [id, fr] of EMPTY_FORM) expect(fieldError(el, id), id).to.equal(fr);
      expect(text($(el, '[part~="error-summary"] h3'))).to.equal('6 erreurs empêchent de continuer :');
      expect(summary(el)).to.have.length(6);
      expect(deepActiveElement()).to.equal($(el, '#bc-firstName'));
      expect(voterPosts()).to.have.length(0);
      await expectAxeClean(el);

      // A link of the summary takes the focus to its field.
      $<HTMLAnchorElement>(el, '[part~="error-summary"] li:nth-child(5) a')!.click();
      expect(deepActiveElement()).to.equal($(el, '#bc-email'));
    });

    it('the same checks in English', async () => {
      const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} lang="en"></bc-ballot>`);
      expect(headingText(el)).to.equal('Step 1 of 3 About you');
      submitIdentity(el);
      await waitForState(el, () => $(el, '[part~="error-summary"]'));
      for (const [id, , en] of EMPTY_FORM) expect(fieldError(el, id), id).to.equal(en);
      expect(text($(el, '[part~="error-summary"] h3'))).to.equal('6 errors prevent you from continuing:');
      await expectAxeClean(el);
    });

    it('too young on the Paris day of the server clock (the SDK rule), a bad date, a bad e-mail', async () => {
      const el = await ballot();
      // The mock's clock stands on 20 September 2026: born on 21 September 2015 is 10 that day.
      await fillIdentity(el, { day: '21', month: '9', year: '2015', email: 'camille@' });
      submitIdentity(el);
      await waitForState(el, () => $(el, '[part~="error-summary"]'));
      expect(fieldError(el, 'bc-birthDate')).to.equal('Il faut avoir au moins 11 ans pour voter.');
      expect(fieldError(el, 'bc-email')).to.equal('Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.');
      expect(summary(el)).to.have.length(2);
      expect(deepActiveElement()).to.equal($(el, '#bc-birthDate'));

      type(el, '#bc-birthDate', '30');
      type(el, '#bc-birth-month', '2');
      type(el, '#bc-email', VOTER.email);
      submitIdentity(el);
      await el.updateComplete;
      expect(fieldError(el, 'bc-birthDate')).to.equal('Indiquez une date de naissance réelle, par exemple 14 7 2010.');
      expect(summary(el)).to.have.length(1);

      // Born on 20 September 2015 is exactly 11 that day: accepted.
      type(el, '#bc-birthDate', '20');
      type(el, '#bc-birth-month', '9');
      submitIdentity(el);
      await passCode(el);
      await waitForState(el, choicesReady(el), 'choices', 15_000);
      expect(voterPosts()).to.have.length(1);
    });

    it('a commune typed but not chosen from the list is refused', async () => {
      const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} lang="en"></bc-ballot>`);
      await fillIdentity(el, { commune: 'Lille' });
      submitIdentity(el);
      await waitForState(el, () => $(el, '[part~="error-summary"]'));
      expect(fieldError(el, 'bc-communeCode')).to.equal('Choose your municipality of residence from the list.');
      expect(voterPosts()).to.have.length(0);
    });
  });

  describe("the server's refusals, at the same fields", () => {
    const cases: Array<[string, number, string, Array<{ path: string; message: string }> | undefined, string, string, string]> = [
      ['not_eligible_age', 422, 'not_eligible_age', [{ path: 'birthDate', message: 'too young' }], 'bc-birthDate', 'Il faut avoir au moins 11 ans pour voter.', 'You must be at least 11 years old to vote.'],
      ['not_resident', 422, 'not_resident', [{ path: 'communeCode', message: 'not in 62' }], 'bc-communeCode', 'Seuls les habitants du Pas-de-Calais peuvent voter : choisissez une commune du département.', 'Only residents of the Pas-de-Calais may vote: choose a municipality of the département.'],
      ['validation_failed on email', 400, 'validation_failed', [{ path: 'email', message: 'invalid' }], 'bc-email', 'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.', 'Enter a valid e-mail address, for example name@example.com.'],
      ['validation_failed on firstName', 422, 'validation_failed', [{ path: 'firstName', message: 'too long' }], 'bc-firstName', 'Vérifiez ce champ.', 'Check this field.'],
      ['email_in_use', 409, 'email_in_use', [{ path: 'email', message: 'taken' }], 'bc-email', 'Cette adresse e-mail est déjà utilisée par une autre personne.', 'This e-mail address is already used by another person.'],
    ];
    for (const [name, status, code, errors, id, fr, en] of cases) {
      for (const lang of ['fr', 'en'] as const) {
        it(`${name} (${lang})`, async () => {
          respondToRegistration(status, code, errors);
          const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} lang=${lang}></bc-ballot>`);
          await fillIdentity(el);
          const event = oneEvent(el, 'bc-ballot-error');
          submitIdentity(el);
          expect((await event).detail).to.deep.equal({ code, step: 'identity' });
          await waitForState(el, () => $(el, '[part~="error-summary"]'));
          expect(fieldError(el, id)).to.equal(lang === 'fr' ? fr : en);
          expect(summary(el)).to.deep.equal([lang === 'fr' ? fr : en]);
          expect(deepActiveElement()).to.equal($(el, `#${id}`));
          if (lang === 'fr' && code === 'not_resident') await expectAxeClean(el);
        });
      }
    }

    it('phase_closed: at the top, in words, with the dates (fr and en)', async () => {
      for (const lang of ['fr', 'en']) {
        respondToRegistration(409, 'phase_closed');
        const el = await ballot(html`<bc-ballot api-base=${API} campaign=${CAMPAIGN} lang=${lang}></bc-ballot>`);
        await fillIdentity(el);
        submitIdentity(el);
        await waitForState(el, () => $(el, '[part~="state-error"]'));
        expect(topAlert(el)).to.match(
          lang === 'fr' ? /^Le vote n'est pas ouvert en ce moment : il a lieu du .+ au .+\.$/ : /^Voting is not open at the moment: it runs from .+ to .+\.$/,
        );
        expect($(el, '[part~="state-error"]')!.getAttribute('role')).to.equal('alert');
        expect($(el, '[part~="retry-button"]')).to.equal(null);
        await expectAxeClean(el);
        el.remove();
        worker.resetHandlers();
        worker.use(...mock.handlers);
      }
    });

    it('a validation_failed on the ballot sends the voter back to the category concerned', async () => {
      const el = await ballot();
      await toReview(el);
      const category = mock.store.campaign(CAMPAIGN).categories[1]!.id;
      worker.use(
        http.post(BALLOT, async () => {
          const body = await problem(422, 'validation_failed').json();
          return Response.json(
            { ...body, errors: [{ path: `choices.${category}`, message: 'unknown project' }] },
            { status: 422, headers: { 'content-type': 'application/problem+json' } },
          );
        }),
      );
      $<HTMLButtonElement>(el, '[part~="cast-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="error-summary"]'));
      expect(headingText(el)).to.contain('Étape 2 sur 3');
      const fieldset = $(el, `#bc-cat-${category}`)!;
      expect(text(fieldset.querySelector('[part~="field-error"]'))).to.equal(
        'Ce choix n’est pas possible : choisissez un autre projet, ou aucun.',
      );
      expect(fieldset.getAttribute('aria-describedby')).to.contain(`bc-cat-${category}-error`);
      expect(fieldset.contains(deepActiveElement())).to.equal(true);
      await expectAxeClean(el);
    });
  });

  describe('choices', () => {
    it('an empty ballot is refused by the SDK rule before the review (fr and en)', async () => {
      const el = await ballot();
      await toChoices(el);
      const error = oneEvent(el, 'bc-ballot-error');
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      expect((await error).detail).to.deep.equal({ code: 'validation_failed', step: 'choices' });
      await el.updateComplete;
      expect(summary(el)).to.deep.equal(['Choisissez au moins un projet, dans une catégorie au moins.']);
      const first = $$(el, 'fieldset[part~="category"]')[0]!;
      expect(text(first.querySelector('[part~="field-error"]'))).to.equal('Choisissez au moins un projet, dans une catégorie au moins.');
      expect(first.contains(deepActiveElement())).to.equal(true);
      await expectAxeClean(el);

      el.lang = 'en';
      await el.updateComplete;
      expect(summary(el)).to.deep.equal(['Choose at least one project, in at least one category.']);
    });

    it('a category can be cleared again with its "no project" option', async () => {
      const el = await ballot();
      await toChoices(el);
      const fieldset = $$(el, 'fieldset[part~="category"]')[0]!;
      const [project] = fieldset.querySelectorAll<HTMLInputElement>('input');
      project!.click();
      await el.updateComplete;
      const none = fieldset.querySelector<HTMLInputElement>('input[value=""]')!;
      expect(none.checked).to.equal(false);
      none.click();
      await el.updateComplete;
      expect(project!.checked).to.equal(false);
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      await waitForState(el, () => $(el, '[part~="error-summary"]'));
    });
  });
});
