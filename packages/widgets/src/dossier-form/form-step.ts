/**
 * The form: who carries the project, the comptoir participation, the project itself, the
 * certification. Every field with its error next to it, and all of them in the summary at the
 * top; the summary and the description with a character counter.
 */
import { msg, str } from '@lit/localize';
import type { HolderKind } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { renderErrorSummary as renderSummary } from '../base/error-summary.js';
import { formatNumber } from '../base/format.js';
import { isSingular, type Lang } from '../base/i18n.js';
import { categoryLabel, holderKindLabel } from '../base/labels.js';
import { FIELDS, LIMITS, type Field } from './checks.js';
import type { DossierFields } from './draft.js';
import { renderCheckbox, renderChoices, renderTextField } from './fields.js';
import { fieldMessage } from './messages.js';
import type { FormView } from './step-view.js';

const KINDS: readonly HolderKind[] = ['citizen', 'collective', 'association', 'ess-organisation'];

/** The field's input id, which the error summary links to and the flow focuses. */
export const fieldId = (f: Field): string => `bc-${f}`;

export function renderFormStep(v: FormView): TemplateResult {
  const { flow, lang } = v;
  const f = flow.fields;
  const errorOf = (field: Field): string | undefined => {
    const code = flow.fieldErrors[field];
    return code && fieldMessage(field, code, lang);
  };
  const set = (patch: Partial<DossierFields>) => flow.set(patch);
  const text = (name: 'name' | 'organisation' | 'email' | 'comptoirCode' | 'title' | 'amount', label: string, more: object = {}) =>
    renderTextField({ name, label, error: errorOf(name), value: f[name], onInput: (value) => set({ [name]: value }), ...more });
  const counted = (name: 'summary' | 'description', label: string, hint: string) =>
    renderTextField({
      name,
      label,
      hint,
      multiline: true,
      error: errorOf(name),
      value: f[name],
      onInput: (value) => {
        set({ [name]: value });
        v.onCount();
      },
      counter: renderCounter(name, f[name], lang),
    });
  const summary = FIELDS.flatMap((field) => {
    const message = errorOf(field);
    return message ? [[fieldId(field), message] as [string, string]] : [];
  });
  const submit = (e: Event) => {
    e.preventDefault();
    flow.toReview();
  };
  return html`${staticHtml`<${v.heading()} part="heading" class="heading" tabindex="-1">${msg('Déposer un dossier', { id: 'dossier.title' })}</${v.heading()}>`}
    <p class="intro">
      ${msg(
        'Un dossier déposé ne peut plus être modifié : avant de le déposer, vous le relirez en entier. Tous les champs sont obligatoires, sauf ceux marqués « facultatif ». Ce que vous saisissez est gardé sur cet appareil jusqu’au dépôt, même si vous rechargez la page.',
        { id: 'dossier.intro' },
      )}
    </p>
    <form novalidate @submit=${submit}>
      ${renderErrorSummary(summary, lang, v.focus, v.heading(1))}
      <fieldset class="group">
        <legend part="legend">${msg('Qui porte le projet', { id: 'dossier.holder' })}</legend>
        ${renderChoices({
          name: 'kind',
          legend: msg('Vous déposez ce dossier en tant que', { id: 'dossier.kind' }),
          error: errorOf('kind'),
          value: f.kind,
          options: KINDS.map((kind) => [kind, holderKindLabel(kind)] as const),
          onChange: (kind) => set({ kind: kind as HolderKind }),
        })}
        ${text('name', msg('Votre nom et prénom', { id: 'dossier.name' }), { autocomplete: 'name' })}
        ${text('organisation', msg('Nom de votre collectif, association ou structure (facultatif)', { id: 'dossier.organisation' }), {
          autocomplete: 'organization',
          hint: msg('S’il est labellisé, le projet est publié sous ce nom ; sinon, sous le vôtre.', { id: 'dossier.organisation-hint' }),
        })}
        ${text('email', msg('Adresse e-mail', { id: 'dossier.email' }), {
          type: 'email',
          autocomplete: 'email',
          hint: msg('L’accusé de réception, puis la décision du comité, vous sont envoyés à cette adresse.', { id: 'dossier.email-hint' }),
        })}
      </fieldset>
      <fieldset class="group">
        <legend part="legend">${msg('Votre participation à un comptoir', { id: 'dossier.comptoir' })}</legend>
        ${text('comptoirCode', msg('Code de participation au comptoir', { id: 'dossier.code' }), {
          autocomplete: 'off',
          hint: html`${msg(
            'Chaque dossier demande d’avoir participé à un comptoir à initiatives citoyennes. Le code est celui que vous avez reçu en vous inscrivant au comptoir (à l’écran et par e-mail) ; il est valable une fois votre présence enregistrée, pour un seul dossier.',
            { id: 'dossier.code-hint' },
          )}
          ${v.agendaHref
            ? html`<a part="agenda-link" href=${v.agendaHref}>${msg('Voir l’agenda des comptoirs', { id: 'dossier.agenda-link' })}</a>`
            : nothing}`,
        })}
      </fieldset>
      <fieldset class="group">
        <legend part="legend">${msg('Le projet', { id: 'dossier.project' })}</legend>
        ${text('title', msg('Titre du projet', { id: 'dossier.project-title' }))}
        ${counted(
          'summary',
          msg('Résumé', { id: 'dossier.summary' }),
          msg('En quelques phrases. S’il est labellisé, le projet est publié avec ce résumé.', { id: 'dossier.summary-hint' }),
        )}
        ${counted(
          'description',
          msg('Description', { id: 'dossier.description' }),
          msg('Ce que le projet apporte, à qui, et comment il sera mené. Texte simple : séparez les paragraphes par une ligne vide.', {
            id: 'dossier.description-hint',
          }),
        )}
        ${text('amount', msg('Montant demandé, en euros', { id: 'dossier.amount' }), {
          inputmode: 'decimal',
          hint: msg('Par exemple : 12 500 ou 12 500,50', { id: 'dossier.amount-hint' }),
        })}
        ${v.communes.render({
          id: fieldId('communeCode'),
          label: msg('Commune du projet', { id: 'dossier.commune' }),
          hint: msg('Tapez le nom de la commune ou son code postal, puis choisissez-la dans la liste.', { id: 'dossier.commune-hint' }),
          error: errorOf('communeCode'),
          value: f.communeText,
          lang,
        })}
        ${renderChoices({
          name: 'proposedCategory',
          legend: msg('Catégorie proposée (facultatif)', { id: 'dossier.category' }),
          hint: msg('Le comité de labellisation choisit la catégorie du projet ; vous pouvez lui en proposer une.', { id: 'dossier.category-hint' }),
          error: errorOf('proposedCategory'),
          value: f.proposedCategory,
          options: [
            ...v.campaign.categories.map((c) => [c.id, categoryLabel(c.id, c.name)] as const),
            ['', msg('Je laisse le comité choisir', { id: 'dossier.category-none' })] as const,
          ],
          onChange: (proposedCategory) => set({ proposedCategory }),
        })}
      </fieldset>
      ${renderCheckbox({
        name: 'certifies',
        label: msg('Je certifie que les informations de ce dossier sont exactes.', { id: 'dossier.certifies' }),
        error: errorOf('certifies'),
        checked: f.certifies,
        onChange: (certifies) => set({ certifies }),
      })}
      <p class="bc-visually-hidden count-note" role="status">${v.countAnnouncement}</p>
      <div class="actions">
        <button part="button next-button" class="bc-button" type="submit">${msg('Relire mon dossier', { id: 'dossier.to-review' })}</button>
      </div>
    </form>`;
}

