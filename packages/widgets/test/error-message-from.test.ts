/**
 * `errorMessageFrom(error, own)`: a widget's own words for the codes it lists, the base's for any
 * other, and the generic words for a code nobody words, whatever its name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BudgetCitoyenError } from '@budget-citoyen/sdk';
import { errorMessage, errorMessageFrom } from '../src/base/states.js';

const refused = (code: string) => new BudgetCitoyenError({ code, message: code });
const GENERIC = 'Une erreur est survenue au chargement.';

describe('errorMessageFrom', () => {
  it('says a widget’s own words for the codes it lists, the base’s for the others', () => {
    const own = { phase_closed: () => 'Le vote est clos.', network_error: () => 'Réessayez.' };
    assert.equal(errorMessageFrom(refused('phase_closed'), own), 'Le vote est clos.');
    assert.equal(errorMessageFrom(refused('network_error'), own), 'Réessayez.');
    assert.equal(errorMessageFrom(refused('not_found'), own), 'Ce contenu est introuvable.');
    assert.equal(errorMessage(refused('phase_closed')), 'Cette étape du budget citoyen n’est pas ouverte.');
  });

  it('says the generic words for an unknown code, a name of Object’s prototype included, and for what is not an SDK error', () => {
    for (const code of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'no_such_code']) {
      assert.equal(errorMessageFrom(refused(code), {}), GENERIC, code);
    }
    assert.equal(errorMessageFrom(new Error('phase_closed'), { phase_closed: () => 'non' }), GENERIC);
    assert.equal(errorMessage(undefined), GENERIC);
  });

  it('says the base’s words for any code the widget does not list', () => {
    const own = { decision_final: () => 'Décision définitive.' };
    fc.assert(
      fc.property(fc.string(), (code) => {
        fc.pre(code !== 'decision_final');
        assert.equal(errorMessageFrom(refused(code), own), errorMessage(refused(code)));
      }),
    );
  });
});
