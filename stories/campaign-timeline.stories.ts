import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/campaign-timeline/define.js';
import { commonArgs, commonArgTypes, opt, type CommonArgs } from './support/args.js';
import { settlePlay } from './support/settle.js';
import { atPhase, errorState, loadingState } from './support/states.js';

type Args = CommonArgs & { layout: string; links: boolean };

const meta: Meta<Args> = {
  title: 'Widgets/Campaign timeline',
  component: 'bc-campaign-timeline',
  // `links`: each phase's name links to a section of the host page, as on the département's site.
  render: (a) => html`<bc-campaign-timeline
    api-base=${a['api-base']}
    campaign=${opt(a.campaign)}
    lang=${opt(a.lang)}
    layout=${opt(a.layout)}
    comptoirs-url=${opt(a.links ? '#comptoirs' : '')}
    depot-url=${opt(a.links ? '#depot' : '')}
    labellisation-url=${opt(a.links ? '#projets' : '')}
    vote-url=${opt(a.links ? '#voter' : '')}
    resultats-url=${opt(a.links ? '#resultats' : '')}
  >
    ${a.links ? html`<p slot="depot"><a href="#depot">Préparer mon dossier</a></p>` : ''}
  </bc-campaign-timeline>`,
  args: { ...commonArgs, layout: '', links: false },
  argTypes: {
    ...commonArgTypes,
    layout: { control: 'inline-radio', options: ['', 'full', 'compact'] },
    links: { control: 'boolean', description: 'Story only: give every `…-url` and a slotted link under the dépôt.' },
  },
  play: settlePlay,
};
export default meta;

type Story = StoryObj<Args>;

export const BeforeComptoirs: Story = {
  name: 'Before the campaign',
  parameters: atPhase('beforeComptoirs', '5 January 2026: every phase to come; the comptoirs and the dépôt open in 7 days.'),
};

export const Comptoirs: Story = {
  name: 'Comptoirs and dépôt',
  parameters: atPhase('comptoirs', '15 January 2026: the comptoirs and the dépôt both open (they overlap); the current one marked.'),
};

export const Labellisation: Story = { parameters: atPhase('labellisation', '12 May 2026: the committee labels the dossiers.') };

export const Vote: Story = { parameters: atPhase('vote', '20 September 2026: the vote open, closing in 7 days.') };

export const Resultats: Story = { name: 'Results', parameters: atPhase('resultats', '28 September 2026: the vote closed, the results published.') };

export const PastCampaign: Story = {
  name: 'A past campaign (bc-2025)',
  args: { campaign: 'bc-2025' },
  parameters: atPhase('comptoirs', 'Every phase over.'),
};

export const WithLinks: Story = {
  name: 'Links and a slot',
  args: { links: true },
  parameters: atPhase('comptoirs', 'Each phase’s name links to the host page’s section (`comptoirs-url`…); the page’s own link under the dépôt (slot `depot`).'),
};

export const Compact: Story = {
  args: { layout: 'compact', links: true },
  parameters: atPhase('vote', '`layout="compact"`: names and states in a row that wraps, for a page’s header.'),
};

export const Loading: Story = { parameters: loadingState() };

export const ErrorState: Story = { name: 'Error', parameters: errorState() };
