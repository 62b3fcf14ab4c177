/**
 * Events of `<bc-live-results>`, declared once in the global event map so that
 * `addEventListener('bc-results-update', …)` is typed on any element.
 */
import type { Results } from '@budget-citoyen/sdk';

/** Detail of `bc-results-update`: the results as the API sent them. */
export type BcResultsUpdateDetail = Results;

declare global {
  interface GlobalEventHandlersEventMap {
    /**
     * New results were received and shown: the first ones, then each change (another status or
     * a later computation). An unchanged result (a `304`, a reconnection) fires nothing.
     */
    'bc-results-update': CustomEvent<BcResultsUpdateDetail>;
  }
}
