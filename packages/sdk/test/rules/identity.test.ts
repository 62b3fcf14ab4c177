import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { identityKey } from '@budget-citoyen/sdk/rules';
import { FOLDED_LETTER, FOLDED_LETTERS } from '../../src/rules/identity.js';
import { assertRuleInputError } from './assertions.js';

const same = (a: [string, string], b: [string, string], birthDate = '1990-04-12') =>
  assert.equal(identityKey(a[0], a[1], birthDate), identityKey(b[0], b[1], birthDate), `${a} vs ${b}`);
const different = (a: [string, string], b: [string, string]) =>
  assert.notEqual(identityKey(a[0], a[1], '1990-04-12'), identityKey(b[0], b[1], '1990-04-12'), `${a} vs ${b}`);

describe('identityKey', () => {
  it('folds exactly the letters of its table', () => {
    const matched = Object.keys(FOLDED_LETTERS).filter((letter) => letter.match(FOLDED_LETTER)?.[0] === letter);
    assert.deepEqual(matched, Object.keys(FOLDED_LETTERS));
    assert.equal(FOLDED_LETTER.source, `[${Object.keys(FOLDED_LETTERS).join('')}]`);
  });

  it('ignores case, accents and extra spaces', () => {
    same(['Élodie', 'Dupont'], ['elodie', 'DUPONT']);
    same(['  Jean   Marc ', 'Le  Goff'], ['jean marc', 'le goff']);
    same(['François', 'Nöel'], ['FRANCOIS', 'NOEL']);
    same(['Zoé', 'Lefèvre'], ['Zoe\u0301', 'Lefe\u0300vre']); // composed and decomposed accents
    same(['Anaïs', 'Gaël'], ['ANAÏS', 'GAËL']);
    same(['Jean\tLuc', 'Martin\u00a0Dupuis'], ['jean luc', 'martin dupuis']);
  });
  it('folds ligatures and letters whose accent is built in', () => {
    same(['Cœur', 'Lætitia'], ['COEUR', 'laetitia']);
    same(['Œdipe', 'Straße'], ['oedipe', 'STRASSE']);
    same(['Bjørn', 'Łukasz'], ['bjorn', 'lukasz']);
  });
  it("treats typographic apostrophes as the keyboard's", () => {
    same(['Anne', 'D’Arc'], ['anne', "d'arc"]);
  });
  it('keeps apart what a person would keep apart', () => {
    different(['Jean-Pierre', 'Martin'], ['Jean Pierre', 'Martin']);
    different(['Anne Marie', 'Dupont'], ['Annemarie', 'Dupont']);
    different(['Marie', 'Claire Dupont'], ['Marie Claire', 'Dupont']);
    assert.notEqual(identityKey('Léa', 'Petit', '2001-01-01'), identityKey('Léa', 'Petit', '2001-01-02'));
  });
  it('cannot be fooled by the separator inside a name', () => {
    assert.notEqual(identityKey('a|b', 'c', '2000-01-01'), identityKey('a', 'b|c', '2000-01-01'));
    assert.notEqual(identityKey('a\\', '|c', '2000-01-01'), identityKey('a\\|', 'c', '2000-01-01'));
  });
  it('rejects empty names and malformed dates, naming the field', () => {
    assertRuleInputError(() => identityKey('', 'Dupont', '1990-01-01'), 'firstName');
    assertRuleInputError(() => identityKey('Léa', '   ', '1990-01-01'), 'lastName');
    assertRuleInputError(() => identityKey('Léa', '\u0301', '1990-01-01'), 'lastName');
    assertRuleInputError(() => identityKey('Léa', 'Petit', '1990-02-30'), 'birthDate');
    assertRuleInputError(() => identityKey('Léa', 'Petit', '01/02/1990'), 'birthDate');
    assertRuleInputError(() => identityKey(null as unknown as string, 'Petit', '1990-01-01'), 'firstName');
  });

  const name = fc.string({ minLength: 1, maxLength: 20, unit: fc.constantFrom(...'abcdeéèêëàâäîïôöùûüçœæß ÉÈÀÇŒÆ-\'|\\ΣσςΟΔ'.split('')) })
    .filter((s) => s.trim() !== '');
  const date = fc.constantFrom('1950-01-01', '2000-02-29', '2013-12-31');

  it('is the same in capitals, with extra spaces, composed or decomposed', () => {
    fc.assert(
      fc.property(name, name, date, (first, last, birthDate) => {
        const key = identityKey(first, last, birthDate);
        assert.equal(identityKey(first.toUpperCase(), last.toLowerCase(), birthDate), key);
        assert.equal(identityKey(`  ${first.replaceAll(' ', '   ')}\t`, `\n${last} `, birthDate), key);
        assert.equal(identityKey(first.normalize('NFD'), last.normalize('NFC'), birthDate), key);
      }),
    );
  });
  it('gives plain ASCII names the same key exactly when they match without case and spaces', () => {
    const ascii = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'B', ' ', '|', '\\', '-') }).filter((s) => s.trim() !== '');
    const reference = (s: string) => s.toLowerCase().split(' ').filter(Boolean).join(' ');
    fc.assert(
      fc.property(ascii, ascii, ascii, ascii, (f1, l1, f2, l2) => {
        const equal = reference(f1) === reference(f2) && reference(l1) === reference(l2);
        assert.equal(identityKey(f1, l1, '2000-01-01') === identityKey(f2, l2, '2000-01-01'), equal);
      }),
      { numRuns: 2000 },
    );
  });
  it('never throws anything but a RuleInputError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (first, last, birthDate) => {
        try {
          assert.equal(typeof identityKey(first as string, last as string, birthDate as string), 'string');
        } catch (error) {
          assertRuleInputError(() => {
            throw error;
          });
        }
      }),
    );
  });
});
