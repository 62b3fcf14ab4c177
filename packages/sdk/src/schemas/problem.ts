import * as z from 'zod/mini';

/** One field's problem inside a problem document. */
export const FieldProblem = z.object({ path: z.string(), message: z.string() });

/** RFC 9457 problem details, as every error of the API is sent (`application/problem+json`). */
export const Problem = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  code: z.string(),
  instance: z.optional(z.string()),
  errors: z.optional(z.array(FieldProblem)),
});
export type Problem = z.infer<typeof Problem>;
