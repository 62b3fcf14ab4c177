/**
 * The ballot's words for refusals, in one place so that a client-side check and the server's
 * refusal of the same thing read the same. Call inside `render()` or `localize()`.
 */
import { msg, str } from '@lit/localize';
import { errorMessageFrom } from '../base/states.js';
import type { Field, FieldCode } from './checks.js';

export function fieldMessage(field: Field, code: FieldCode, minAge: number, territory: string): string {
  const resident = () => msg(str`Seuls les habitants du ${territory} peuvent voter : choisissez une commune du département.`, { id: 'ballot.err.resident' });
  const messages: Partial<Record<`${Field}.${FieldCode}`, () => string>> = {
    'firstName.required': () => msg('Indiquez votre prénom.', { id: 'ballot.err.first-name' }),
    'lastName.required': () => msg('Indiquez votre nom.', { id: 'ballot.err.last-name' }),
    'birthDate.required': () => msg('Indiquez votre date de naissance.', { id: 'ballot.err.birth-required' }),
    'birthDate.future': () => msg('La date de naissance ne peut pas être dans le futur.', { id: 'ballot.err.birth-future' }),
    'birthDate.not_eligible_age': () => msg(str`Il faut avoir au moins ${minAge} ans pour voter.`, { id: 'ballot.err.age' }),
    'birthDate.invalid': () => msg('Indiquez une date de naissance réelle, par exemple 14 7 2010.', { id: 'ballot.err.birth-invalid' }),
    'communeCode.required': () => msg('Choisissez votre commune de résidence dans la liste.', { id: 'ballot.err.commune' }),
    'communeCode.invalid': resident,
    'communeCode.not_resident': resident,
    'email.required': () => msg('Indiquez votre adresse e-mail.', { id: 'ballot.err.email' }),
    'email.invalid': () => msg('Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.', { id: 'ballot.err.email-invalid' }),
    'email.in_use': () => msg('Cette adresse e-mail est déjà utilisée par une autre personne.', { id: 'ballot.err.email-in-use' }),
    'rules.required': () => msg('Acceptez le règlement pour voter.', { id: 'ballot.err.rules' }),
  };
  return (messages[`${field}.${code}`] ?? (() => msg('Vérifiez ce champ.', { id: 'ballot.err.field' })))();
}

/**
 * A refusal that is not about one field, for the top of the step. `vote`: the vote's start and
 * end, formatted; `cast`: what is known of a failed cast (`BallotFlow.castFailed`), said first.
 */
export function topMessage(error: unknown, vote: [string, string] | undefined, cast?: 'lost' | 'unsure'): string {
  if (cast === 'unsure') return msg('Le service n’a pas répondu : votre vote est peut-être enregistré. Vérifiez-le.', { id: 'ballot.err.unsure' });
  // Not recorded: why, when the server said (the button below confirms it again).
  if (cast) return `${msg('Votre vote n’est pas enregistré.', { id: 'ballot.err.lost' })} ${error ? topMessage(error, vote) : ''}`;
  const network = () =>
    msg("Le service du budget citoyen ne répond pas. Rien n'est perdu : vérifiez votre connexion, puis réessayez.", { id: 'ballot.err.network' });
  return errorMessageFrom(error, {
    phase_closed: () =>
      vote
        ? msg(str`Le vote n'est pas ouvert en ce moment : il a lieu du ${vote[0]} au ${vote[1]}.`, { id: 'ballot.err.phase' })
        : msg("Le vote n'est pas ouvert en ce moment.", { id: 'ballot.err.phase-plain' }),
    validation_failed: () => msg('Le service a refusé ces informations : vérifiez-les.', { id: 'ballot.err.validation' }),
    idempotency_conflict: () => msg("Votre vote n'a pas pu être confirmé : réessayez.", { id: 'ballot.err.conflict' }),
    network_error: network,
    timeout: network,
  });
}
