/**
 * English strings of the base (states, errors, labels). Same shape as a module emitted by
 * `lit-localize build` in runtime mode: ids → templates, `str` with `${index}` placeholders.
 * Each widget folder has its own `locales/en.ts`, registered with `addTranslations()`.
 */
export const templates = {
  'state.loading': 'Loading…',
  'state.empty': 'Nothing to show yet.',
  'state.retry': 'Try again',
  'error.network': 'The budget citoyen service cannot be reached. Please check your connection.',
  'error.timeout': 'The budget citoyen service is taking too long to respond.',
  'error.not-found': 'This content cannot be found.',
  'error.rate-limited': 'Too many requests in a short time: please wait a moment.',
  'error.results-not-public': 'The results are not public yet.',
  'error.phase-closed': 'This stage of the budget citoyen is not open.',
  'error.forbidden': 'You do not have access to this content.',
  'error.invalid-response': 'The budget citoyen service sent an unexpected response.',
  'error.generic': 'Something went wrong while loading.',
  'category.innovation-sociale': 'Social innovation',
  'category.cooperation': 'Cooperation',
  'category.pratiques-ess': 'Social and solidarity economy practices',
  'holder.citizen': 'Citizen',
  'holder.collective': 'Collective',
  'holder.association': 'Association',
  'holder.ess-organisation': 'Social and solidarity economy organisation',
};
