/**
 * The review: everything the form holds, as it will be deposited, and why it matters (a
 * dossier can never be changed), then "Modifier" or "Déposer le dossier".
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { formatMoney } from '../base/format.js';
import { categoryLabel, holderKindLabel } from '../base/labels.js';
import { parseEuros } from './checks.js';
import type { StepView } from './step-view.js';

export function renderReviewStep(v: StepView): TemplateResult {
  const { flow, campaign } = v;
  const f = flow.fields;
  const category = campaign.categories.find((c) => c.id === f.proposedCategory);
  const rows: Array<[string, string, string?]> = [
    [msg('Vous déposez ce dossier en tant que', { id: 'dossier.kind' }), f.kind ? holderKindLabel(f.kind) : ''],
    [msg('Votre nom et prénom', { id: 'dossier.name' }), f.name.trim()],
    ...(f.organisation.trim() ? [[msg('Collectif, association ou structure', { id: 'dossier.review-organisation' }), f.organisation.trim()] as [string, string]] : []),
    [msg('Adresse e-mail', { id: 'dossier.email' }), f.email.trim()],
    [msg('Code de participation au comptoir', { id: 'dossier.code' }), f.comptoirCode.trim()],
    [msg('Titre du projet', { id: 'dossier.project-title' }), f.title.trim()],
    [msg('Résumé', { id: 'dossier.summary' }), f.summary.trim(), 'text'],
    [msg('Description', { id: 'dossier.description' }), f.description.trim(), 'text'],
    [msg('Montant demandé', { id: 'dossier.review-amount' }), formatMoney(parseEuros(f.amount) ?? 0, v.lang)],
    [msg('Commune du projet', { id: 'dossier.commune' }), f.communeText],
    [
      msg('Catégorie proposée', { id: 'dossier.review-category' }),
      category ? categoryLabel(category.id, category.name) : msg('Je laisse le comité choisir', { id: 'dossier.category-none' }),
    ],
  ];
  return html`${staticHtml`<${v.heading()} part="heading" class="heading" tabindex="-1">${msg('Relisez votre dossier', { id: 'dossier.review' })}</${v.heading()}>`}
    <p part="notice" class="notice">
      ${msg('Une fois déposé, un dossier ne peut plus être modifié ni retiré. Vérifiez chaque information ; pour corriger, choisissez « Modifier ».', {
        id: 'dossier.final',
      })}
    </p>
    ${v.topError}
    <dl part="review" class="review">
      ${rows.map(
        ([label, value, kind]) => html`<div>
          <dt>${label}</dt>
          <dd class=${kind ?? nothing}>${value}</dd>
        </div>`,
      )}
    </dl>
    <div class="actions">
      <button part="button back-button" class="bc-button bc-button--secondary" type="button" @click=${() => flow.edit()}>
        ${msg('Modifier', { id: 'dossier.edit' })}
      </button>
      <button
        part="button submit-button"
        class="bc-button"
        type="button"
        aria-disabled=${flow.busy ? 'true' : 'false'}
        @click=${() => void flow.submit()}
      >
        ${flow.busy ? msg('Dépôt en cours…', { id: 'dossier.sending-short' }) : msg('Déposer le dossier', { id: 'dossier.submit' })}
      </button>
    </div>
    <p class="bc-visually-hidden" role="status">${flow.busy ? msg('Dépôt de votre dossier…', { id: 'dossier.sending' }) : ''}</p>`;
}
