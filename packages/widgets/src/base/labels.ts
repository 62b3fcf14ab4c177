import { msg } from '@lit/localize';
import type { HolderKind } from '@budget-citoyen/sdk';

/**
 * A category's name in the widget's language: the campaign's own name in French, the
 * translation of the reference categories in English (the campaign's name otherwise).
 */
export function categoryLabel(id: string, campaignName: string): string {
  return msg(campaignName, { id: `category.${id}` });
}

export function holderKindLabel(kind: HolderKind): string {
  switch (kind) {
    case 'citizen':
      return msg('Citoyen ou citoyenne', { id: 'holder.citizen' });
    case 'collective':
      return msg('Collectif', { id: 'holder.collective' });
    case 'association':
      return msg('Association', { id: 'holder.association' });
    case 'ess-organisation':
      return msg('Structure de l’économie sociale et solidaire', { id: 'holder.ess-organisation' });
    default:
      return kind;
  }
}
