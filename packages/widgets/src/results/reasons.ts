/**
 * Why each project is funded or not, in a few words beside its row: read from the recomputed
 * allocation's trace (the steps that weighed the project: its envelope's, then the common
 * pool's), so that "Non financé" at rank 3 above funded ranks 4–6 says what was left for it.
 */
import { msg, str } from '@lit/localize';
import type { Allocation } from '@budget-citoyen/sdk/rules';
import { formatMoney, formatNumber } from '../base/format.js';
import type { Lang } from '../base/i18n.js';

/** What the allocation knew of a project when it decided. */
export interface ReasonFacts {
  rank: number;
  votes: number;
  amountCents: number;
  /** Below the campaign's minimum of votes: never funded, whatever the money. */
  belowMinVotes: boolean;
  /** What its envelope still had when its turn came. */
  envelopeCents: number;
  /** What the common pool had at its turn; 0 when the pool was empty or spent before it. */
  poolCents: number;
  /** Funded from its envelope, from the pool, or not. */
  fundedFrom: 'envelope' | 'rollover' | null;
}

export interface Reasons {
  minVotes: number;
  byProject: Map<string, ReasonFacts>;
}

const cache = new WeakMap<Allocation, Reasons>();

export function reasonsOf(allocation: Allocation): Reasons {
  let reasons = cache.get(allocation);
  if (reasons) return reasons;
  const byProject = new Map<string, ReasonFacts>();
  let minVotes = 0;
  for (const step of allocation.trace) {
    if (step.type === 'setup') minVotes = step.minVotes;
    if (step.type !== 'fund' && step.type !== 'skip') continue;
    const envelope = step.from === 'envelope';
    const facts: ReasonFacts = byProject.get(step.projectId) ?? {
      rank: step.rank,
      votes: step.votes,
      amountCents: step.amountCents,
      belowMinVotes: false,
      envelopeCents: 0,
      poolCents: 0,
      fundedFrom: null,
    };
    const available = step.type === 'fund' ? step.remainingCents + step.amountCents : step.availableCents;
    if (envelope) facts.envelopeCents = available;
    else facts.poolCents = available;
    if (step.type === 'fund') facts.fundedFrom = step.from;
    else if (step.reason === 'below-min-votes') facts.belowMinVotes = true;
    byProject.set(step.projectId, facts);
  }
  cache.set(allocation, (reasons = { minVotes, byProject }));
  return reasons;
}

/** The project's reason, in the widget's language (call it inside `render()`). */
export function reasonText(facts: ReasonFacts, minVotes: number, lang: Lang): string {
  const money = (cents: number) => formatMoney(cents, lang);
  const rank = formatNumber(facts.rank, lang);
  const amount = money(facts.amountCents);
  const envelope = money(facts.envelopeCents);
  if (facts.belowMinVotes) {
    const votes = formatNumber(facts.votes, lang);
    return msg(str`${votes} voix : moins que le minimum de ${formatNumber(minVotes, lang)} voix pour être financé.`, {
      id: 'results.reason-min-votes',
    });
  }
  if (facts.fundedFrom === 'envelope') {
    return msg(str`Rang ${rank} : ${amount} demandés, ${envelope} restaient dans l’enveloppe.`, { id: 'results.reason-envelope' });
  }
  return facts.poolCents > 0
    ? msg(str`Rang ${rank} : ${amount} demandés, ${envelope} restaient dans l’enveloppe et ${money(facts.poolCents)} dans la réserve commune.`, {
        id: 'results.reason-pool',
      })
    : msg(str`Rang ${rank} : ${amount} demandés, ${envelope} restaient dans l’enveloppe et rien dans la réserve commune.`, {
        id: 'results.reason-no-pool',
      });
}
