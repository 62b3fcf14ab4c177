/**
 * "Comment sont calculés les résultats ?": the SDK's wording of the allocation's trace
 * (`explainAllocation`), cut into the steps of the contract's rules.
 */
import { msg } from '@lit/localize';
import {
  explainAllocationIn,
  FRENCH,
  type Allocation,
  type AllocationStep,
  type ExplainLanguage,
  type ExplainOptions,
} from '@budget-citoyen/sdk/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { AllocationCheck } from './allocation-check.js';

/**
 * The English sentences arrive with the widget's English strings (`locales/en.ts`), which an
 * English render always waits for: a French page never downloads them.
 */
let english: ExplainLanguage | undefined;
export function setEnglishExplanation(language: ExplainLanguage): void {
  english = language;
}

type Step = 'rank' | 'envelope' | 'pool';
const STEPS: readonly Step[] = ['rank', 'envelope', 'pool'];

function stepOf(s: AllocationStep): Step | undefined {
  switch (s.type) {
    case 'rank':
      return 'rank';
    case 'fund':
    case 'skip':
      return s.from === 'envelope' ? 'envelope' : 'pool';
    case 'leftover':
      return 'envelope';
    case 'setup':
      return undefined;
    default:
      return 'pool';
  }
}

/**
 * The sentences of each step. `explainAllocation` words each trace step on its own, given the
 * setup step (minimum of votes, names): explaining the setup plus one step's slice and dropping
 * the setup's sentences gives that slice's sentences, exactly as in the whole explanation.
 */
export function explanationSteps(allocation: Allocation, options: ExplainOptions): { setup: string[]; steps: Record<Step, string[]> } {
  const language = options.locale === 'en' && english ? english : FRENCH;
  const explain = (trace: AllocationStep[]) => explainAllocationIn(language, trace, options);
  const setup = allocation.trace.filter((s) => s.type === 'setup');
  const intro = explain(setup);
  const slices: Record<Step, AllocationStep[]> = { rank: [], envelope: [], pool: [] };
  for (const s of allocation.trace) {
    const step = stepOf(s);
    if (step) slices[step].push(s);
  }
  const steps = {} as Record<Step, string[]>;
  for (const step of STEPS) steps[step] = explain([...setup, ...slices[step]]).slice(intro.length);
  return { setup: intro, steps };
}

function title(step: Step): string {
  switch (step) {
    case 'rank':
      return msg('1. Le classement dans chaque catégorie', { id: 'results.step-rank' });
    case 'envelope':
      return msg('2. Le financement sur l’enveloppe de chaque catégorie', { id: 'results.step-envelope' });
    case 'pool':
      return msg('3. Les restes : une réserve commune, servie par priorité', { id: 'results.step-pool' });
  }
}

const list = (sentences: string[]) =>
  html`<ul>
    ${sentences.map((s) => html`<li>${s}</li>`)}
  </ul>`;

/** Wordings already made, per check and language: a re-render (an announcement) rewords nothing. */
const worded = new WeakMap<AllocationCheck, Map<string, ReturnType<typeof explanationSteps>>>();

/** `heading`: the tag of each step's title, one level below the results' title. */
export function renderExplanation(check: AllocationCheck, options: ExplainOptions, agrees: boolean, heading: StaticValue): TemplateResult {
  let byLang = worded.get(check);
  if (!byLang) worded.set(check, (byLang = new Map()));
  const lang = options.locale ?? 'fr';
  let explained = byLang.get(lang);
  if (!explained && check.allocation) byLang.set(lang, (explained = explanationSteps(check.allocation, options)));
  return html`<details part="explanation" class="explanation">
    <summary part="explanation-summary">${msg('Comment sont calculés les résultats ?', { id: 'results.how' })}</summary>
    <div class="explanation-body">
      <p>
        ${msg(
          'Les étapes ci-dessous sont refaites dans votre navigateur, avec les règles publiques du budget citoyen, à partir des voix publiées.',
          { id: 'results.how-intro' },
        )}
        ${agrees
          ? msg('Ce calcul donne exactement les résultats affichés.', { id: 'results.how-agrees' })
          : msg('Ce calcul ne donne pas les résultats affichés : voir l’avertissement plus haut.', { id: 'results.how-differs' })}
      </p>
      ${explained
        ? html`${list(explained.setup)}
          ${STEPS.map((step) => html`${staticHtml`<${heading} class="step-title">${title(step)}</${heading}>`}${list(explained.steps[step])}`)}`
        : nothing}
    </div>
  </details>`;
}
