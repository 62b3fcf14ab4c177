/**
 * Building blocks shared by every resource schema.
 *
 * Why `zod/mini` and not `zod`: the schemas ship to browsers inside the widgets' one CDN script,
 * whose whole budget is 30 KB brotli. Measured on this stack (rollup + terser + brotli, lit + ky
 * + these schemas): classic `zod` costs ~15 KB brotli more than `zod/mini`, because its
 * chainable methods keep the whole library reachable, while mini's functions tree-shake to
 * what the schemas use. The schemas read a little more verbosely; the budget wins.
 * `npm run size` prints the figures.
 */
import * as z from 'zod/mini';

export const Id = z.string().check(z.minLength(1), z.maxLength(200));
/** ISO 8601 instant with offset, e.g. `2026-09-14T10:00:00+02:00` or `…Z`. */
export const Instant = z.iso.datetime({ offset: true });
/** Calendar date `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date();
/** Money: an integer number of euro cents. */
export const Cents = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
export const Count = z.int().check(z.minimum(0));
export const Email = z.email().check(z.maxLength(254));
export const Text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** An INSEE commune code (`62041`; Corsica's `2A004` is accepted by shape). */
export const CommuneCode = z.string().check(z.regex(/^(\d{2}|2[AB])\d{3}$/));

export const CodeName = z.object({ code: z.string(), name: z.string() });
export type CodeName = z.infer<typeof CodeName>;

/** Cursor pagination, the same for every list: `{ items, nextCursor, total }`. */
export function page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: Count,
  });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/** `?limit=&cursor=`; the limit is 1–100, 20 by default. */
export const PageQuery = z.object({
  limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string().check(z.maxLength(500))),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const CATEGORY_IDS = ['innovation-sociale', 'cooperation', 'pratiques-ess'] as const;
/**
 * Category ids of the reference edition. Responses accept any id, so that a future edition
 * with a fourth category does not break deployed widgets.
 */
export type ReferenceCategoryId = (typeof CATEGORY_IDS)[number];
export const CategoryId = Id;
