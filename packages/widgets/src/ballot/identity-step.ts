/**
 * Step 1, who votes: first and last name, birth date in three fields, commune (a combobox over
 * the département's communes), e-mail and the rules' acceptance, each with its error next to
 * it and all of them in the summary at the top.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { FIELDS, type Field } from './checks.js';
import type { CommuneCombobox } from '../base/commune-combobox/commune-combobox.js';
import { renderDatePart, renderErrorSummary, renderFieldError, renderStepHeader, renderTextField } from './form-template.js';
import { fieldMessage } from './messages.js';
import type { StepView } from './step-view.js';

export interface IdentityView extends StepView {
  communes: CommuneCombobox;
  /** The rules' page (`rules-url`), already made safe. */
  rulesHref: string | undefined;
}

export function renderIdentityStep(v: IdentityView): TemplateResult {
  const { flow, campaign: c } = v;
  const i = flow.draft.identity;
  const errorOf = (f: Field): string | undefined => {
    const code = flow.fieldErrors[f];
    return code && fieldMessage(f, code, c.voting.minAge, c.territory.name);
  };
  const textField = (name: 'firstName' | 'lastName' | 'email', label: string, autocomplete: string, hint?: string) =>
    renderTextField({
      name,
      label,
      type: name === 'email' ? 'email' : 'text',
      autocomplete,
      hint,
      error: errorOf(name),
      value: i[name],
      onInput: (value) => flow.setIdentity({ [name]: value }),
    });
  const birthError = errorOf('birthDate');
  const datePart = (part: 'day' | 'month' | 'year', id: string, label: string) =>
    renderDatePart({
      part,
      id,
      label,
      errorId: birthError && 'bc-birthDate-error',
      value: i[part],
      onInput: (value) => flow.setIdentity({ [part]: value }),
    });
  const rulesError = errorOf('rules');
  const summary = FIELDS.flatMap((f) => {
    const text = errorOf(f);
    return text ? [[`bc-${f}`, text] as [string, string]] : [];
  });
  const submit = (e: Event) => {
    e.preventDefault();
    void flow.submitIdentity();
  };
  return html`${renderStepHeader(1, msg('Vos informations', { id: 'ballot.identity' }), v.heading())}
    ${flow.codeLost || flow.expired
      ? html`<p part="notice" class="notice">
          ${flow.codeLost
            ? msg("Votre code n'est plus valable : il a expiré, ou trop de codes erronés ont été saisis. Vérifiez votre adresse e-mail, puis continuez pour en recevoir un nouveau.", {
                id: 'ballot.code-lost',
              })
            : msg('Votre session a expiré. Confirmez vos informations pour continuer : vos choix sont conservés.', {
                id: 'ballot.expired',
              })}
        </p>`
      : nothing}
    ${v.topError}
    <form novalidate @submit=${submit}>
      ${renderErrorSummary(summary, v.lang, v.focus, v.heading(1))}
      <p class="intro">
        ${msg(str`Toute personne habitant le ${c.territory.name} et âgée d'au moins ${c.voting.minAge} ans peut voter, une seule fois. Tous les champs sont obligatoires.`, {
          id: 'ballot.intro',
        })}
      </p>
      ${textField('firstName', msg('Prénom', { id: 'ballot.first-name' }), 'given-name')}
      ${textField('lastName', msg('Nom', { id: 'ballot.last-name' }), 'family-name')}
      <fieldset part="field" class="field" aria-describedby="bc-birthDate-hint${birthError ? ' bc-birthDate-error' : ''}">
        <legend part="label">${msg('Date de naissance', { id: 'ballot.birth-date' })}</legend>
        <p class="hint" id="bc-birthDate-hint">${msg('Par exemple : 14 7 2010', { id: 'ballot.birth-hint' })}</p>
        ${renderFieldError('bc-birthDate-error', birthError)}
        <div class="date">
          ${datePart('day', 'bc-birthDate', msg('Jour', { id: 'ballot.day' }))}
          ${datePart('month', 'bc-birth-month', msg('Mois', { id: 'ballot.month' }))}
          ${datePart('year', 'bc-birth-year', msg('Année', { id: 'ballot.year' }))}
        </div>
      </fieldset>
      ${v.communes.render({
        id: 'bc-communeCode',
        label: msg('Commune de résidence', { id: 'ballot.commune' }),
        hint: msg('Tapez le nom de votre commune ou son code postal, puis choisissez-la dans la liste.', {
          id: 'ballot.commune-hint',
        }),
        error: errorOf('communeCode'),
        value: i.communeText,
        lang: v.lang,
      })}
      ${textField(
        'email',
        msg('Adresse e-mail', { id: 'ballot.email' }),
        'email',
        msg('Elle sert à vérifier que chaque personne ne vote qu’une fois.', { id: 'ballot.email-hint' }),
      )}
      <div part="field" class="field check">
        ${renderFieldError('bc-rules-error', rulesError)}
        <input
          id="bc-rules"
          name="rules"
          type="checkbox"
          aria-invalid=${rulesError ? 'true' : nothing}
          aria-describedby=${rulesError ? 'bc-rules-error' : nothing}
          .checked=${i.rules}
          @change=${(e: Event) => flow.setIdentity({ rules: (e.target as HTMLInputElement).checked })}
        />
        <label part="label" for="bc-rules">${msg("J'ai lu et j'accepte le règlement du budget citoyen.", { id: 'ballot.rules' })}</label>
        ${v.rulesHref
          ? html`<a href=${v.rulesHref} target="_blank" rel="noopener"
              >${msg('Lire le règlement', { id: 'ballot.rules-link' })}<span class="bc-visually-hidden">
                ${msg('(nouvelle fenêtre)', { id: 'ballot.new-window' })}</span
              ></a
            >`
          : nothing}
      </div>
      <div class="actions">
        <button part="button next-button" class="bc-button" type="submit" aria-disabled=${flow.busy ? 'true' : 'false'}>
          ${flow.busy ? msg('Vérification…', { id: 'ballot.checking-short' }) : msg('Continuer', { id: 'ballot.continue' })}
        </button>
      </div>
    </form>`;
}
