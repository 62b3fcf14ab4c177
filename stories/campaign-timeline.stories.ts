import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/campaign-timeline/define.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { renderWidget, widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{ layout: string; links: boolean }>;

/** `links`: each phase's name links to a section of the host page, as on the département's site. */
const LINKS = {
  'comptoirs-url': '#comptoirs',
  'depot-url': '#depot',
  'labellisation-url': '#projets',
  'vote-url': '#voter',
  'resultats-url': '#resultats',
};

const meta: Meta<Args> = {
  title: 'Widgets/Campaign timeline',
  component: 'bc-campaign-timeline',
  ...widgetMeta<Args>({
    args: { layout: '', links: false },
    argTypes: {
      layout: { control: 'inline-radio', options: ['', 'full', 'compact'] },
      links: { control: 'boolean', description: 'Story only: give every `…-url` and a slotted link under the dépôt.' },
    },
    headings: false,
  }),
  render: ({ links, ...args }) => {
    const el = renderWidget('bc-campaign-timeline', links ? { ...args, ...LINKS } : args);
    if (links) {
      const slotted = Object.assign(document.createElement('p'), { slot: 'depot' });
      slotted.append(Object.assign(document.createElement('a'), { href: '#depot', textContent: 'Préparer mon dossier' }));
      el.append(slotted);
    }
    return el;
  },
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
