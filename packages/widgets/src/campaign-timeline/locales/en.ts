import { str } from '@lit/localize';

/** English strings of the campaign timeline. */
export const templates = {
  'timeline.comptoirs': 'Citizen initiative comptoirs',
  'timeline.depot': 'Submission of dossiers',
  'timeline.labellisation': 'Labelling',
  'timeline.vote': 'Vote',
  'timeline.resultats': 'Results',
  'timeline.open': 'In progress',
  'timeline.past': 'Finished',
  'timeline.upcoming': 'Upcoming',
  'timeline.opens': str`Upcoming: opens ${0}`,
  'timeline.ends': str`In progress: ends ${0}`,
};
