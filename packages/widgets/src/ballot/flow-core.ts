/**
 * What `BallotFlow` shares with the modules of its requests (`projects.ts`, `registration.ts`,
 * `verification.ts`, `cast-recovery.ts`): they set the flow's public state on the flow itself
 * and reach its inner moves through this `FlowCore`, which only the flow makes.
 */
import type { Project } from '@budget-citoyen/sdk';
import type { BallotContext, BallotFlowOptions } from './ballot-ports.js';
import type { Field, FieldErrors } from './checks.js';
import type { Draft, DraftStep, Receipt } from './draft.js';
import type { BallotStep } from './events.js';

/**
 * What the polite live region says: a request on its way, a new code sent, "Renvoyer le code"
 * available again (said once, not each second of the countdown), a project just preselected.
 */
export type Announcement = 'checking' | 'sending' | 'resent' | 'resend-ready' | { project: Project; category: string };

/** Where the focus goes once the change is rendered: the step's heading, a field, a category. */
export type FocusTarget = 'heading' | { field: Field | 'code' } | { category: string };

export interface FlowCore {
  /** The context of the last `start()`. */
  ctx(): BallotContext;
  /** `onChange()` tells the view to render; `onCast()`, the page. */
  readonly options: BallotFlowOptions;
  /** A project preselected before the projects arrived: announced with its title once they do. */
  unannounced: { projectId: string; category: string } | undefined;
  /** Changes the draft and keeps it in storage. */
  patch(patch: Partial<Draft>): void;
  /** To a step: kept in the draft, its heading focused, rendered at once. */
  go(step: BallotStep): void;
  /** Tells the page of a refusal (`bc-ballot-error`) at the current step. */
  refused(code: string): void;
  /** A refusal shown at the top of the step, and told. */
  fail(error: unknown): void;
  /** Where the focus goes once rendered (`undefined`: where it is). */
  focus(target: FocusTarget | undefined): void;
  /** Back to the choices, the refused categories said and the first focused. */
  showChoiceErrors(categories: string[]): void;
  /** The session is gone: the identity again, then back to `resume`. */
  expire(resume: DraftStep): void;
  /** Recorded: the receipt replaces the draft. */
  done(receipt: Receipt): void;
  /** Verified: back to where an expired session left off (the choices by default). */
  resume(): void;
  /** Field errors said, the first focused. */
  showFieldErrors(errors: FieldErrors, code: string): void;
}
