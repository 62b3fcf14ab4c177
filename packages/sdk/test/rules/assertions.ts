import assert from 'node:assert/strict';
import { isRuleInputError } from '@budget-citoyen/sdk/rules';

/** `fn` throws a RuleInputError, and (when given) one of its errors is about `path`. */
export function assertRuleInputError(fn: () => unknown, path?: string): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(isRuleInputError(error), `expected a RuleInputError, got ${String(error)}`);
    assert.equal(error.code, 'invalid_input');
    if (path !== undefined) {
      assert.ok(error.errors.some((e) => e.path === path), `expected an error on ${path}, got ${JSON.stringify(error.errors)}`);
    }
    return true;
  });
}
