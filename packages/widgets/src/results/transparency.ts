/**
 * The transparency check, a chunk apart (loaded by load-transparency.ts): the allocation
 * recomputed with the SDK's rules and its explanation in words.
 */
export { checkAllocation } from './allocation-check.js';
export { explanationSteps } from './explanation-steps.js';
