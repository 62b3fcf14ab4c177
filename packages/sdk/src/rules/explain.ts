import type { Allocation } from './allocate.js';
import { ENGLISH } from './explain-en.js';
import { FRENCH } from './explain-fr.js';
import { explainAllocationIn } from './explain-in.js';
import type { AllocationStep } from './trace.js';

/** How to word an explanation; names default to those given to `allocate`, then to ids. */
export interface ExplainOptions {
  /** @default 'fr' */
  locale?: 'fr' | 'en';
  categoryNames?: Readonly<Record<string, string>>;
  projectTitles?: Readonly<Record<string, string>>;
}

/**
 * Plain sentences a citizen can read, one per decision, from an allocation or its trace: the
 * results page shows them under "Comment les projets ont été choisis". French by default, as
 * the campaign is; the sentence on how leftovers are pooled is always included, as the contract
 * asks that its reading of the rules be stated wherever results are explained.
 */
export function explainAllocation(
  allocation: Allocation | readonly AllocationStep[],
  options: ExplainOptions = {},
): string[] {
  return explainAllocationIn(options.locale === 'en' ? ENGLISH : FRENCH, allocation, options);
}
