import { str } from '@lit/localize';

/** English strings of the commune combobox (the ballot's and the dossier form's commune field). */
export const templates = {
  'commune.loading': 'Loading the list of municipalities…',
  'commune.error': 'The list of municipalities could not be loaded.',
  'commune.none': 'No municipality matches.',
  'commune.one': str`${0} municipality matches.`,
  'commune.many': str`${0} municipalities match.`,
  'commune.more': str`The first ${0} are listed: refine your search.`,
};
