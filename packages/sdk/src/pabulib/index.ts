/**
 * Pabulib (pabulib.org), the public library of participatory-budgeting data: read and write its
 * `.pb` files (from a string or a stream), compute its rules (greedy variants, Method of Equal
 * Shares with Add1, with or without pabulib's comparison step), and export
 * a category of a campaign in that format.
 */
export type { PbInstance, PbProject, PbVote, PbVoteType } from './types.js';
export { PB_VOTE_TYPES } from './types.js';
export { PbParseError } from './errors.js';
export { parsePb, parsePbStream, type PbSource } from './parse.js';
export type { ParsePbOptions, PbWarning } from './flaws.js';
export { writePb, type WritePbOptions } from './write.js';
export { createPbProject, createPbVote, type PbCellProblem } from './rows.js';
export { allocatePb, resolvePbRule, PB_RULE_NAMES, type PbAllocation, type PbRuleName } from './allocate.js';
export { EQUAL_SHARES_EPSILON } from './equal-shares.js';
export { campaignCategoryToPb, type CampaignCategoryToPbInput } from './campaign.js';
