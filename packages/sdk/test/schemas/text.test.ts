/**
 * The text rules of the request schemas: one line for names, titles and codes (they end up in
 * e-mail subjects and headers), paragraphs for summaries, descriptions and reasons. No control
 * character nor bidirectional mark gets through; ordinary French text does.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Decision, DossierRequest, MultiLine, RegistrationRequest, SingleLine, VoterRequest } from '@budget-citoyen/sdk/schemas';

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i));
const BIDI = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const SEPARATORS = ['\u2028', '\u2029'];
const FORBIDDEN_ON_ONE_LINE = [...C0, ...C1, ...BIDI, ...SEPARATORS];
const FORBIDDEN_IN_PARAGRAPHS = FORBIDDEN_ON_ONE_LINE.filter((c) => c !== '\n');

/** Text as people type it here: letters with accents, ’ « » – …, spaces of every French kind. */
const frenchText = fc
  .array(fc.constantFrom(...'aàâäbcçdeéèêëfghiîïjklmnoôöpqrstuùûüvwxyÿzAÀÉÈÇŒœæ0123456789’\'«»–-.,;:!?()/&@€', ' ', '\u00a0', '\u202f'), {
    minLength: 1,
    maxLength: 80,
  })
  .map((chars) => chars.join(''))
  .filter((text) => text.trim().length > 0);

/** `text` with one of `characters` put in at any place. */
const withOneOf = (characters: string[]) =>
  fc.tuple(frenchText, fc.constantFrom(...characters), fc.nat()).map(([text, c, at]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + c + text.slice(i);
  });

describe('SingleLine', () => {
  const line = SingleLine(200);

  it('refuses any control character, line separator or bidirectional mark, wherever it stands', () => {
    fc.assert(fc.property(withOneOf(FORBIDDEN_ON_ONE_LINE), (text) => !line.safeParse(text).success));
    for (const c of FORBIDDEN_ON_ONE_LINE) assert.equal(line.safeParse(`Jardin${c}partagé`).success, false, `U+${c.charCodeAt(0).toString(16)}`);
  });

  it('refuses a line break at the end too: refused, not trimmed away', () => {
    assert.equal(line.safeParse('Épicerie solidaire\r\n').success, false);
    assert.equal(line.safeParse('T\r\nBcc: victime@example.org').success, false);
  });

  it('accepts ordinary French text: accents, ’, « », non-breaking spaces', () => {
    fc.assert(fc.property(frenchText, (text) => line.safeParse(text).success));
    assert.deepEqual(line.safeParse('  L’Atelier « Vélo » de Liévin\u00a0: 2\u202f€  '), { success: true, data: 'L’Atelier « Vélo » de Liévin\u00a0: 2\u202f€' });
  });

  it('says why in its message', () => {
    const result = line.safeParse('a\u202eb');
    assert.equal(result.success, false);
    assert.match(result.error!.issues[0]!.message, /one line.*control characters.*bidirectional/);
  });
});

describe('MultiLine', () => {
  const paragraphs = MultiLine(2000);

  it('accepts line feeds between paragraphs', () => {
    assert.equal(paragraphs.safeParse('Premier paragraphe.\n\nSecond, avec « guillemets » et l’apostrophe.').success, true);
    fc.assert(fc.property(fc.array(frenchText, { minLength: 1, maxLength: 5 }), (lines) => paragraphs.safeParse(lines.join('\n')).success));
  });

  it('refuses every other control character and bidirectional mark (CR included)', () => {
    fc.assert(fc.property(withOneOf(FORBIDDEN_IN_PARAGRAPHS), (text) => !paragraphs.safeParse(text).success));
    assert.equal(paragraphs.safeParse('Windows\r\nline').success, false);
  });
});

describe('the request schemas use them', () => {
  const holder = { name: 'Léa Petit', email: 'lea@example.org', kind: 'citizen' };
  const dossier = {
    holder,
    comptoirCode: 'C-ARRA-0001',
    title: 'Un titre',
    summary: 'Un résumé',
    description: 'Une description.\n\nDeux paragraphes.',
    requestedAmountCents: 100_000,
    communeCode: '62041',
    certifiesAccuracy: true,
  };
  const refused = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => assert.equal(schema.safeParse(value).success, false, JSON.stringify(value));

  it('names, titles and codes are one line; summaries, descriptions and reasons are paragraphs', () => {
    assert.equal(DossierRequest.safeParse(dossier).success, true);
    refused(DossierRequest, { ...dossier, title: 'T\r\nBcc: x@example.org' });
    refused(DossierRequest, { ...dossier, holder: { ...holder, name: 'Léa\nPetit' } });
    refused(DossierRequest, { ...dossier, holder: { ...holder, organisation: 'Asso \u202egnp.exe' } });
    refused(DossierRequest, { ...dossier, comptoirCode: 'C-ARRA-0001\u0000' });
    refused(DossierRequest, { ...dossier, summary: 'Résumé\u2066caché' });
    refused(DossierRequest, { ...dossier, description: 'Nul\u0000' });
    assert.equal(DossierRequest.safeParse({ ...dossier, summary: 'Ligne 1\nLigne 2' }).success, true);
    refused(RegistrationRequest, { name: 'Rémi\rQueval', email: 'remi@example.org' });
    assert.equal(RegistrationRequest.safeParse({ name: 'Rémi Quéval', email: 'remi@example.org' }).success, true);
    const voter = { firstName: 'Zoé', lastName: 'D’Arc', birthDate: '1990-04-12', communeCode: '62041', email: 'zoe@example.org' };
    assert.equal(VoterRequest.safeParse(voter).success, true);
    refused(VoterRequest, { ...voter, lastName: 'D’Arc\u200f' });
    refused(Decision, { decision: 'rejected', reason: 'Motif\u0007' });
    assert.equal(Decision.safeParse({ decision: 'rejected', reason: 'Motif.\n\nPrécisions.' }).success, true);
  });
});
