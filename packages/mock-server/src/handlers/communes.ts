import { endpoints } from '@budget-citoyen/sdk';
import type { HttpHandler } from 'msw';
import type { MockContext } from '../context.js';
import { notFound } from '../http/problem.js';
import { paginate } from '../http/pagination.js';
import { json } from '../http/respond.js';
import { route } from '../http/route.js';
import { COMMUNES, COMMUNES_BY_CODE, toCommune, type CommuneRecord } from '../seed/communes.js';
import { frenchCollator, searchKey } from '../util/text.js';

/**
 * `q` is a name (accents, case, hyphens ignored; names starting with it first) or, when it is
 * digits, the start of a postal code or INSEE code.
 */
const byName = new WeakMap<readonly CommuneRecord[], readonly CommuneRecord[]>();
/** Sorted once per list (French collation), so that each search only filters. */
function communesByName(communes: readonly CommuneRecord[]): readonly CommuneRecord[] {
  let sorted = byName.get(communes);
  if (!sorted) byName.set(communes, (sorted = [...communes].sort((a, b) => frenchCollator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1))));
  return sorted;
}

export function searchCommunes(
  query: { q?: string | undefined; postcode?: string | undefined; arrondissement?: string | undefined },
  communes: readonly CommuneRecord[] = COMMUNES,
): CommuneRecord[] {
  let list = communesByName(communes).filter(
    (c) => (!query.postcode || c.postcodes.includes(query.postcode)) && (!query.arrondissement || c.arrondissement.code === query.arrondissement),
  );
  const q = query.q?.trim() ?? '';
  if (/^\d+$/.test(q)) return list.filter((c) => c.postcodes.some((p) => p.startsWith(q)) || c.code.startsWith(q));
  const key = searchKey(q);
  if (!key) return list;
  list = list.filter((c) => c.searchName.includes(key));
  return [...list.filter((c) => c.searchName.startsWith(key)), ...list.filter((c) => !c.searchName.startsWith(key))];
}

export function communeHandlers(ctx: MockContext): HttpHandler[] {
  return [
    route(ctx, endpoints.listCommunes, ({ request, query }) => {
      const page = paginate(searchCommunes(query, ctx.store.state.communes), query);
      return json(request, { ...page, items: page.items.map(toCommune) }, { cacheControl: 'public, max-age=86400' });
    }),
    route(ctx, endpoints.getCommune, ({ request, params }) => {
      const commune = COMMUNES_BY_CODE.get(params.code);
      if (!commune) throw notFound('No commune of the département has this INSEE code.');
      return json(request, toCommune(commune), { cacheControl: 'public, max-age=86400' });
    }),
  ];
}
