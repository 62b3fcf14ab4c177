/**
 * "Comment sont calculés les résultats ?": the steps of the contract's rules, each worded by
 * the SDK from the recomputed allocation's trace (explanation-steps.ts, in the transparency
 * check's chunk). Shown as soon as the results are; its steps once the check has run.
 */
import { msg } from '@lit/localize';
import type { ExplainLanguage, ExplainOptions } from '@budget-citoyen/sdk/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Labels } from '../base/labels.js';
import { renderLoading } from '../base/states.js';
import type { AllocationCheck } from './allocation-check.js';
import type { TransparencyCheck } from './transparency-check.js';

export type Step = 'rank' | 'envelope' | 'pool';

/** The setup's sentences (minimum of votes, names), then each step's, in the rules' order. */
export interface ExplanationSteps {
  setup: string[];
  steps: Array<[Step, string[]]>;
}

/**
 * The English sentences arrive with the widget's English strings (`locales/en.ts`), which an
 * English render always waits for: a French page never downloads them.
 */
let english: ExplainLanguage | undefined;
export function setEnglishExplanation(language: ExplainLanguage): void {
  english = language;
}

const TITLES = {
  rank: () => msg('1. Le classement dans chaque catégorie', { id: 'results.step-rank' }),
  envelope: () => msg('2. Le financement sur l’enveloppe de chaque catégorie', { id: 'results.step-envelope' }),
  pool: () => msg('3. Les restes : une réserve commune, servie par priorité', { id: 'results.step-pool' }),
} satisfies Labels<Step>;

const list = (sentences: string[]) =>
  html`<ul>
    ${sentences.map((s) => html`<li>${s}</li>`)}
  </ul>`;

/** Wordings already made, per check and language: a re-render (an announcement) rewords nothing. */
const worded = new WeakMap<AllocationCheck, Map<string, ExplanationSteps | undefined>>();

function wording(transparency: TransparencyCheck, check: AllocationCheck, options: ExplainOptions): ExplanationSteps | undefined {
  let byLang = worded.get(check);
  if (!byLang) worded.set(check, (byLang = new Map()));
  const lang = options.locale ?? 'fr';
  if (!byLang.has(lang) && check.allocation) {
    byLang.set(lang, transparency.explain(check.allocation, options, lang === 'en' ? english : undefined));
  }
  return byLang.get(lang);
}

/** The verdict in one sentence; `undefined` while the check is on its way. */
function verdict(transparency: TransparencyCheck, agrees: boolean): string | undefined {
  if (transparency.status === 'error') {
    return msg('La vérification n’a pas pu être faite : voir l’avis plus haut.', { id: 'results.how-failed' });
  }
  if (transparency.status !== 'ready') return undefined;
  return agrees
    ? msg('Ce calcul donne exactement les résultats affichés.', { id: 'results.how-agrees' })
    : msg('Ce calcul ne donne pas les résultats affichés : voir l’avertissement plus haut.', { id: 'results.how-differs' });
}

/** `heading`: the tag of each step's title, one level below the results' title. */
export function renderExplanation(
  transparency: TransparencyCheck,
  options: ExplainOptions,
  agrees: boolean,
  heading: StaticValue,
): TemplateResult {
  const check = transparency.status === 'ready' ? transparency.check : undefined;
  const explained = check && wording(transparency, check, options);
  const said = verdict(transparency, agrees);
  return html`<details part="explanation" class="explanation">
    <summary part="explanation-summary">${msg('Comment sont calculés les résultats ?', { id: 'results.how' })}</summary>
    <div class="explanation-body">
      <p>
        ${msg(
          'Les étapes ci-dessous sont refaites dans votre navigateur, avec les règles publiques du budget citoyen, à partir des voix publiées.',
          { id: 'results.how-intro' },
        )}
        ${said ?? nothing}
      </p>
      ${said === undefined ? renderLoading(msg('Vérification en cours…', { id: 'results.checking' })) : nothing}
      ${explained
        ? html`${list(explained.setup)}
          ${explained.steps.map(([step, sentences]) => html`${staticHtml`<${heading} class="step-title">${TITLES[step]()}</${heading}>`}${list(sentences)}`)}`
        : nothing}
    </div>
  </details>`;
}
