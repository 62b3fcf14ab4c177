import { RuleInputError, type FieldError } from '../errors.js';
import { isCalendarDate } from './dates.js';

// Letters that carry their "accent" inside the letter itself, so Unicode decomposition leaves
// them alone; a French clerk would still read `Œ` as `OE` and `ø` as `o`.
export const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  'œ': 'oe',
  'æ': 'ae',
  'ß': 'ss',
  'ø': 'o',
  'ł': 'l',
  'đ': 'd',
  'ð': 'd',
  'þ': 'th',
  'ı': 'i',
  // Lower-casing picks the final sigma by position; the same name must give the same key typed in capitals.
  'ς': 'σ',
};
// The keys of FOLDED_LETTERS, as a literal: a RegExp built from them at load time is code that
// bundlers cannot always drop from a script that never folds a name (a test keeps the two equal).
export const FOLDED_LETTER = /[œæßøłđðþıς]/g;
const COMBINING_MARK = /\p{M}/gu;
// Invisible characters (soft hyphen, zero-width space, joiners) pasted from other documents.
const INVISIBLE = /\p{Cf}/gu;
const SPACES = /[\s\p{Z}\p{Cc}]+/gu;
// Phones type ’ where keyboards type ', and word processors turn - into ‐.
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const HYPHENS = /[\u2010\u2011]/g;
const KEY_SEPARATOR = /[\\|]/g;

/**
 * One key per natural person, to find who voted under several e-mails (spec: names and birth
 * date "compared without case, accents or extra spaces"). `Élodie  DUPONT-Lœb` and
 * `elodie dupont-loeb` give the same key; `Jean-Pierre` and `Jean Pierre` do not, because
 * folding more would merge distinct people and annul their votes.
 * The key is `first|last|YYYY-MM-DD`, with `|` and `\` inside names escaped so that no two
 * identities can share a key. Store it, compare it, never parse it.
 */
export function identityKey(firstName: string, lastName: string, birthDate: string): string {
  const first = foldName(firstName);
  const last = foldName(lastName);
  const errors: FieldError[] = [];
  if (!first) errors.push({ path: 'firstName', message: 'must contain at least one visible character' });
  if (!last) errors.push({ path: 'lastName', message: 'must contain at least one visible character' });
  if (!isCalendarDate(birthDate)) errors.push({ path: 'birthDate', message: 'must be a real calendar date YYYY-MM-DD' });
  if (errors.length > 0) throw new RuleInputError(errors);
  return `${escapeForKey(first)}|${escapeForKey(last)}|${birthDate}`;
}

function foldName(name: unknown): string {
  if (typeof name !== 'string') return '';
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARK, '')
    .replace(FOLDED_LETTER, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .replace(SPACES, ' ')
    .trim();
}

function escapeForKey(text: string): string {
  return text.replace(KEY_SEPARATOR, '\\$&');
}
