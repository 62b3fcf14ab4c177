import type { Allocation } from './allocate.js';
import type { ExplainOptions } from './explain.js';
import type { ExplainLanguage, Words } from './explain-phrases.js';
import type { AllocationStep, SetupStep } from './trace.js';

/**
 * `explainAllocation` in a language given as data (`FRENCH`, `ENGLISH`, or a translation of
 * one's own): code that imports only this and `FRENCH` carries no English sentences, which is
 * how the widgets' script leaves them to its English chunk. `options.locale` is not read.
 */
export function explainAllocationIn(
  language: ExplainLanguage,
  allocation: Allocation | readonly AllocationStep[],
  options: Omit<ExplainOptions, 'locale'> = {},
): string[] {
  const trace: readonly AllocationStep[] = Array.isArray(allocation) ? allocation : (allocation as Allocation).trace;
  const { phrases } = language;
  const setup = trace.find((step): step is SetupStep => step.type === 'setup');
  // Maps, not objects: a category or project may be called `__proto__`.
  const names = new Map<string, string>();
  for (const category of setup?.categories ?? []) if (category.name !== undefined) names.set(category.id, category.name);
  for (const [id, name] of Object.entries(options.categoryNames ?? {})) names.set(id, name);
  const titles = new Map([...Object.entries(setup?.projectTitles ?? {}), ...Object.entries(options.projectTitles ?? {})]);

  const whole = new Intl.NumberFormat(language.tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const exact = new Intl.NumberFormat(language.tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
  const counts = new Intl.NumberFormat(language.tag);
  const words: Words = {
    money: (cents) => (cents % 100 === 0 ? whole : exact).format(cents / 100),
    count: (n) => counts.format(n),
    category: (id) => names.get(id) ?? id,
    project: (id) => language.quote(titles.get(id) ?? id),
  };

  const amounts = new Map<string, number>();
  const waiting = new Set<string>();
  for (const step of trace) {
    if (step.type === 'rank') for (const p of step.order) amounts.set(p.projectId, p.requestedAmountCents);
    if ((step.type === 'fund' || step.type === 'skip') && step.from === 'rollover') waiting.add(step.category);
  }

  const minVotes = setup?.minVotes ?? 0;
  let poolCents = 0;
  const sentences: string[] = [];
  for (const step of trace) {
    switch (step.type) {
      case 'setup': {
        const total = step.categories.reduce((sum, c) => sum + c.envelopeCents, 0);
        sentences.push(phrases.envelopes(words, step, total));
        if (step.minVotes > 0) sentences.push(phrases.minVotes(words, step.minVotes));
        break;
      }
      case 'rank':
        if (step.order.length === 0) {
          sentences.push(phrases.emptyCategory(words, step.category));
          break;
        }
        sentences.push(phrases.ranking(words, step));
        for (const tie of step.ties) {
          sentences.push(phrases.tie(words, tie, amounts.get(tie.ahead) ?? 0, amounts.get(tie.behind) ?? 0));
        }
        break;
      case 'fund':
        sentences.push(phrases.fund(words, step));
        break;
      case 'skip':
        sentences.push(phrases.skip(words, step, minVotes));
        break;
      case 'leftover':
        sentences.push(phrases.leftover(words, step.category, step.leftoverCents));
        break;
      case 'pool':
        poolCents = step.poolCents;
        sentences.push(phrases.pool(words, step), phrases.reading(words, step.order));
        break;
      case 'serve':
        sentences.push(phrases.serve(words, step, waiting.has(step.category)));
        break;
      case 'unallocated':
        sentences.push(phrases.unallocated(words, step.amountCents, poolCents));
        break;
    }
  }
  return sentences.filter((sentence) => sentence !== '');
}
