import { str } from '@lit/localize';

/** English strings of the dossier status. */
export const templates = {
  'status.title': 'Follow my dossier',
  'status.intro': 'The dossier number and the tracking code are on the submission receipt and in the acknowledgement e-mail.',
  'status.dossier': 'Dossier number',
  'status.code': 'Tracking code',
  'status.lookup': 'See where my dossier stands',
  'status.err.dossier': 'Enter the dossier number.',
  'status.err.code': 'Enter the tracking code.',
  'status.loading': 'Looking for the dossier…',
  'status.not-found':
    'No dossier matches this number and tracking code. Check them: they are on the receipt and in the acknowledgement e-mail.',
  'status.rate': 'Too many attempts in a short time: wait a few minutes before trying again.',
  'status.rate-minutes': str`Too many attempts in a short time: try again in ${0} minutes.`,
  'status.rate-minute': 'Too many attempts in a short time: try again in a minute.',
  'status.labelled': 'Labelled',
  'status.rejected': 'Not retained',
  'status.submitted': 'Submitted, awaiting review',
  'status.submitted-on': str`Submitted on ${0}.`,
  'status.waiting': 'The labelling committee will examine your dossier; its decision will be sent to you by e-mail.',
  'status.labelled-on': str`Labelled on ${0}, in the category “${1}”.`,
  'status.labelled-plain': str`Labelled on ${0}.`,
  'status.project-link': 'See the published project',
  'status.rejected-on': str`Examined on ${0}: the labelling committee did not retain this dossier.`,
  'status.reason': 'Reason for the decision',
};
