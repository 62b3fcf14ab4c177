/**
 * The ballot's one chunk boundary. `later-steps.ts` (the code step, the choices, the review, the cast and its
 * recovery) is imported here and nowhere else, with a dynamic `import()`, so that the CDN script
 * leaves it out (a chunk fetched on demand, "+ on demand" in `npm run size`): every visitor
 * downloads the vote window's notices, the identity and the receipt; only a voter
 * who starts filling in the ballot downloads the rest. `BallotFlow.prepare()` starts the load on
 * intent (the form's first focus or input, a draft already past the identity) and awaits it
 * before a step that needs it; a failed load (offline) is said with "Réessayer", which tries again.
 */
import type * as laterSteps from './later-steps.js';

export type LaterSteps = typeof laterSteps;

/** The browser fetches the chunk once for the page (every ballot on it shares the module). */
export const loadLaterSteps = (): Promise<LaterSteps> => import('./later-steps.js');
