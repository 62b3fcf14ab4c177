/**
 * The registration form's own checks, before anything is sent, and the words shown next to
 * each field. Deliberately loose: the API has the last word (lengths included); this catches
 * what a person gets wrong, an empty field or an e-mail without its "@".
 */
import { msg } from '@lit/localize';
import type { Labels } from '../base/labels.js';

export type Field = 'name' | 'email';
/** `taken`: the API said `already_registered` for this e-mail. */
export type FieldProblem = 'missing' | 'invalid' | 'taken';
export type FieldErrors = Partial<Record<Field, FieldProblem>>;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function validateRegistration(name: string, email: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!name) errors.name = 'missing';
  if (!email) errors.email = 'missing';
  else if (!EMAIL.test(email)) errors.email = 'invalid';
  return errors;
}

const EMAIL_PROBLEMS = {
  missing: () => msg('Indiquez votre adresse e-mail.', { id: 'agenda.error-email-missing' }),
  invalid: () => msg('L’adresse e-mail n’est pas valide. Exemple : prenom.nom@exemple.fr', { id: 'agenda.error-email-invalid' }),
  taken: () =>
    msg(
      'Cette adresse e-mail est déjà inscrite à ce comptoir : inutile de vous inscrire à nouveau. Utilisez le code affiché lors de votre première inscription.',
      { id: 'agenda.error-email-taken' },
    ),
} satisfies Labels<FieldProblem>;

/** The message shown next to the field (call it while rendering: it uses `msg()`). */
export function fieldMessage(field: Field, problem: FieldProblem): string {
  return field === 'name' ? msg('Indiquez votre prénom et votre nom.', { id: 'agenda.error-name-missing' }) : EMAIL_PROBLEMS[problem]();
}
