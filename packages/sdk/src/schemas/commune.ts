import * as z from 'zod/mini';
import { CodeName, CommuneCode, page, PageQuery } from './common.js';

export const Commune = z.object({
  code: CommuneCode,
  name: z.string(),
  postcodes: z.array(z.string()),
  arrondissement: CodeName,
});
export type Commune = z.infer<typeof Commune>;

export const CommunePage = page(Commune);

export const CommuneQuery = z.extend(PageQuery, {
  /** Name or postal code, accents and case ignored. */
  q: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(100))),
  postcode: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{5}$/))),
  arrondissement: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{3}$/))),
});
export type CommuneQuery = z.infer<typeof CommuneQuery>;
