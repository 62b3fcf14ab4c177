/**
 * The 887 communes of the Pas-de-Calais, from INSEE's Code officiel géographique (through
 * @etalab/decoupage-administratif), extracted at build time by scripts/extract-communes.mjs.
 * Immutable reference data: shared by every store instance.
 */
import type { Commune } from '@budget-citoyen/sdk/schemas';
import data from './communes-62.json' with { type: 'json' };
import { searchKey } from '../util/text.js';

interface CompactCommune {
  c: string;
  n: string;
  p: string[];
  a: string;
  h: number;
}

export interface CommuneRecord extends Commune {
  population: number;
  /** Accent- and case-free name, for search. */
  searchName: string;
}

export const DEPARTEMENT: { code: string; name: string } = data.departement;
export const ARRONDISSEMENTS: Readonly<Record<string, string>> = data.arrondissements;

export const COMMUNES: readonly CommuneRecord[] = (data.communes as CompactCommune[]).map((c) => ({
  code: c.c,
  name: c.n,
  postcodes: c.p,
  arrondissement: { code: c.a, name: ARRONDISSEMENTS[c.a] ?? c.a },
  population: c.h,
  searchName: searchKey(c.n),
}));

export const COMMUNES_BY_CODE: ReadonlyMap<string, CommuneRecord> = new Map(COMMUNES.map((c) => [c.code, c]));
export const COMMUNE_CODES: ReadonlySet<string> = new Set(COMMUNES.map((c) => c.code));

export function toCommune(record: CommuneRecord): Commune {
  return { code: record.code, name: record.name, postcodes: [...record.postcodes], arrondissement: { ...record.arrondissement } };
}
