/**
 * Controls shared by every widget's stories: the attributes every widget has (`api-base`,
 * `campaign`, `lang`), and a Lit helper that leaves an attribute out when its control is empty.
 * Types and descriptions come from custom-elements.json; these only choose the control.
 */
import { nothing } from 'lit';
import type { ArgTypes } from '@storybook/web-components-vite';
import { API } from './mock.js';

export interface CommonArgs {
  'api-base': string;
  campaign: string;
  lang: string;
}

export const commonArgs: CommonArgs = { 'api-base': API, campaign: '', lang: 'fr' };

export const commonArgTypes: Partial<ArgTypes> = {
  'api-base': { control: 'text' },
  campaign: {
    control: 'select',
    options: ['', 'bc-2026', 'bc-2025'],
    // '' leaves the attribute out: the widget takes the current campaign.
    labels: { '': '(current)' } as Record<string, string>,
  },
  lang: { control: 'inline-radio', options: ['fr', 'en'] },
  // Public properties without an attribute: documented, but objects no control can set.
  bcContext: { control: false },
  locale: { control: false },
};

/** `heading-level`, on every widget with headings (not the provider). Empty: the widget's default. */
export interface HeadingArgs {
  'heading-level'?: number;
}

export const headingArgTypes: Partial<ArgTypes> = {
  'heading-level': { control: { type: 'number', min: 1, max: 6 } },
};

/** The three categories of both campaigns, for `category` controls. */
export const CATEGORIES = ['', 'innovation-sociale', 'cooperation', 'pratiques-ess'];

/** The arrondissements of the Pas-de-Calais, for `arrondissement` controls. */
export const ARRONDISSEMENTS = ['', '621', '622', '623', '624', '625', '626', '627'];

/** The attribute's value, or `nothing` (attribute left out) when empty. */
export function opt(value: string | number | undefined | null): string | typeof nothing {
  return value === undefined || value === null || value === '' ? nothing : String(value);
}
