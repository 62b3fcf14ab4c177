/**
 * The budget citoyen's rules as pure functions: which phase is open, who may vote, what a
 * valid ballot is, how ballots are counted and how the money is allocated. No I/O, no clock:
 * the same code runs in the mock server, in the widgets and in anyone's audit of the results.
 */
// Re-exported so that code importing only the rules can recognise their one kind of error.
export { RuleInputError, isRuleInputError } from '../errors.js';
export { ageOn, isCalendarDate, isLeapYear, parisDate } from './dates.js';
export {
  checkVoterEligibility,
  isEligibleVoter,
  type EligibilityContext,
  type EligibilityProblem,
  type EligibilityVoter,
} from './eligibility.js';
export { identityKey } from './identity.js';
export {
  currentPhase,
  isPhaseOpen,
  msToNextBoundary,
  openPhases,
  phaseState,
  resultsStatus,
  type InstantLike,
  type PhasedCampaign,
  type PhaseState,
  type PhaseWindow,
  type ResultsCampaign,
} from './phases.js';
export { normalizeChoices, validateBallot, type BallotChoices, type BallotContext, type BallotProblem } from './ballot.js';
export { tally, type TallyBallot, type TallyOptions, type TallyResult } from './tally.js';
export { tallyColumns, type BallotColumns, type ChoiceColumn } from './tally-columns.js';
export { compareCodePoints, compareRanking, rankProjects, type RankableProject, type TieBreak } from './ranking.js';
export type { AllocationCategoryInput, AllocationInput, AllocationProjectInput } from './allocation-input.js';
export { allocate, type Allocation, type CategoryAllocation, type ProjectAllocation } from './allocate.js';
export type {
  AllocationStep,
  FundingSource,
  FundStep,
  LeftoverStep,
  PoolStep,
  RankStep,
  ServeStep,
  SetupStep,
  SkipStep,
  UnallocatedStep,
} from './trace.js';
export { explainAllocation, type ExplainOptions } from './explain.js';
export { explainAllocationIn } from './explain-in.js';
export { FRENCH } from './explain-fr.js';
export { ENGLISH } from './explain-en.js';
export type { ExplainLanguage, Phrases, Words } from './explain-phrases.js';
