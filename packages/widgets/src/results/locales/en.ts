import { str } from '@lit/localize';
import { ENGLISH } from '@budget-citoyen/sdk/rules/en';

/** The explanation of the allocation, in English (the SDK's wording). */
export const explanation = ENGLISH;

/** English strings of the live results. */
export const templates = {
  'results.loading': 'Loading the results…',
  'results.not-public': 'The results are not public yet.',
  'results.public-at': str`The results will be published when the vote closes, on ${0}.`,
  'results.live-from': str`They will also be shown live, as provisional results, from the opening of the vote on ${0}.`,
  'results.title-provisional': 'Provisional results of the vote',
  'results.title-final': 'Final results of the vote',
  'results.updated-on': str`Updated on ${0}`,
  'results.final-at': str`Settled at the close of the vote, on ${0}`,
  'results.provisional-note': 'The vote is still open: the ranking may change.',
  'results.stale': 'Live updates are interrupted; trying again automatically.',
  'results.mismatch-title': 'Discrepancy found.',
  'results.mismatch':
    'Recomputing in your browser, with the public rules and the published votes, does not give the results shown.',
  'results.unverifiable': 'The computation cannot be redone: the list of projects does not match the results.',
  'results.mismatch-where': str`Categories concerned: ${0}.`,
  'results.mismatch-pool': 'The common pool or the unallocated sum differs.',
  'results.cast': 'Ballots cast',
  'results.annulled': 'Ballots annulled (multiple voting)',
  'results.counted': 'Ballots counted',
  'results.pool': 'Common pool (envelopes’ leftovers)',
  'results.unallocated': 'Unallocated',
  'results.no-category': 'This category is not in the results.',
  'results.announce-final': str`Final results published. Ballots counted: ${0}.`,
  'results.announce-update': str`Results updated at ${0}. Ballots counted: ${1}.`,
  'results.envelope': 'Envelope',
  'results.spent': 'Allocated',
  'results.rollover-in': 'of which received from the pool',
  'results.leftover': 'Left over, passed to the common pool',
  'results.caption': str`Projects of the ${0} category, by rank`,
  'results.rank': 'Rank',
  'results.project': 'Project',
  'results.votes': 'Votes',
  'results.share': 'Share of votes',
  'results.amount': 'Amount requested',
  'results.funding': 'Funding',
  'results.funding-now': 'Funding at this stage',
  'results.funded-envelope': 'Funded: category envelope',
  'results.funded-rollover': 'Funded: from the common pool',
  'results.reason-min-votes': str`${0} votes: fewer than the minimum of ${1} votes needed to be funded.`,
  'results.reason-envelope': str`Rank ${0}: ${1} requested, ${2} left in the envelope.`,
  'results.reason-pool': str`Rank ${0}: ${1} requested, ${2} left in the envelope and ${3} in the common pool.`,
  'results.reason-no-pool': str`Rank ${0}: ${1} requested, ${2} left in the envelope and nothing in the common pool.`,
  'results.not-funded': 'Not funded',
  'results.how': 'How are the results computed?',
  'results.how-intro':
    'The steps below are redone in your browser, with the public rules of the budget citoyen, from the published votes.',
  'results.how-agrees': 'This computation gives exactly the results shown.',
  'results.how-differs': 'This computation does not give the results shown: see the warning above.',
  'results.how-failed': 'The check could not be run: see the notice above.',
  'results.checking': 'Checking…',
  'results.check-failed':
    'Checking the results in your browser could not be started (connection problem). The results shown are the published ones.',
  'results.step-rank': '1. The ranking in each category',
  'results.step-envelope': '2. Funding from each category’s envelope',
  'results.step-pool': '3. The leftovers: one common pool, served by priority',
};
