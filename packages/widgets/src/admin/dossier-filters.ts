/**
 * The committee's list, narrowed and ordered in the page: every dossier is loaded once (a few
 * pages of 100), then the filters (status, proposed category, commune, text), their counts and
 * the order work on that array, with no request. Pure functions: Node tests drive them.
 */
import type { AdminDossier, DossierStatus } from '@budget-citoyen/sdk';

export interface DossierFilters {
  /** `''`: every status. */
  status: DossierStatus | '';
  /** A category id, {@link NO_CATEGORY} for dossiers that propose none, `''`: all. */
  category: string;
  /** An INSEE code, `''`: all. */
  commune: string;
  /** Words of the title, the holder's name or organisation, the dossier's id or receipt. */
  q: string;
}

export type SortKey = 'submittedAt' | 'title' | 'amount';
export type SortDirection = 'ascending' | 'descending';

export interface DossierSort {
  key: SortKey;
  direction: SortDirection;
}

/** The category filter's value for dossiers without a proposed category (no id is empty). */
export const NO_CATEGORY = '-';

/** The list a committee starts from: the dossiers still to decide, oldest first. */
export const START_FILTERS: DossierFilters = { status: 'submitted', category: '', commune: '', q: '' };
export const START_SORT: DossierSort = { key: 'submittedAt', direction: 'ascending' };

/** Lower case, without accents: "Épicerie" is found by "epicerie". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

const haystacks = new WeakMap<AdminDossier, string>();
function haystack(d: AdminDossier): string {
  let text = haystacks.get(d);
  if (text === undefined) {
    const { title, holder } = d;
    haystacks.set(d, (text = fold([title, holder.name, holder.organisation ?? '', d.id, d.receiptCode].join('\n'))));
  }
  return text;
}

export type Facet = 'status' | 'category' | 'commune';

/** The value of a facet for one dossier. */
function valueOf(d: AdminDossier, facet: Facet): string {
  if (facet === 'status') return d.status;
  if (facet === 'commune') return d.communeCode;
  return d.proposedCategory ?? NO_CATEGORY;
}

/** Whether `d` passes every filter, but `skip` (to count a facet's values). */
export function matches(d: AdminDossier, filters: DossierFilters, skip?: Facet): boolean {
  for (const facet of ['status', 'category', 'commune'] as const) {
    if (facet !== skip && filters[facet] && valueOf(d, facet) !== filters[facet]) return false;
  }
  const words = fold(filters.q).split(/\s+/).filter(Boolean);
  return words.every((word) => haystack(d).includes(word));
}

/**
 * How many dossiers each value of `facet` would show, the other filters applied: what each
 * option of its select announces ("À examiner (12)").
 */
export function facetCounts(dossiers: readonly AdminDossier[], filters: DossierFilters, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of dossiers) {
    if (!matches(d, filters, facet)) continue;
    const value = valueOf(d, facet);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The dossiers that pass the filters, in `sort`'s order (ties: oldest first, then by id). */
export function visibleDossiers(
  dossiers: readonly AdminDossier[],
  filters: DossierFilters,
  sort: DossierSort,
  collator: Intl.Collator,
): AdminDossier[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byKey = (a: AdminDossier, b: AdminDossier): number => {
    if (sort.key === 'title') return collator.compare(a.title, b.title);
    if (sort.key === 'amount') return a.requestedAmountCents - b.requestedAmountCents;
    return Date.parse(a.submittedAt) - Date.parse(b.submittedAt);
  };
  return dossiers
    .filter((d) => matches(d, filters))
    .sort((a, b) => sign * byKey(a, b) || Date.parse(a.submittedAt) - Date.parse(b.submittedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The next order when a column's button is pressed: by its key ascending, or the other way round. */
export function nextSort(current: DossierSort, key: SortKey): DossierSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/** Whether any filter narrows the list. */
export const isFiltered = (f: DossierFilters): boolean => Boolean(f.status || f.category || f.commune || f.q.trim());
