import type { Campaign } from '@budget-citoyen/sdk';
import type { nothing, TemplateResult } from 'lit';
import type { StaticValue } from 'lit/static-html.js';
import type { Lang } from '../base/i18n.js';
import type { BallotFlow } from './ballot-flow.js';

/** What every step's template gets from `<bc-ballot>`: the flow's state and the page's settings. */
export interface StepView {
  flow: BallotFlow;
  campaign: Campaign;
  lang: Lang;
  /** The tag of a heading `depth` levels below the steps' titles. */
  heading(depth?: number): StaticValue;
  /** Takes the focus to a field or a category by its id (the error summary's links). */
  focus(id: string): void;
  /** The refusal at the top of the step, with "Réessayer" when it can help. */
  topError: TemplateResult | typeof nothing;
}
