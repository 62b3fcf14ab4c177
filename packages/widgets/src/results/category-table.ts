/** One category of the results: its money, then its ranking as a table. */
import { msg, str } from '@lit/localize';
import type { Project, ResultCategory, ResultProject } from '@budget-citoyen/sdk';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { formatMoney, formatNumber, formatPercent } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import { cssProperty } from './css-property.js';

export interface CategoryView {
  category: ResultCategory;
  name: string;
  projects: ReadonlyMap<string, Project>;
  provisional: boolean;
  lang: Lang;
  /** The category's title tag, one level below the results' title. */
  heading: StaticValue;
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

export function renderCategory({ category, name, projects, provisional, lang, heading }: CategoryView): TemplateResult {
  const counted = category.projects.reduce((sum, p) => sum + p.votes, 0);
  const ownSpentCents = category.spentCents - category.rolloverInCents;
  const money = (cents: number) => formatMoney(cents, lang);
  const titleId = `bc-category-${category.id}`;
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
        ${msg(str`Projets de la catégorie ${name}, par rang`, { id: 'results.caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Rang', { id: 'results.rank' })}</th>
          <th scope="col">${msg('Projet', { id: 'results.project' })}</th>
          <th scope="col" class="num">${msg('Voix', { id: 'results.votes' })}</th>
          <th scope="col" class="num">${msg('Part des voix', { id: 'results.share' })}</th>
          <th scope="col" class="num">${msg('Montant demandé', { id: 'results.amount' })}</th>
          <th scope="col">
            ${provisional
              ? msg('Financement à ce stade', { id: 'results.funding-now' })
              : msg('Financement', { id: 'results.funding' })}
          </th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          category.projects,
          (p) => p.projectId,
          (p) => {
            const project = projects.get(p.projectId);
            const share = counted === 0 ? 0 : p.votes / counted;
            return html`<tr part="row" class=${p.funded ? 'funded' : ''} data-project-id=${p.projectId}>
              <td class="num">${formatNumber(p.rank, lang)}</td>
              <th scope="row">${project?.title ?? p.projectId}</th>
              <td class="num">${formatNumber(p.votes, lang)}</td>
              <td class="num">
                ${formatPercent(share, lang)}
                <span part="bar" class="bar" aria-hidden="true"
                  ><span class="bar-fill" ${cssProperty('--_share', `${(share * 100).toFixed(2)}%`)}></span
                ></span>
              </td>
              <td class="num">${project ? money(project.requestedAmountCents) : '—'}</td>
              <td>${funding(p)}</td>
            </tr>`;
          },
        )}
      </tbody>
    </table>
    </div>
  </section>`;
}
