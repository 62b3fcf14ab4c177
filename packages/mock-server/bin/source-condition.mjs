// Module resolution hook: adds the "source" export condition, which maps the workspace
// packages (@budget-citoyen/*) to their TypeScript sources, as `node --conditions=source` does.
export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('source') ? context.conditions : [...context.conditions, 'source'];
  return nextResolve(specifier, { ...context, conditions });
}
