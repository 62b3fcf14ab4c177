import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/provider/define.js';
import '@budget-citoyen/widgets/card/define.js';
import '@budget-citoyen/widgets/gallery/define.js';
import '@budget-citoyen/widgets/results/define.js';
import { API, CLOCKS } from './support/mock.js';
import { settlePlay } from './support/settle.js';

/**
 * The `--bc-*` tokens (THEMING.md), set on a wrapper: they inherit into every widget's shadow
 * root. Each story is a theme; its tokens are controls (colour pickers). Keep text at 4.5:1 and
 * borders at 3:1 against their backgrounds: the axe test checks every theme here.
 */
type Tokens = Record<`--bc-${string}`, string>;
type Args = Tokens & { background: string };

const TOKENS = [
  '--bc-color-primary',
  '--bc-color-primary-hover',
  '--bc-color-on-primary',
  '--bc-color-text',
  '--bc-color-text-muted',
  '--bc-color-surface',
  '--bc-color-surface-alt',
  '--bc-color-border',
  '--bc-color-border-strong',
  '--bc-color-accent-bg',
  '--bc-color-accent-text',
  '--bc-color-success-bg',
  '--bc-color-success-text',
  '--bc-color-error',
  '--bc-color-error-bg',
  '--bc-color-input-bg',
  '--bc-color-focus',
  '--bc-radius',
  '--bc-font-family',
] as const;

/** The defaults (DSFR), as THEMING.md lists them. */
const DEFAULT: Args = {
  background: '#ffffff',
  '--bc-color-primary': '#000091',
  '--bc-color-primary-hover': '#1212ff',
  '--bc-color-on-primary': '#ffffff',
  '--bc-color-text': '#161616',
  '--bc-color-text-muted': '#555555',
  '--bc-color-surface': '#ffffff',
  '--bc-color-surface-alt': '#f6f6f6',
  '--bc-color-border': '#dddddd',
  '--bc-color-border-strong': '#929292',
  '--bc-color-accent-bg': '#e3e3fd',
  '--bc-color-accent-text': '#000091',
  '--bc-color-success-bg': '#b8fec9',
  '--bc-color-success-text': '#18753c',
  '--bc-color-error': '#ce0500',
  '--bc-color-error-bg': '#ffe9e9',
  '--bc-color-input-bg': '#eeeeee',
  '--bc-color-focus': '#0a76f6',
  '--bc-radius': '0',
  '--bc-font-family': 'inherit',
};

const style = (args: Args) =>
  [`background: ${args.background}`, 'padding: 1.5rem', ...TOKENS.map((t) => `${t}: ${args[t]}`)].join('; ');

const meta: Meta<Args> = {
  title: 'Guides/Theming',
  render: (args) => html`<div style=${style(args)}>
    <bc-provider api-base=${API}>
      <bc-project-gallery page-size="3" sort="title" ballot-url="/voter"></bc-project-gallery>
      <bc-live-results campaign="bc-2025" category="innovation-sociale" hide-explanation></bc-live-results>
    </bc-provider>
  </div>`,
  args: DEFAULT,
  argTypes: {
    background: { control: 'color', description: "The host page's background (not a token)." },
    ...Object.fromEntries(
      TOKENS.map((t) => [t, { control: t.startsWith('--bc-color') ? 'color' : 'text', table: { category: 'tokens' } }]),
    ),
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      story: { iframeHeight: 1200 },
      description: {
        component:
          'Themes are `--bc-*` custom properties on any ancestor (here a wrapper `<div>`), in your own stylesheet. See THEMING.md for every token and `::part()`.',
      },
    },
    mock: { now: CLOCKS.vote },
  },
  play: settlePlay,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {
  name: 'Default (DSFR)',
};

/** A commune's colours: Lens, "sang et or" (red and gold). */
export const Commune: Story = {
  name: "A commune's colours",
  args: {
    '--bc-color-primary': '#a50f15',
    '--bc-color-primary-hover': '#7a0b10',
    '--bc-color-on-primary': '#ffffff',
    '--bc-color-accent-bg': '#ffe27a',
    '--bc-color-accent-text': '#5c2a00',
    '--bc-color-focus': '#a50f15',
    '--bc-radius': '0.5rem',
    '--bc-font-family': "'Trebuchet MS', system-ui, sans-serif",
  },
};

/** Dark: DSFR's dark palette. */
export const Dark: Story = {
  args: {
    background: '#161616',
    '--bc-color-primary': '#8585f6',
    '--bc-color-primary-hover': '#b1b1f9',
    '--bc-color-on-primary': '#161616',
    '--bc-color-text': '#eeeeee',
    '--bc-color-text-muted': '#cecece',
    '--bc-color-surface': '#1e1e1e',
    '--bc-color-surface-alt': '#2a2a2a',
    '--bc-color-border': '#3a3a3a',
    '--bc-color-border-strong': '#8a8a8a',
    '--bc-color-accent-bg': '#2a2a56',
    '--bc-color-accent-text': '#c8c8fb',
    '--bc-color-success-bg': '#1f3a28',
    '--bc-color-success-text': '#6fe49d',
    '--bc-color-error': '#ff5655',
    '--bc-color-error-bg': '#3d1b1b',
    '--bc-color-input-bg': '#2a2a2a',
    '--bc-color-focus': '#8585f6',
  },
};
