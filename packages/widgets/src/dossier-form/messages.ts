/**
 * The dossier form's words for refusals, in one place so that a check made here and the
 * server's refusal of the same thing read the same. Call inside `render()` or `localize()`.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../base/format.js';
import type { Lang } from '../base/i18n.js';
import { errorMessageFrom } from '../base/states.js';
import { LIMITS, type Field, type FieldCode } from './checks.js';
import { retryMinutes } from './refusals.js';

export function fieldMessage(field: Field, code: FieldCode, lang: Lang): string {
  if (code === 'too_long') {
    const max = formatNumber(LIMITS[field] ?? 0, lang);
    return msg(str`Ce texte dépasse ${max} caractères : raccourcissez-le.`, { id: 'dossier.err.too-long' });
  }
  const singleLine = () => msg('Écrivez ce texte sur une seule ligne, sans caractère spécial invisible.', { id: 'dossier.err.single-line' });
  const messages: Partial<Record<`${Field}.${FieldCode}`, () => string>> = {
    'kind.required': () => msg('Indiquez qui porte le projet.', { id: 'dossier.err.kind' }),
    'name.required': () => msg('Indiquez votre nom et votre prénom.', { id: 'dossier.err.name' }),
    'name.invalid': singleLine,
    'organisation.invalid': singleLine,
    'title.invalid': singleLine,
    'email.required': () => msg('Indiquez votre adresse e-mail.', { id: 'dossier.err.email' }),
    'email.invalid': () => msg('Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.', { id: 'dossier.err.email-invalid' }),
    'comptoirCode.required': () => msg('Indiquez le code reçu à votre inscription au comptoir.', { id: 'dossier.err.code' }),
    'comptoirCode.not_attended': () =>
      msg(
        'Ce code ne correspond à aucune participation enregistrée : vérifiez-le. Il n’est valable qu’une fois votre présence au comptoir enregistrée par son animateur.',
        { id: 'dossier.err.code-not-attended' },
      ),
    'comptoirCode.used': () =>
      msg('Ce code a déjà servi pour un autre dossier : chaque dossier demande sa propre participation à un comptoir.', {
        id: 'dossier.err.code-used',
      }),
    'title.required': () => msg('Donnez un titre au projet.', { id: 'dossier.err.title' }),
    'summary.required': () => msg('Résumez le projet en quelques phrases.', { id: 'dossier.err.summary' }),
    'description.required': () => msg('Décrivez le projet.', { id: 'dossier.err.description' }),
    'amount.required': () => msg('Indiquez le montant demandé, en euros.', { id: 'dossier.err.amount' }),
    'amount.invalid': () => msg('Indiquez un montant en euros supérieur à zéro, par exemple 12 500 ou 12 500,50.', { id: 'dossier.err.amount-invalid' }),
    'communeCode.required': () => msg('Choisissez la commune du projet dans la liste.', { id: 'dossier.err.commune' }),
    'communeCode.invalid': () => msg('Choisissez une commune du Pas-de-Calais dans la liste.', { id: 'dossier.err.commune-invalid' }),
    'certifies.required': () => msg('Certifiez l’exactitude des informations pour déposer le dossier.', { id: 'dossier.err.certifies' }),
  };
  return (messages[`${field}.${code}`] ?? (() => msg('Vérifiez ce champ.', { id: 'dossier.err.field' })))();
}

/** `depot`: the dépôt's start and end, formatted. */
export function topMessage(error: unknown, depot: [string, string] | undefined): string {
  const network = () =>
    msg('Le service du budget citoyen ne répond pas. Rien n’est perdu : vérifiez votre connexion, puis réessayez.', { id: 'dossier.err.network' });
  return errorMessageFrom(error, {
    phase_closed: () =>
      depot
        ? msg(str`Le dépôt des dossiers n’est pas ouvert en ce moment : il a lieu du ${depot[0]} au ${depot[1]}. Votre dossier est conservé sur cet appareil.`, {
            id: 'dossier.err.phase',
          })
        : msg('Le dépôt des dossiers n’est pas ouvert en ce moment.', { id: 'dossier.err.phase-plain' }),
    validation_failed: () => msg('Le service a refusé ce dossier : vérifiez chaque champ.', { id: 'dossier.err.validation' }),
    idempotency_conflict: () =>
      msg(
        'Une première version de ce dossier est peut-être arrivée : si vous avez reçu l’e-mail d’accusé de réception, elle est déposée. Sinon, déposez de nouveau.',
        { id: 'dossier.err.conflict' },
      ),
    rate_limited: () => retryLater(error),
    network_error: network,
    timeout: network,
  });
}

/** "Trop de tentatives : réessayez dans 2 minutes." from a 429's `Retry-After`. */
function retryLater(error: unknown): string {
  const minutes = retryMinutes(error);
  if (minutes === undefined) return msg('Trop de tentatives en peu de temps : patientez quelques minutes, puis réessayez.', { id: 'dossier.err.rate' });
  return minutes > 1
    ? msg(str`Trop de tentatives en peu de temps : réessayez dans ${minutes} minutes.`, { id: 'dossier.err.rate-minutes' })
    : msg('Trop de tentatives en peu de temps : réessayez dans une minute.', { id: 'dossier.err.rate-minute' });
}
