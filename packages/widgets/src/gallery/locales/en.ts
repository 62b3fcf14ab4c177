import { str } from '@lit/localize';

/** English strings of the project gallery. */
export const templates = {
  'gallery.loading': 'Loading the projects…',
  'gallery.filters': 'Filter the projects',
  'gallery.search': 'Search for a project',
  'gallery.category': 'Category',
  'gallery.category-all': 'All categories',
  'gallery.arrondissement': 'Arrondissement',
  'gallery.arrondissement-all': 'All arrondissements',
  'gallery.commune': 'Municipality',
  'gallery.commune-all': 'All municipalities',
  'gallery.sort': 'Order',
  'gallery.sort-random': 'Random',
  'gallery.sort-title': 'By title',
  'gallery.sort-amount': 'By amount requested',
  'gallery.count': str`Projects shown: ${0} of ${1}`,
  'gallery.count-none': 'No project found.',
  'gallery.empty': 'No project has been published yet.',
  'gallery.empty-until': str`The labelled projects will be published when labelling ends, on ${0}.`,
  'gallery.empty-filtered': 'No project matches these criteria.',
  'gallery.reset': 'Clear the filters',
  'gallery.more': 'Show more projects',
  'dialog.close': 'Close',
  'dialog.not-found-title': 'Project not found',
  'dialog.error-title': 'Error',
  'dialog.tags': 'Keywords',
};
