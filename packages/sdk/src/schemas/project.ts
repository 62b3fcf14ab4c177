import * as z from 'zod/mini';
import { CategoryId, Cents, CodeName, CommuneCode, Count, Id, PageQuery } from './common.js';

export const HOLDER_KINDS = ['citizen', 'collective', 'association', 'ess-organisation'] as const;
export const HolderKind = z.enum(HOLDER_KINDS);
export type HolderKind = z.infer<typeof HolderKind>;

export const PROJECT_STATUSES = ['labelled', 'winner', 'not-selected'] as const;
export const ProjectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** A labelled project: public. `description` is plain text, never HTML. */
export const Project = z.object({
  id: Id,
  campaignId: Id,
  title: z.string(),
  summary: z.string(),
  /** Plain text, paragraphs separated by blank lines. Render as text, never as HTML. */
  description: z.string(),
  category: CategoryId,
  requestedAmountCents: Cents,
  holder: z.object({ name: z.string(), kind: HolderKind }),
  commune: CodeName,
  arrondissement: CodeName,
  image: z.optional(z.object({ url: z.string(), alt: z.string() })),
  tags: z.array(z.string()),
  /** `winner` and `not-selected` appear only once results are final. */
  status: ProjectStatus,
  /** Present only while results are visible. */
  votes: z.optional(Count),
});
export type Project = z.infer<typeof Project>;

/** A value of a filter, and how many projects it would give with the other filters applied. */
const FacetValue = z.object({ code: z.string(), name: z.string(), count: Count });

/**
 * `?facets=true` (contract 1.1): what each filter can offer. Each count applies the other
 * filters but not its own; values without a project are left out.
 */
export const ProjectFacets = z.object({
  /** In the campaign's order of categories. */
  categories: z.array(z.object({ id: CategoryId, name: z.string(), count: Count })),
  /** By code. */
  arrondissements: z.array(FacetValue),
  /** By name, in French order. */
  communes: z.array(FacetValue),
});
export type ProjectFacets = z.infer<typeof ProjectFacets>;

/** `page(Project)` with the facets, written out: `z.extend` would cost the CDN script its code. */
export const ProjectPage = z.object({
  items: z.array(Project),
  nextCursor: z.nullable(z.string()),
  total: Count,
  facets: z.optional(ProjectFacets),
});
export type ProjectPage = z.infer<typeof ProjectPage>;

export const PROJECT_SORTS = ['random', 'title', 'amount', 'votes'] as const;
export const ProjectQuery = z.extend(PageQuery, {
  category: z.optional(CategoryId),
  commune: z.optional(CommuneCode),
  arrondissement: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{3}$/))),
  q: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200))),
  /** `random` (default, stable for a `seed`), `title`, `amount`, or `votes` when results are visible. */
  sort: z.optional(z.enum(PROJECT_SORTS)),
  seed: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(64))),
  /** `true` adds `facets` to the page (contract 1.1). */
  facets: z.optional(z.pipe(z.enum(['true', 'false']), z.transform((value) => value === 'true'))),
});
export type ProjectQuery = z.infer<typeof ProjectQuery>;
