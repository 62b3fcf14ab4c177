import { msg } from '@lit/localize';
import type { HolderKind } from '@budget-citoyen/sdk';

/**
 * The words for each member of a closed set (a status, a kind, a step): a table the compiler
 * checks is complete. Each is a function, called while rendering: `msg()` answers in the
 * language of the element being rendered, so a label cannot be worded once and kept.
 */
export type Labels<K extends string> = Record<K, () => string>;

/**
 * A category's name in the widget's language: the campaign's own name in French, the
 * translation of the reference categories in English (the campaign's name otherwise).
 */
export function categoryLabel(id: string, campaignName: string): string {
  return msg(campaignName, { id: `category.${id}` });
}

const HOLDER_KINDS = {
  citizen: () => msg('Citoyen ou citoyenne', { id: 'holder.citizen' }),
  collective: () => msg('Collectif', { id: 'holder.collective' }),
  association: () => msg('Association', { id: 'holder.association' }),
  'ess-organisation': () => msg('Structure de l’économie sociale et solidaire', { id: 'holder.ess-organisation' }),
} satisfies Labels<HolderKind>;

/** A kind this version does not know (a project handed to the card as is) is shown as its code. */
export const holderKindLabel = (kind: HolderKind): string => HOLDER_KINDS[kind]?.() ?? kind;
