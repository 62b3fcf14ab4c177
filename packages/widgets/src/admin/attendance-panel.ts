/**
 * The comptoirs' attendance: a comptoir chosen in a list, its registrations in a table (a box
 * to tick on each one not yet marked), a field for codes typed or pasted at the door, and what
 * the server made of them: the codes marked, and those of nobody registered here.
 */
import { msg, str } from '@lit/localize';
import type { AdminRegistration } from '@budget-citoyen/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderSelect, type SelectOption } from '../base/filter-select.js';
import { formatDateTime, formatNumber } from '../base/format.js';
import { renderEmpty, renderError, renderLoading } from '../base/states.js';
import { MAX_CODES } from './codes.js';
import { renderHeading, renderSubheading, type PanelView } from './panel-view.js';
import { renderTextareaField } from './textarea-field.js';
import { refusalMessage } from './words.js';

/** The title and the introduction stay the same elements whatever the state below (the focus stays). */
export function renderAttendance(v: PanelView): TemplateResult {
  return html`${renderHeading(v.heading(), msg('Présence aux comptoirs', { id: 'admin.attendance' }))}
    <p>${msg('Marquez comme présentes les personnes venues à un comptoir : leur code leur permet ensuite de déposer un dossier.', { id: 'admin.attendance-intro' })}</p>
    ${renderComptoir(v)}`;
}

function renderComptoir(v: PanelView): TemplateResult {
  const a = v.flow.attendance;
  if (a.comptoirsStatus === 'error') return renderError(a.comptoirsError, () => a.start());
  if (a.comptoirsStatus !== 'ready') {
    return html`<div aria-busy="true">${renderLoading(msg('Chargement des comptoirs…', { id: 'admin.loading-comptoirs' }))}</div>`;
  }
  const options: SelectOption[] = [
    ['', msg('Choisissez un comptoir', { id: 'admin.comptoir-choose' })],
    ...a.comptoirs.map((c): SelectOption => [c.id, `${c.title} — ${formatDateTime(c.start, v.lang)}`]),
  ];
  return html`<div class="filters filters--one">
      ${renderSelect({
        id: 'bc-comptoir',
        name: 'comptoir',
        label: msg('Comptoir', { id: 'admin.comptoir' }),
        value: a.comptoirId,
        options,
        onChange: (e) => a.choose((e.target as HTMLSelectElement).value),
      })}
    </div>
    ${renderResult(v)} ${a.comptoirId ? renderRegistrations(v) : nothing}`;
}

function renderResult(v: PanelView): TemplateResult | typeof nothing {
  const a = v.flow.attendance;
  if (a.error) {
    return html`<div part="attendance-result" tabindex="-1">
      ${renderError(a.error, () => void a.submit(), { message: refusalMessage(a.error, v) })}
    </div>`;
  }
  const r = a.result;
  if (!r || r.comptoirId !== a.comptoirId) return nothing;
  const n = formatNumber(r.attended.length, v.lang);
  return html`<div part="attendance-result" class="result" tabindex="-1" role="status">
    <p class="result-title">
      ${msg(str`Présences enregistrées : ${n}.`, { id: 'admin.marked' })}
    </p>
    ${r.attended.length ? html`<p>${r.attended.join(', ')}</p>` : nothing}
    ${r.unknown.length
      ? html`<p part="unknown-codes" class="error">
          ${msg(str`Codes inconnus à ce comptoir, non marqués : ${r.unknown.join(', ')}`, { id: 'admin.unknown-codes' })}
        </p>`
      : nothing}
  </div>`;
}

function renderRegistrations(v: PanelView): TemplateResult {
  const a = v.flow.attendance;
  if (a.registrationsStatus === 'error') return renderError(a.registrationsError, () => void a.loadRegistrations());
  if (a.registrationsStatus !== 'ready' && !a.registrations.length) {
    return html`<div aria-busy="true">${renderLoading(msg('Chargement des inscriptions…', { id: 'admin.loading-registrations' }))}</div>`;
  }
  const submit = (e: Event) => {
    e.preventDefault();
    void a.submit();
  };
  const count = a.codes.length;
  const problem = a.codesProblem;
  return html`<form part="attendance-form" class="form" novalidate @submit=${submit}>
    ${renderTextareaField({
      id: 'bc-codes',
      label: msg('Codes des personnes présentes', { id: 'admin.codes' }),
      hint: msg('Un code par ligne, ou séparés par des virgules ; en majuscules ou en minuscules.', { id: 'admin.codes-hint' }),
      rows: 4,
      value: a.codesText,
      onInput: (text) => a.setCodes(text),
      codes: true,
      error: problem
        ? {
            id: 'bc-codes-error',
            message: html`<p part="field-error" id="bc-codes-error" class="error">
              ${problem === 'empty'
                ? msg('Saisissez au moins un code, ou cochez des inscriptions.', { id: 'admin.err-codes-empty' })
                : msg(str`${formatNumber(MAX_CODES, v.lang)} codes au plus à la fois.`, { id: 'admin.err-codes-many' })}
            </p>`,
          }
        : undefined,
    })}
    ${a.registrations.length ? renderRegistrationTable(v, a.registrations) : renderEmpty(msg("Personne n'est inscrit à ce comptoir.", { id: 'admin.no-registration' }))}
    <p>
      <button part="button mark-button" type="submit" class="bc-button" aria-disabled=${a.busy}>
        ${a.busy
          ? msg('Enregistrement…', { id: 'admin.saving' })
          : msg(str`Enregistrer les présences (codes : ${formatNumber(count, v.lang)})`, { id: 'admin.mark' })}
      </button>
    </p>
  </form>`;
}

function renderRegistrationTable(v: PanelView, registrations: AdminRegistration[]): TemplateResult {
  const a = v.flow.attendance;
  const comptoir = a.comptoirs.find((c) => c.id === a.comptoirId);
  const yes = msg('Oui', { id: 'admin.yes' });
  const no = msg('Non', { id: 'admin.no' });
  return html`<table part="table registrations" class="table">
    <caption part="caption">${renderSubheading(v.heading(1), msg(str`Inscriptions : ${comptoir?.title ?? ''}`, { id: 'admin.registrations' }))}</caption>
    <thead>
      <tr>
        <th scope="col" class="col-check">${msg('Présence', { id: 'admin.col-attended' })}</th>
        <th scope="col">${msg('Nom', { id: 'admin.col-name' })}</th>
        <th scope="col">${msg('Code', { id: 'admin.col-code' })}</th>
        <th scope="col" class="col-used">${msg('Dossier déposé', { id: 'admin.col-used' })}</th>
      </tr>
    </thead>
    <tbody>
      ${registrations.map(
        (r) => html`<tr>
          <td>
            ${r.attended
              ? html`<span class="status status--labelled">${msg('Présence notée', { id: 'admin.attended' })}</span>`
              : html`<label class="option choice">
                  <input type="checkbox" .checked=${live(a.checked.has(r.code))} @change=${(e: Event) => a.check(r.code, (e.target as HTMLInputElement).checked)} />
                  <span class="bc-visually-hidden">${msg(str`Noter la présence de ${r.name}`, { id: 'admin.mark-row' })}</span>
                </label>`}
          </td>
          <th scope="row">${r.name}</th>
          <td><code>${r.code}</code></td>
          <td class="col-used">${r.usedByDossier ? yes : no}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
