import type { Campaign } from '@budget-citoyen/sdk';
import type { nothing, TemplateResult } from 'lit';
import type { StaticValue } from 'lit/static-html.js';
import type { CommuneCombobox } from '../base/commune-combobox/commune-combobox.js';
import type { Lang } from '../base/i18n.js';
import type { DossierFlow } from './dossier-flow.js';

/** What each step's template gets from `<bc-dossier-form>`: the flow's state and the page's settings. */
export interface StepView {
  flow: DossierFlow;
  campaign: Campaign;
  lang: Lang;
  /** The tag of a heading `depth` levels below the steps' titles. */
  heading(depth?: number): StaticValue;
  /** Takes the focus to a field by its id (the error summary's links). */
  focus(id: string): void;
  /** The refusal at the top of the step, with "Réessayer" when it can help. */
  topError: TemplateResult | typeof nothing;
}

export interface FormView extends StepView {
  communes: CommuneCombobox;
  /** The comptoirs' agenda (`agenda-url`), already made safe. */
  agendaHref: string | undefined;
  /** What the counters' polite live region says (near or over a limit, once typing pauses). */
  countAnnouncement: string;
  /** Typing in a counted field: the live region speaks once it pauses. */
  onCount(): void;
}
