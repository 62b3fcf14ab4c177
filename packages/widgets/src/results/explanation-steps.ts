/**
 * The sentences of "Comment sont calculés les résultats ?": the SDK's wording of the
 * allocation's trace (`explainAllocationIn`), cut into the steps of the contract's rules. Part
 * of the transparency check's chunk (transparency.ts): the French wording comes with it.
 */
import { explainAllocationIn, FRENCH, type Allocation, type AllocationStep, type ExplainLanguage, type ExplainOptions } from '@budget-citoyen/sdk/rules';
import type { ExplanationSteps, Step } from './explanation.js';

/** The steps in the contract's order. */
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
 * The sentences of each step, in `language` (French when not given). `explainAllocation` words
 * each trace step on its own, given the setup step (minimum of votes, names): explaining the
 * setup plus one step's slice and dropping the setup's sentences gives that slice's sentences,
 * exactly as in the whole explanation.
 */
export function explanationSteps(allocation: Allocation, options: ExplainOptions, language: ExplainLanguage = FRENCH): ExplanationSteps {
  const explain = (trace: AllocationStep[]) => explainAllocationIn(language, trace, options);
  const setup = allocation.trace.filter((s) => s.type === 'setup');
  const intro = explain(setup);
  const slices: Record<Step, AllocationStep[]> = { rank: [], envelope: [], pool: [] };
  for (const s of allocation.trace) {
    const step = stepOf(s);
    if (step) slices[step].push(s);
  }
  const steps = STEPS.map((step): [Step, string[]] => [step, explain([...setup, ...slices[step]]).slice(intro.length)]);
  return { setup: intro, steps };
}
