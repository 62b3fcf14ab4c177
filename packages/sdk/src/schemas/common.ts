/**
 * Building blocks shared by every resource schema.
 *
 * Why `zod/mini` and not `zod`: the schemas ship to browsers inside the widgets' one CDN script,
 * whose whole budget is 30 KB brotli. Measured on this stack (rollup + terser + brotli, lit + ky
 * + these schemas): classic `zod` costs ~15 KB brotli more than `zod/mini`, because its
 * chainable methods keep the whole library reachable, while mini's functions tree-shake to
 * what the schemas use. The schemas read a little more verbosely; the budget wins.
 * `npm run size` prints the figures (`npm run size -- --why` says where they come from).
 *
 * Two rules keep a bundle down to the schemas it uses (the widgets parse no request, so the
 * request schemas and what only they use, e.g. `z.email()`, must stay out of the CDN script):
 * - Every top-level schema is built by calls bundlers can drop when unused. zod/mini's
 *   functions are marked side-effect free, but a method call (`.check()`) and `z.int()` are
 *   not: they carry a `@__PURE__` annotation. Never spread `Schema.shape` (a getter):
 *   `z.extend` it.
 * - Response schemas use the cheapest zod that checks the contract (`Instant`, `Url`, the
 *   sent-back `Choices`, `PartialProblem`); the strict forms a server needs (`StrictInstant`,
 *   `z.email()`, `z.record` keys) stay in requests.
 */
import * as z from 'zod/mini';

export const Id = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200));

const INSTANT_SHAPE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;
/**
 * ISO 8601 instant with offset, e.g. `2026-09-14T10:00:00+02:00` or `…Z`, as the API sends it:
 * the RFC 3339 shape, and a date `Date.parse` reads (it rolls `02-30` over to March).
 * Its JSON Schema is `format: date-time`. `z.iso.datetime`'s calendar-exact pattern weighs
 * ~0.3 KB brotli in the CDN script: requests, which a server parses, use {@link StrictInstant}.
 */
export const Instant = z.stringFormat('datetime', (value) => INSTANT_SHAPE.test(value) && !Number.isNaN(Date.parse(value)));
/** {@link Instant} checked to the day (no `02-30`, no hour `24`): for what a server parses. */
export const StrictInstant = z.iso.datetime({ offset: true });
/** Calendar date `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date();
/** Money: an integer number of euro cents. */
export const Cents = /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
export const Count = /* @__PURE__ */ z.int().check(z.minimum(0));
export const Email = /* @__PURE__ */ z.email().check(z.maxLength(254));
/**
 * Text a person types on one line (names, titles, codes): no control character (CR, LF, tab,
 * NUL… C0 and C1), no line or paragraph separator, no bidirectional mark, embedding, override
 * or isolate (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069). Such text ends up in
 * e-mail subjects and headers, where a line break injects a header, and a bidi override shows
 * other words than it holds. Ordinary text passes: accents, ’, « », non-breaking spaces
 * (U+00A0, U+202F). Checked before trimming: a stray line break is refused, not hidden.
 */
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
export const SINGLE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]*$/;
/** {@link SINGLE_LINE}, with line feeds (LF only): paragraphs of a summary or a description. */
// eslint-disable-next-line no-control-regex -- as above
export const MULTI_LINE = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]*$/;

/** One line of 1 to `max` characters, trimmed ({@link SINGLE_LINE}). */
export const SingleLine = (max: number) =>
  /* @__PURE__ */ z.string().check(z.regex(SINGLE_LINE, 'must be one line, without control characters or bidirectional marks'), z.trim(), z.minLength(1), z.maxLength(max));
/** Paragraphs of 1 to `max` characters, trimmed: line feeds allowed, other controls not ({@link MULTI_LINE}). */
export const MultiLine = (max: number) =>
  /* @__PURE__ */ z.string().check(z.regex(MULTI_LINE, 'must not contain control characters (other than line feeds) or bidirectional marks'), z.trim(), z.minLength(1), z.maxLength(max));
/**
 * An absolute URL (JSON Schema `format: uri`), as the API sends it. `z.url()` also trims and
 * normalises, which only matters for input, and weighs ~0.4 KB brotli in the CDN script.
 */
export const Url = z.stringFormat('url', (value) => {
  try {
    return Boolean(new URL(value));
  } catch {
    return false;
  }
});

/** An INSEE commune code (`62041`; Corsica's `2A004` is accepted by shape). */
export const CommuneCode = /* @__PURE__ */ z.string().check(z.regex(/^(\d{2}|2[AB])\d{3}$/));

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
  limit: z.optional(/* @__PURE__ */ z.coerce.number().check(/* @__PURE__ */ z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(500))),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const CATEGORY_IDS = ['innovation-sociale', 'cooperation', 'pratiques-ess'] as const;
/**
 * Category ids of the reference edition. Responses accept any id, so that a future edition
 * with a fourth category does not break deployed widgets.
 */
export type ReferenceCategoryId = (typeof CATEGORY_IDS)[number];
export const CategoryId = Id;
