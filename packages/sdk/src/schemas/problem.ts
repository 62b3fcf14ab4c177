import * as z from 'zod/mini';

/** One field's problem inside a problem document. */
export const FieldProblem = z.object({ path: z.string(), message: z.string() });

const problemFields = {
  type: z.string(),
  title: z.string(),
  status: /* @__PURE__ */ z.int(),
  detail: z.optional(z.string()),
  code: z.string(),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldProblem)),
};

/** RFC 9457 problem details, as every error of the API is sent (`application/problem+json`). */
export const Problem = z.looseObject(problemFields);
export type Problem = z.infer<typeof Problem>;

/**
 * A problem document read leniently, as clients read error bodies: every field optional (one
 * missing its `type` still gives its code), other fields dropped. Spelt out rather than
 * `z.partial(Problem)`: `looseObject` and `partial` cost the widgets' CDN script ~0.3 KB brotli.
 */
export const PartialProblem = z.object({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(/* @__PURE__ */ z.int()),
  detail: z.optional(z.string()),
  code: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldProblem)),
} satisfies Record<keyof typeof problemFields, z.ZodMiniOptional>);
export type PartialProblem = z.infer<typeof PartialProblem>;
