import type { AllocationInput } from '@budget-citoyen/sdk/rules';

export const euros = (n: number) => n * 100;

/**
 * Worked by hand:
 * - Innovation sociale (rank 1, 100 000 €): is-a 60 000 € funded (40 000 € left), is-b 50 000 € does
 *   not fit and is skipped, is-c 30 000 € funded (10 000 € left).
 * - Coopération (rank 2, 80 000 €): co-a 70 000 € funded (10 000 € left), co-b 20 000 € does not fit.
 * - Pratiques ESS (rank 3, 55 000 €): pe-a 20 000 € funded (35 000 € left); pe-b has 100 votes,
 *   under the minimum of 150: never funded.
 * - Pool: 10 000 + 10 000 + 35 000 = 55 000 €. Innovation sociale is served first: is-b 50 000 € fits
 *   (5 000 € left). Coopération: co-b 20 000 € does not fit 5 000 €. Pratiques ESS: pe-b excluded.
 * - Unallocated: 5 000 €. Pratiques ESS's leftover paid most of an Innovation sociale project.
 */
export const rolloverCase: AllocationInput = {
  categories: [
    { id: 'pratiques-ess', name: "Pratiques de l'ESS", envelopeCents: euros(55_000), rolloverRank: 3 },
    { id: 'innovation-sociale', name: 'Innovation sociale', envelopeCents: euros(100_000), rolloverRank: 1 },
    { id: 'cooperation', name: 'Coopération', envelopeCents: euros(80_000), rolloverRank: 2 },
  ],
  projects: [
    { id: 'is-a', category: 'innovation-sociale', requestedAmountCents: euros(60_000), title: 'Tiers-lieu de Liévin' },
    { id: 'is-b', category: 'innovation-sociale', requestedAmountCents: euros(50_000), title: 'Épicerie solidaire' },
    { id: 'is-c', category: 'innovation-sociale', requestedAmountCents: euros(30_000) },
    { id: 'co-a', category: 'cooperation', requestedAmountCents: euros(70_000) },
    { id: 'co-b', category: 'cooperation', requestedAmountCents: euros(20_000), title: 'Garage associatif' },
    { id: 'pe-a', category: 'pratiques-ess', requestedAmountCents: euros(20_000) },
    { id: 'pe-b', category: 'pratiques-ess', requestedAmountCents: euros(10_000) },
  ],
  votes: { 'is-a': 500, 'is-b': 400, 'is-c': 300, 'co-a': 450, 'co-b': 200, 'pe-a': 350, 'pe-b': 100 },
  minVotes: 150,
};

