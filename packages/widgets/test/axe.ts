/**
 * axe-core over a widget (its shadow DOM included), failing with every violation spelled out.
 * axe-core has no ES default export: importing it sets `window.axe`.
 */
import 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/**
 * Rules turned off for widget-level checks, each with its reason:
 * - `region`: whether content sits in a landmark is the host page's decision; a widget placed
 *   in a page's `<main>` satisfies it, and a test fixture has no page around it.
 */
const DISABLED: Record<string, { enabled: false }> = { region: { enabled: false } };

export async function expectAxeClean(el: Element, options: RunOptions = {}): Promise<void> {
  const results: AxeResults = await window.axe.run(el, {
    // Details of passing nodes are not needed, and collecting them is most of axe's time.
    resultTypes: ['violations'],
    ...options,
    rules: { ...DISABLED, ...options.rules },
  });
  if (results.violations.length === 0) return;
  const report = results.violations
    .map(
      (v) =>
        `• ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
        v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n'),
    )
    .join('\n');
  throw new Error(`axe found ${results.violations.length} violation(s):\n${report}`);
}
