/**
 * One dossier, all of it, as the committee reads it before deciding: who holds it, how much it
 * asks, where, in which category it proposes itself, by which comptoir, when; its summary and
 * description as text (citizens' input: never HTML; paragraphs kept); then its decision, taken
 * or to take (`decision-form.ts`).
 */
import { msg, str } from '@lit/localize';
import type { AdminDossier } from '@budget-citoyen/sdk';
import { html, type TemplateResult } from 'lit';
import { formatDateTime, formatMoney, isoInstant } from '../base/format.js';
import { holderKindLabel } from '../base/labels.js';
import { renderDecision, type DecisionView } from './decision-form.js';
import { renderHeading, renderSubheading } from './panel-view.js';
import { statusLabel } from './words.js';

/** Paragraphs apart; the line breaks within one are kept by the styles (`white-space: pre-line`). */
const paragraphs = (text: string): string[] => text.split(/\n\s*\n/).filter((p) => p.trim());

export function renderDossierDetail(v: DecisionView): TemplateResult {
  const d = v.flow.decision.dossier!;
  return html`<article part="dossier" class="panel">
    <p class="actions">
      <button part="button back-button" type="button" class="bc-button bc-button--secondary" @click=${() => v.flow.back()}>
        ${msg('Retour à la liste', { id: 'admin.back' })}
      </button>
    </p>
    ${renderHeading(v.heading(), d.title)}
    <p><span part="status" class=${`status status--${d.status}`}>${statusLabel(d.status)}</span></p>
    ${renderFacts(v, d)}
    ${renderSubheading(v.heading(1), msg('Résumé', { id: 'admin.summary' }))}
    <p part="summary" class="text">${d.summary}</p>
    ${renderSubheading(v.heading(1), msg('Description', { id: 'admin.description' }))}
    <div part="description" class="text">${paragraphs(d.description).map((p) => html`<p>${p}</p>`)}</div>
    ${renderDecision(v)}
  </article>`;
}

function renderFacts(v: PanelViewLike, d: AdminDossier): TemplateResult {
  const { lang } = v;
  const h = d.holder;
  const fact = (term: string, value: TemplateResult | string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<dl part="facts" class="facts">
    ${fact(msg('Porteur', { id: 'admin.col-holder' }), `${h.organisation ? msg(str`${h.organisation}, représenté par ${h.name}`, { id: 'admin.holder-for' }) : h.name} (${holderKindLabel(h.kind)})`)}
    ${fact(msg('Courriel', { id: 'admin.email' }), h.email)}
    ${fact(msg('Montant demandé', { id: 'admin.amount' }), formatMoney(d.requestedAmountCents, lang))}
    ${fact(msg('Commune', { id: 'admin.commune' }), `${v.communeName(d.communeCode)} (${d.communeCode})`)}
    ${fact(msg('Catégorie proposée', { id: 'admin.category' }), d.proposedCategory ? v.categoryName(d.proposedCategory) : msg('Aucune', { id: 'admin.category-no' }))}
    ${fact(msg('Code de participation au comptoir', { id: 'admin.comptoir-code' }), html`<code>${d.comptoirCode}</code>`)}
    ${fact(msg('Déposé le', { id: 'admin.col-date' }), html`<time datetime=${isoInstant(d.submittedAt)}>${formatDateTime(d.submittedAt, lang)}</time>`)}
    ${fact(msg('Numéro de dossier', { id: 'admin.dossier-id' }), html`<code>${d.id}</code> · ${msg(str`récépissé ${d.receiptCode}`, { id: 'admin.receipt' })}`)}
  </dl>`;
}

type PanelViewLike = Pick<DecisionView, 'lang' | 'communeName' | 'categoryName'>;
