/**
 * The choices, one fieldset per category. It needs the projects' titles: until the projects
 * arrive (or if they fail), it says so. Its review: `review-step.ts`. A step after the code's,
 * loaded on demand with them (later-steps.ts).
 */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { renderError, renderLoading } from '../base/states.js';
import type { BallotFlow } from './ballot-flow.js';
import { choiceError, renderCategory } from './choices-template.js';
import { renderErrorSummary, renderStepHeader } from './form-template.js';
import type { StepView } from './step-view.js';

/** While the projects load, or failed to. */
export function renderProjectsState(flow: BallotFlow): TemplateResult {
  return flow.projectsError
    ? renderError(flow.projectsError, flow.loadProjects)
    : html`<div aria-busy="true">${renderLoading(msg('Chargement des projets…', { id: 'ballot.loading-projects' }))}</div>`;
}

export function renderChoicesStep(v: StepView): TemplateResult {
  const { flow } = v;
  const max = flow.maxChoices;
  const categories = v.campaign.categories;
  const errors = flow.choiceErrors;
  const summary = errors.map((id) => [`bc-cat-${id || categories[0]?.id}`, choiceError(id)] as [string, string]);
  const submit = (e: Event) => {
    e.preventDefault();
    flow.toReview();
  };
  return html`${renderStepHeader(2, msg('Vos choix', { id: 'ballot.choices' }), v.heading())}
    ${flow.projects
      ? html`<form novalidate @submit=${submit}>
          ${renderErrorSummary(summary, v.lang, v.focus, v.heading(1))}
          <p class="intro">
            ${max === 1
              ? msg('Choisissez un projet par catégorie. Vous pouvez laisser une catégorie sans choix.', { id: 'ballot.choices-intro' })
              : msg(str`Choisissez jusqu'à ${max} projets par catégorie. Vous pouvez laisser une catégorie sans choix.`, {
                  id: 'ballot.choices-intro-many',
                })}
          </p>
          ${categories.map((c, i) => {
            const error = errors.includes(c.id) ? c.id : i === 0 && errors.includes('') ? '' : undefined;
            return renderCategory({
              id: c.id,
              name: c.name,
              projects: flow.projects!.filter((p) => p.category === c.id),
              chosen: flow.draft.choices[c.id],
              max,
              error: error === undefined ? undefined : choiceError(error),
              lang: v.lang,
              onChange: (projectId, on) => flow.choose(c.id, projectId, on),
            });
          })}
          <div class="actions">
            <button part="button back-button" class="bc-button bc-button--secondary" type="button" @click=${() => flow.goTo('identity')}>
              ${msg('Retour', { id: 'ballot.back' })}
            </button>
            <button part="button next-button" class="bc-button" type="submit">${msg('Vérifier mon vote', { id: 'ballot.to-review' })}</button>
          </div>
        </form>`
      : renderProjectsState(flow)}`;
}
