/**
 * Everything of the ballot a voter reaches only after the identity: the e-mailed code's step
 * and its check, the choices, the review and the cast, and the recovery of a failed cast. The CDN script
 * loads it on demand, through `load-later-steps.ts` only.
 */
export { renderCodeStep } from './code-step.js';
export { renderChoicesStep } from './choices-step.js';
export { renderReviewStep } from './review-step.js';
export { checkCast, checkVote, sendBallot } from './cast-recovery.js';
export { verifyCode } from './verification.js';
