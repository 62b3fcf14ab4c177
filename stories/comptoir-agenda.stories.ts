import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/agenda/define.js';
import { ARRONDISSEMENTS } from './support/args.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{ commune: string; arrondissement: string; format: string }>;

const meta: Meta<Args> = {
  title: 'Widgets/Comptoir agenda',
  component: 'bc-comptoir-agenda',
  ...widgetMeta<Args>({
    args: { commune: '', arrondissement: '', format: '' },
    argTypes: {
      commune: { control: 'text' },
      arrondissement: { control: 'select', options: ARRONDISSEMENTS },
      format: { control: 'inline-radio', options: ['', 'in-person', 'online'] },
    },
    events: ['bc-comptoir-register'],
    height: 900,
  }),
};
export default meta;

type Story = StoryObj<Args>;

export const ComptoirsAndDepot: Story = {
  name: 'Comptoirs and dépôt',
  parameters: atPhase('comptoirs', '15 January 2026: registrations open (some comptoirs full, with a waiting list).'),
};

export const Loading: Story = { parameters: loadingState() };

export const Empty: Story = {
  args: { commune: '62001' },
  parameters: atPhase('comptoirs', 'A commune (Ablain-Saint-Nazaire) with no comptoir.'),
};

export const ErrorState: Story = { name: 'Error', parameters: errorState() };

export const BeforeComptoirs: Story = {
  name: 'Before the comptoirs',
  parameters: atPhase('beforeComptoirs', 'The comptoirs are announced; registrations open on 12 January.'),
};

export const Labellisation: Story = { parameters: atPhase('labellisation', 'The comptoirs are over (past ones can be shown).') };

export const Vote: Story = { parameters: atPhase('vote') };

export const Resultats: Story = { name: 'Résultats', parameters: atPhase('resultats') };

export const PastCampaign2025: Story = { name: 'Past campaign 2025', args: { campaign: 'bc-2025' }, parameters: atPhase('vote') };

export const OnlineOnly: Story = { args: { format: 'online', lang: 'en' }, parameters: atPhase('comptoirs') };
