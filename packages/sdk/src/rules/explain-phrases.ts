import type { TieBreak } from './ranking.js';
import type { FundStep, PoolStep, RankStep, ServeStep, SetupStep, SkipStep } from './trace.js';

/** Turns names, amounts and counts into text; one implementation per language. */
export interface Words {
  money(cents: number): string;
  count(n: number): string;
  category(id: string): string;
  project(id: string): string;
}

/** Every sentence an explanation can contain, in one language. */
export interface Phrases {
  envelopes(w: Words, setup: SetupStep, totalCents: number): string;
  minVotes(w: Words, minVotes: number): string;
  emptyCategory(w: Words, category: string): string;
  ranking(w: Words, step: RankStep): string;
  tie(w: Words, tie: TieBreak, aheadCents: number, behindCents: number): string;
  fund(w: Words, step: FundStep): string;
  skip(w: Words, step: SkipStep, minVotes: number): string;
  leftover(w: Words, category: string, leftoverCents: number): string;
  pool(w: Words, step: PoolStep): string;
  reading(w: Words, order: string[]): string;
  serve(w: Words, step: ServeStep, waiting: boolean): string;
  unallocated(w: Words, amountCents: number, poolCents: number): string;
}

/** A language of the explanation: its sentences, and how it writes money and titles. */
export interface ExplainLanguage {
  /** BCP 47 tag for `Intl` (`fr-FR`). */
  tag: string;
  /** A project title as quoted in running text. */
  quote(title: string): string;
  phrases: Phrases;
}
