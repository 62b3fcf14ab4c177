import { PbParseError } from './errors.js';

/**
 * A flaw read past: what real pabulib files get wrong without being ambiguous about what they
 * mean. `message` starts with the line (`line 477: …`) and ends with what was done.
 */
export interface PbWarning {
  readonly line: number;
  /** The field concerned, as in `PbParseError`'s errors: `votes.vote`, `projects.selected`… */
  readonly path: string;
  readonly message: string;
}

export interface ParsePbOptions {
  /**
   * Read past the flaws of real files, reporting each here instead of throwing: a project named
   * twice in one approval (or ordinal, or choose-1) vote counts once, as the reference tools
   * read a vote as a set; empty cells after the last column (a trailing `;`) are ignored, as
   * is an empty last column name in a header; a `votes` column that disagrees with the VOTES
   * section is left as written (the rules count the VOTES section); a blank `selected` beside
   * recorded ones reads as not recorded. Everything else still throws a `PbParseError`.
   */
  onWarning?: (warning: PbWarning) => void;
  /**
   * Refuse every flaw above with a `PbParseError`, even those `parsePb` accepts silently by
   * default (a `votes` column that disagrees with the votes, blanks in `selected`).
   * @default false
   */
  strict?: boolean;
}

/**
 * `ambiguous` flaws were always refused: without `onWarning`, they still are. `inconsistent`
 * ones (the file disagrees with itself, the instance is clear) were always accepted silently:
 * only `strict` refuses them.
 */
export type FlawKind = 'ambiguous' | 'inconsistent';

/** Decides, for each flaw met, between throwing and reporting it. */
export class FlawPolicy {
  readonly #options: ParsePbOptions;

  constructor(options: ParsePbOptions) {
    this.#options = options;
  }

  /** True when the reader should go on, having reported the flaw; throws otherwise. */
  meet(kind: FlawKind, line: number, path: string, problem: string, done: string): boolean {
    const { onWarning, strict } = this.#options;
    if (strict || (kind === 'ambiguous' && !onWarning)) throw new PbParseError(line, problem, path);
    onWarning?.({ line, path, message: `line ${line}: ${problem}; ${done}` });
    return true;
  }

  /** Whether flaws of this kind are looked for at all (the check costs a pass over the counts). */
  watches(kind: FlawKind): boolean {
    return kind === 'ambiguous' || !!this.#options.strict || !!this.#options.onWarning;
  }
}