/** "152 caractères sur 300" under a counted field; past the limit, by how much. */
function renderCounter(name: 'summary' | 'description', value: string, lang: Lang): TemplateResult {
  const max = LIMITS[name]!;
  const n = value.trim().length;
  const over = n > max;
  return html`<p part="counter" class="counter ${over ? 'over' : ''}" id="bc-${name}-count">
    ${over
      ? msg(str`${formatNumber(n, lang)} caractères sur ${formatNumber(max, lang)} : ${formatNumber(n - max, lang)} de trop`, { id: 'dossier.count-over' })
      : msg(str`${formatNumber(n, lang)} caractères sur ${formatNumber(max, lang)}`, { id: 'dossier.count' })}
  </p>`;
}

/**
 * What the counters' live region says once typing pauses: nothing while far from the limit,
 * then how many characters are left (the last tenth), or how many are too many.
 */
export function countAnnouncement(f: DossierFields, lang: Lang): string {
  for (const name of ['summary', 'description'] as const) {
    const max = LIMITS[name]!;
    const left = max - f[name].trim().length;
    if (left < 0) return msg(str`${fieldName(name)} : ${formatNumber(-left, lang)} caractères de trop.`, { id: 'dossier.count-too-many' });
    if (left <= max / 10) return msg(str`${fieldName(name)} : encore ${formatNumber(left, lang)} caractères possibles.`, { id: 'dossier.count-left' });
  }
  return '';
}

const fieldName = (name: 'summary' | 'description'): string =>
  name === 'summary' ? msg('Résumé', { id: 'dossier.summary' }) : msg('Description', { id: 'dossier.description' });

/** Every error of the form, each a link that takes the focus to its field; `heading`: its title's tag. */
function renderErrorSummary(
  items: Array<[id: string, text: string]>,
  lang: Lang,
  focus: (id: string) => void,
  heading: ReturnType<FormView['heading']>,
): TemplateResult | typeof nothing {
  const n = items.length;
  const title = isSingular(n, lang)
    ? msg('Une erreur empêche de continuer :', { id: 'dossier.summary-one' })
    : msg(str`${n} erreurs empêchent de continuer :`, { id: 'dossier.summary-many' });
  return renderSummary(items, title, focus, heading);
}
