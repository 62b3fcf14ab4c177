import { RuleInputError } from '../errors.js';

/**
 * A `.pb` text that cannot be read. `line` is the 1-based physical line where the offending
 * record starts, so that a user can open the file at the right place; the message repeats it.
 */
export class PbParseError extends RuleInputError {
  readonly line: number;
  constructor(line: number, problem: string, path = '') {
    super([{ path, message: `line ${line}: ${problem}` }], `line ${line}: ${problem}`);
    this.line = line;
  }
}
