/**
 * The choices of a draft, category by category: ticking and unticking within the campaign's
 * limit (`voting.choicesPerCategory`), and the body the API takes.
 */
import type { Choices } from '@budget-citoyen/sdk';

/**
 * A category's choices after `projectId` is ticked (`on`) or unticked. With one choice allowed,
 * ticking replaces the choice (`''` clears it); with several, a tick past the limit is ignored.
 */
export function toggleChoice(chosen: readonly string[], projectId: string, on: boolean, max: number): string[] {
  if (max === 1) return on && projectId ? [projectId] : [];
  if (!on) return chosen.filter((id) => id !== projectId);
  return chosen.includes(projectId) || chosen.length >= max ? [...chosen] : [...chosen, projectId];
}

/** The choices as the API takes them: one id per category, or a list when several are allowed; empty categories left out. */
export function choicesBody(choices: Readonly<Record<string, readonly string[]>>, max: number): Choices {
  const body: Choices = {};
  for (const [category, ids] of Object.entries(choices)) {
    if (ids.length) body[category] = max === 1 ? ids[0]! : [...ids];
  }
  return body;
}
