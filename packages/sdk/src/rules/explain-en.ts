import type { ExplainLanguage, Phrases, Words } from './explain-phrases.js';

const inOrderEn = (items: string[]) => items.join(', then ');

const votesEn = (w: Words, n: number) => `${w.count(n)} vote${n === 1 ? '' : 's'}`;

/** The explanation in English. */
export const EN: Phrases = {
  envelopes: (w, setup, total) =>
    `Each category has its own envelope: ${setup.categories
      .map((c) => `${w.category(c.id)} ${w.money(c.envelopeCents)}`)
      .join(', ')} (${w.money(total)} in all).`,
  minVotes: (w, n) => `A project needs at least ${votesEn(w, n)} to be funded.`,
  emptyCategory: (w, c) => `${w.category(c)} has no project on the ballot.`,
  ranking: (w, s) =>
    `${w.category(s.category)} ranking, by votes: ${s.order
      .map((p) => `${p.rank}. ${w.project(p.projectId)} (${votesEn(w, p.votes)})`)
      .join(', ')}.`,
  tie: (w, t, aheadCents, behindCents) =>
    `${w.project(t.ahead)} and ${w.project(t.behind)} have the same number of votes (${w.count(t.votes)}): ` +
    (t.by === 'requested-amount'
      ? `${w.project(t.ahead)} comes first because it asks for less (${w.money(aheadCents)} against ${w.money(behindCents)}).`
      : `they ask for the same amount, so their identifiers decide (${t.ahead} before ${t.behind}).`),
  fund: (w, s) =>
    s.from === 'envelope'
      ? `${w.project(s.projectId)} (rank ${s.rank}, ${votesEn(w, s.votes)}) is funded from the ${w.category(s.category)} envelope: ${w.money(s.amountCents)}. ${w.money(s.remainingCents)} remain in the envelope.`
      : `${w.project(s.projectId)} (${w.category(s.category)}, rank ${s.rank}, ${votesEn(w, s.votes)}) is funded from the common pool: ${w.money(s.amountCents)}. ${w.money(s.remainingCents)} remain in the pool.`,
  skip: (w, s, minVotes) =>
    s.reason === 'below-min-votes'
      ? `${w.project(s.projectId)} (rank ${s.rank}, ${votesEn(w, s.votes)}) is below the minimum of ${votesEn(w, minVotes)}: it cannot be funded.`
      : s.from === 'envelope'
        ? `${w.project(s.projectId)} (rank ${s.rank}, ${votesEn(w, s.votes)}) asks for ${w.money(s.amountCents)}, more than the ${w.money(s.availableCents)} left in the ${w.category(s.category)} envelope: the next project is considered.`
        : `${w.project(s.projectId)} (${w.category(s.category)}, rank ${s.rank}) asks for ${w.money(s.amountCents)}, more than the ${w.money(s.availableCents)} in the common pool: it is not funded.`,
  leftover: (w, c, cents) =>
    cents > 0
      ? `The ${w.money(cents)} left in ${w.category(c)} go to the common pool.`
      : `The ${w.category(c)} envelope is fully used: nothing goes to the common pool.`,
  pool: (w, s) =>
    s.poolCents > 0
      ? `The common pool holds ${w.money(s.poolCents)} (${s.contributions
          .filter((c) => c.leftoverCents > 0)
          .map((c) => `${w.category(c.category)} ${w.money(c.leftoverCents)}`)
          .join(', ')}).`
      : `The common pool is empty: every envelope was fully used in its own category.`,
  reading: (w, order) =>
    `The rules say that what is left of a category's envelope goes to the other categories, in priority order: ${inOrderEn(
      order.map((id) => w.category(id)),
    )}. We read this as one common pool made of all the leftovers, served in that order, so that no money stays idle while a ranked project could use it.`,
  serve: (w, s, waiting) =>
    `Priority ${s.rolloverRank}, ${w.category(s.category)}: the common pool holds ${w.money(s.poolCents)}.` +
    (waiting ? '' : ` No project of this category is waiting for funding.`),
  unallocated: (w, cents, pool) =>
    cents > 0
      ? `${w.money(cents)} remain unallocated: no project still waiting could be funded with that sum.`
      : pool > 0
        ? `The whole common pool was allocated.`
        : '',
};

/** “Title”, but a title that has its own double quotes keeps them alone: quotes are never doubled. */
export const ENGLISH: ExplainLanguage = { tag: 'en-GB', quote: (t) => (/[“”"]/.test(t) ? t : `“${t}”`), phrases: EN };
