/**
 * What every screen's template gets from `<bc-labelling-console>`: the flow's state and the
 * page's settings, the words for categories, communes and the labelling's dates.
 */
import type { Campaign } from '@budget-citoyen/sdk';
import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Lang } from '../base/i18n.js';
import type { PhaseState } from '../base/server-clock.js';
import type { ConsoleFlow } from './console-flow.js';

export interface PanelView {
  flow: ConsoleFlow;
  campaign: Campaign;
  lang: Lang;
  /** The tag of a heading `depth` levels below the console's titles. */
  heading(depth?: number): StaticValue;
  /** A category's name, in the console's language. */
  categoryName(id: string): string;
  /** A commune's name (its INSEE code until the communes arrive). */
  communeName(code: string): string;
  /** Where the labelling stands by the server's clock, and its dates, formatted. */
  labelling: { state: PhaseState | undefined; start: string; end: string } | undefined;
}

/** A screen's title, focused when the screen opens (`tabindex="-1"`). */
export function renderHeading(tag: StaticValue, text: string): TemplateResult {
  return staticHtml`<${tag} part="heading" class="heading" tabindex="-1">${text}</${tag}>`;
}

/** A section's title within a screen. */
export function renderSubheading(tag: StaticValue, text: string, id?: string): TemplateResult {
  return staticHtml`<${tag} class="subheading" id=${id ?? nothing}>${text}</${tag}>`;
}
