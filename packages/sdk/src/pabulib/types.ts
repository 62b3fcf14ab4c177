/**
 * The shape of a pabulib `.pb` instance. Every row keeps all its columns as raw text in `fields`
 * (unknown columns included), so that writing an instance back loses nothing; the typed
 * accessors are derived from `fields` once, when the row is built (`createPbProject`,
 * `createPbVote`), and never disagree with them.
 */

/** Ballot formats of pabulib. The rules support all but `ordinal`, which is only parsed. */
export type PbVoteType = 'approval' | 'choose-1' | 'cumulative' | 'scoring' | 'ordinal';

export const PB_VOTE_TYPES: readonly PbVoteType[] = ['approval', 'choose-1', 'cumulative', 'scoring', 'ordinal'];

export interface PbProject {
  /** Every column of the row, as written in the file, keyed by column name. */
  readonly fields: Readonly<Record<string, string>>;
  readonly project_id: string;
  /** In the instance's currency (`meta.currency`); may be a decimal such as `75000.0`. */
  readonly cost: number;
  /** The `votes` column as recorded; rules count the VOTES section instead. */
  readonly votes: number | undefined;
  /** The `score` column as recorded (cumulative and scoring ballots). */
  readonly score: number | undefined;
  /** The official outcome, when the file records it (`1` funded, `0` not). */
  readonly selected: boolean | undefined;
  readonly name: string | undefined;
  /** The comma-separated `category` column, split; empty when the file has none. */
  readonly category: readonly string[];
}

export interface PbVote {
  readonly fields: Readonly<Record<string, string>>;
  readonly voter_id: string;
  /** Project ids the voter chose, in the file's order (the ranking, for ordinal ballots). */
  readonly vote: readonly string[];
  /** Points given to each project of `vote`, same order (cumulative and scoring ballots). */
  readonly points: readonly number[] | undefined;
}

export interface PbInstance {
  /**
   * META key/value pairs in file order. JavaScript puts integer-like keys (`"1"`) first whatever
   * the file order; pabulib keys are words, so in practice the order is the file's.
   */
  readonly meta: Readonly<Record<string, string>>;
  readonly projects: readonly PbProject[];
  readonly votes: readonly PbVote[];
  /** PROJECTS header, in order: the writer emits `fields` in this order. */
  readonly projectColumns: readonly string[];
  readonly voteColumns: readonly string[];
}
