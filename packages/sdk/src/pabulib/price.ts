/**
 * The price of one project in the Method of Equal Shares: the ρ such that its supporters, each
 * paying `min(budget, ρ × weight)`, together pay exactly its cost. This is the inner loop of
 * every MES run (hundreds of evaluations per run, each over up to all voters), hence the
 * scratch buffers and the specialised loops.
 */

/** Supporters below this multiple of the equal share are copied aside by the first pass. */
const NEAR_FACTOR = 2;
/** Refinements of the fixed point before sorting instead (bounds adversarial cases). */
const MAX_REFINEMENTS = 32;

/** One pair of buffers for every evaluation: arrays per evaluation are measurable garbage. */
const copies = { budgets: new Float64Array(1024), weights: new Float64Array(1024) };

function reserve(size: number): void {
  if (copies.budgets.length >= size) return;
  const length = Math.max(size, 2 * copies.budgets.length);
  copies.budgets = new Float64Array(length);
  copies.weights = new Float64Array(length);
}

/**
 * ρ in weight units, or `undefined` when the supporters' budgets (summed in the same pass)
 * fall short of `cost` by more than the relative `tolerance`. `weights` null means 1 each.
 *
 * Only the poorest supporters matter: the one pass over all of them copies aside those below
 * `NEAR_FACTOR` × the equal share, and the price is sought among the copies. Everyone else can
 * pay any ρ up to that bound, so the answer is exact when it stays below it; when it does not,
 * the price is sought again among all the supporters.
 */
export function priceOf(cost: number, totalWeight: number, supporters: Int32Array, weights: Float64Array | null, wallet: Float64Array, tolerance: number): number | undefined {
  if (cost === 0) return 0;
  const count = supporters.length;
  reserve(count);
  const { budgets: copiedBudgets, weights: copiedWeights } = copies;
  const bound = (NEAR_FACTOR * cost) / totalWeight;
  let copied = 0;
  let available = 0;
  if (weights === null) {
    for (let s = 0; s < count; s++) {
      const budget = wallet[supporters[s] as number] as number;
      available += budget;
      if (budget < bound) copiedBudgets[copied++] = budget;
    }
  } else {
    for (let s = 0; s < count; s++) {
      const budget = wallet[supporters[s] as number] as number;
      const weight = weights[s] as number;
      available += budget;
      if (budget < bound * weight) {
        copiedBudgets[copied] = budget;
        copiedWeights[copied++] = weight;
      }
    }
  }
  if (available < cost * (1 - tolerance)) return undefined;
  const weighted = weights !== null;
  const rho = priceAmongCopies(cost, totalWeight, copied, weighted);
  if (rho <= bound) return rho;
  for (let s = 0; s < count; s++) {
    copiedBudgets[s] = wallet[supporters[s] as number] as number;
    if (weights) copiedWeights[s] = weights[s] as number;
  }
  return priceAmongCopies(cost, totalWeight, count, weighted);
}

/**
 * The price from the first `copied` copies, the other supporters assumed able to pay it. A
 * fixed point first: those who cannot pay ρ × weight pay all they have, the others share the
 * rest; ρ only rises and each refinement adds at least one full payer, so it ends, usually at
 * once. Past `MAX_REFINEMENTS`, the textbook walk over the copies sorted by budget per weight.
 */
function priceAmongCopies(cost: number, totalWeight: number, copied: number, weighted: boolean): number {
  const { budgets, weights } = copies;
  let rho = cost / totalWeight;
  let fullPayers = 0;
  for (let refinement = 0; refinement < MAX_REFINEMENTS; refinement++) {
    let paid = 0;
    let payingWeight = 0;
    let payers = 0;
    for (let n = 0; n < copied; n++) {
      const budget = budgets[n] as number;
      const weight = weighted ? (weights[n] as number) : 1;
      if (budget < rho * weight) {
        paid += budget;
        payingWeight += weight;
        payers++;
      }
    }
    if (payers === fullPayers) return rho;
    fullPayers = payers;
    const sharingWeight = totalWeight - payingWeight;
    if (sharingWeight <= 0) return maxRatio(copied, weighted);
    rho = Math.max(rho, (cost - paid) / sharingWeight);
  }
  return priceBySorting(cost, totalWeight, copied, weighted);
}

function priceBySorting(cost: number, totalWeight: number, copied: number, weighted: boolean): number {
  const { budgets, weights } = copies;
  const ratios = Float64Array.from({ length: copied }, (_, n) => (budgets[n] as number) / (weighted ? (weights[n] as number) : 1));
  const order = Array.from({ length: copied }, (_, n) => n);
  // Approval ballots: ratios are the budgets, a native numeric sort suffices.
  if (weighted) order.sort((a, b) => (ratios[a] as number) - (ratios[b] as number));
  else ratios.sort();
  let paid = 0;
  let sharingWeight = totalWeight;
  for (const n of order) {
    const rho = (cost - paid) / sharingWeight;
    const ratio = ratios[n] as number;
    if (ratio >= rho) return rho;
    // Weighted: n still indexes the unsorted copies. Approval: the ratio is the budget.
    paid += weighted ? (budgets[n] as number) : ratio;
    sharingWeight -= weighted ? (weights[n] as number) : 1;
  }
  return sharingWeight > 0 ? (cost - paid) / sharingWeight : maxRatio(copied, weighted);
}

/** Everyone pays all they have: reached only when the budgets cover the cost within tolerance. */
function maxRatio(copied: number, weighted: boolean): number {
  const { budgets, weights } = copies;
  let max = 0;
  for (let n = 0; n < copied; n++) max = Math.max(max, (budgets[n] as number) / (weighted ? (weights[n] as number) : 1));
  return max;
}
