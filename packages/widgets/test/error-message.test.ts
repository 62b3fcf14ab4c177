/**
 * `errorMessage(error, own)`: a widget's own words for the codes it lists, the base's for any
 * other, and the generic words for a code nobody words, whatever its name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BudgetCitoyenError } from '@budget-citoyen/sdk';
import { errorMessage } from '../src/base/states.js';

const refused = (code: string) => new BudgetCitoyenError({ code, message: code });
const GENERIC = 'Une erreur est survenue au chargement.';

describe('errorMessage', () => {
  it('says a widget’s own words for the codes it lists, the base’s for the others', () => {
    const own = { phase_closed: () => 'Le vote est clos.', network_error: () => 'Réessayez.' };
    assert.equal(errorMessage(refused('phase_closed'), own), 'Le vote est clos.');
    assert.equal(errorMessage(refused('network_error'), own), 'Réessayez.');
    assert.equal(errorMessage(refused('not_found'), own), 'Ce contenu est introuvable.');
    assert.equal(errorMessage(refused('phase_closed')), 'Cette étape du budget citoyen n’est pas ouverte.');
  });

  it('says the generic words for an unknown code, a name of Object’s prototype included, and for what is not an SDK error', () => {
    for (const code of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'no_such_code']) {
      assert.equal(errorMessage(refused(code), {}), GENERIC, code);
    }
    assert.equal(errorMessage(new Error('phase_closed'), { phase_closed: () => 'non' }), GENERIC);
    assert.equal(errorMessage(undefined), GENERIC);
  });

  it('says the base’s words for any code the widget does not list', () => {
    const own = { decision_final: () => 'Décision définitive.' };
    fc.assert(
      fc.property(fc.string(), (code) => {
        fc.pre(code !== 'decision_final');
        assert.equal(errorMessage(refused(code), own), errorMessage(refused(code)));
      }),
    );
  });
});
