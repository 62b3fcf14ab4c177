/** The choices as the review and the receipt both list them (the receipt is in the script, the review on demand). */
import { msg } from '@lit/localize';
import type { Campaign, Choices } from '@budget-citoyen/sdk';
import { categoryLabel } from '../base/labels.js';
import type { BallotFlow } from './ballot-flow.js';

/**
 * Every category of the campaign, each with the titles of its chosen projects (the id of one
 * not found) or "Aucun vote dans cette catégorie": the review and the receipt say the same.
 */
export function choiceRows(flow: BallotFlow, categories: Campaign['categories'], choices: Choices = {}): Array<[string, string]> {
  return categories.map((c) => {
    const ids = [choices[c.id] ?? []].flat();
    return [
      categoryLabel(c.id, c.name),
      ids.map((id) => flow.projects?.find((p) => p.id === id)?.title ?? id).join(', ') ||
        msg('Aucun vote dans cette catégorie', { id: 'ballot.no-project' }),
    ];
  });
}
