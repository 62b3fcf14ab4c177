/**
 * One category of the results: its money, then its ranking, as a table on wide widgets and one
 * card per project on narrow ones (the stylesheet shows one of the two by the widget's own
 * width; the other is `display: none`, so out of the accessibility tree too). Each card says
 * what the table's headers say, as labelled values, in the same order.
 */
import { msg, str } from '@lit/localize';
import type { Project, ResultCategory, ResultProject } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { formatMoney, formatNumber, formatPercent } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import { cssProperty } from './css-property.js';
import { reasonText, type Reasons } from './reasons.js';

export interface CategoryView {
  category: ResultCategory;
  name: string;
  projects: ReadonlyMap<string, Project>;
  provisional: boolean;
  lang: Lang;
  /** The category's title tag, one level below the results' title. */
  heading: StaticValue;
  /** `fr` when the widget is in English: project titles are French text. */
  textLang: 'fr' | undefined;
  /** Why each project is funded or not; absent when the recomputation cannot say (see the check). */
  reasons: Reasons | undefined;
}

function funding(p: ResultProject): TemplateResult {
  if (p.fundedFrom === 'rollover') {
    return html`<span part="badge badge-rollover" class="badge badge--rollover"
      >${msg('Financé : report de la réserve commune', { id: 'results.funded-rollover' })}</span
    >`;
  }
  if (p.funded) {
    return html`<span part="badge badge-envelope" class="badge badge--envelope"
      >${msg("Financé : enveloppe de la catégorie", { id: 'results.funded-envelope' })}</span
    >`;
  }
  return html`${msg('Non financé', { id: 'results.not-funded' })}`;
}

/** The status, then the reason on a line of its own. */
function fundingCell(p: ResultProject, v: CategoryView): TemplateResult {
  const facts = v.reasons?.byProject.get(p.projectId);
  return html`<span part="funding">${funding(p)}</span>${facts
      ? html`<span part="reason" class="reason">${reasonText(facts, v.reasons!.minVotes, v.lang)}</span>`
      : nothing}`;
}

export function renderCategory(v: CategoryView): TemplateResult {
  const { category, name, projects, provisional, lang, heading } = v;
  const counted = category.projects.reduce((sum, p) => sum + p.votes, 0);
  const ownSpentCents = category.spentCents - category.rolloverInCents;
  const money = (cents: number) => formatMoney(cents, lang);
  const titleId = `bc-category-${category.id}`;
  const shareOf = (p: ResultProject) => (counted === 0 ? 0 : p.votes / counted);
  const amountOf = (p: ResultProject) => {
    const project = projects.get(p.projectId);
    return project ? money(project.requestedAmountCents) : '—';
  };
  const caption = msg(str`Projets de la catégorie ${name}, par rang`, { id: 'results.caption' });
  const fundingLabel = provisional
    ? msg('Financement à ce stade', { id: 'results.funding-now' })
    : msg('Financement', { id: 'results.funding' });
  const labels = {
    rank: msg('Rang', { id: 'results.rank' }),
    votes: msg('Voix', { id: 'results.votes' }),
    share: msg('Part des voix', { id: 'results.share' }),
    amount: msg('Montant demandé', { id: 'results.amount' }),
  };
  const bar = (share: number) =>
    html`<span part="bar" class="bar" aria-hidden="true"
      ><span class="bar-fill" ${cssProperty('--_share', `${(share * 100).toFixed(2)}%`)}></span
    ></span>`;
  return html`<section part="category" class="category" aria-labelledby=${titleId} data-category=${category.id}>
    ${staticHtml`<${heading} part="category-title" class="category-title" id=${titleId}>${name}</${heading}>`}
    <dl part="summary" class="figures">
      <div><dt>${msg('Enveloppe', { id: 'results.envelope' })}</dt><dd>${money(category.envelopeCents)}</dd></div>
      <div><dt>${msg('Attribué', { id: 'results.spent' })}</dt><dd>${money(category.spentCents)}</dd></div>
      <div><dt>${msg('dont reçu par report', { id: 'results.rollover-in' })}</dt><dd>${money(category.rolloverInCents)}</dd></div>
      <div>
        <dt>${msg('Reste versé à la réserve commune', { id: 'results.leftover' })}</dt>
        <dd>${money(category.envelopeCents - ownSpentCents)}</dd>
      </div>
    </dl>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="${titleId}-caption">
    <table part="table">
      <caption id="${titleId}-caption">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${labels.rank}</th>
          <th scope="col">${msg('Projet', { id: 'results.project' })}</th>
          <th scope="col" class="num">${labels.votes}</th>
          <th scope="col" class="num">${labels.share}</th>
          <th scope="col" class="num">${labels.amount}</th>
          <th scope="col">${fundingLabel}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          category.projects,
          (p) => p.projectId,
          (p) => {
            const share = shareOf(p);
            return html`<tr part="row" class=${p.funded ? 'funded' : ''} data-project-id=${p.projectId}>
              <td class="num">${formatNumber(p.rank, lang)}</td>
              <th scope="row" lang=${v.textLang ?? nothing}>${projects.get(p.projectId)?.title ?? p.projectId}</th>
              <td class="num">${formatNumber(p.votes, lang)}</td>
              <td class="num">${formatPercent(share, lang)} ${bar(share)}</td>
              <td class="num">${amountOf(p)}</td>
              <td>${fundingCell(p, v)}</td>
            </tr>`;
          },
        )}
      </tbody>
    </table>
    </div>
    <ol part="cards" class="cards" aria-label=${caption}>
      ${repeat(
        category.projects,
        (p) => p.projectId,
        (p) => {
          const share = shareOf(p);
          const value = (label: string, text: string | TemplateResult) => html`<div><dt>${label}</dt><dd>${text}</dd></div>`;
          return html`<li part="project-card" class=${p.funded ? 'card funded' : 'card'} data-project-id=${p.projectId}>
            <p class="card-title" lang=${v.textLang ?? nothing}>${projects.get(p.projectId)?.title ?? p.projectId}</p>
            <dl class="card-values">
              ${value(labels.rank, formatNumber(p.rank, lang))} ${value(labels.votes, formatNumber(p.votes, lang))}
              ${value(labels.share, html`${formatPercent(share, lang)} ${bar(share)}`)} ${value(labels.amount, amountOf(p))}
              ${value(fundingLabel, fundingCell(p, v))}
            </dl>
          </li>`;
        },
      )}
    </ol>
  </section>`;
}
