import { str } from '@lit/localize';

/** English strings of the project card (also used by the gallery). */
export const templates = {
  'card.loading': 'Loading the project…',
  'card.not-found': 'This project cannot be found or has not been approved.',
  'card.winner': 'Winner',
  'card.vote': 'Vote for this project',
  'card.vote-suffix': str`: ${0}`,
  'card.holder': 'Led by',
  'card.commune': 'Municipality',
  'card.amount': 'Amount requested',
  'card.votes': 'Votes',
};
