import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/card/define.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{ 'project-id': string; 'ballot-url': string; href: string }>;

/** A `bc-2026` project (Saint-Venant's producers' shop) and a `bc-2025` one funded from the rollover. */
const PROJECT_2026 = 'p-9qrfxwhf';
const PROJECT_2025_ROLLOVER = 'p-bj92zw0y';

const meta: Meta<Args> = {
  title: 'Widgets/Project card',
  component: 'bc-project-card',
  ...widgetMeta<Args>({
    args: { 'project-id': PROJECT_2026, 'ballot-url': '/voter', href: '' },
    argTypes: { 'project-id': { control: 'text' }, 'ballot-url': { control: 'text' }, href: { control: 'text' } },
    events: ['bc-project-select'],
    height: 560,
  }),
};
export default meta;

type Story = StoryObj<Args>;

export const Vote: Story = {
  args: { href: '/projets/saveurs-de-l-audomarois' },
  parameters: atPhase('vote', 'During the vote: "Voter pour ce projet"; `href` links the title to your project page.'),
};

export const Loading: Story = { parameters: loadingState() };

export const ErrorState: Story = { name: 'Error', parameters: errorState() };

export const UnknownProject: Story = {
  args: { 'project-id': 'p-inconnu' },
  parameters: atPhase(
    'vote',
    'A project id the API does not know: "introuvable", with no retry (the card has no empty state).',
    { expect: 'error' },
  ),
};

export const BeforeComptoirs: Story = { name: 'Before the comptoirs', parameters: atPhase('beforeComptoirs') };

export const ComptoirsAndDepot: Story = { name: 'Comptoirs and dépôt', parameters: atPhase('comptoirs') };

export const Labellisation: Story = { parameters: atPhase('labellisation') };

export const Resultats: Story = { name: 'Résultats', parameters: atPhase('resultats') };

export const FinalResults2025: Story = {
  name: 'Final results 2025 (rollover)',
  args: { campaign: 'bc-2025', 'project-id': PROJECT_2025_ROLLOVER },
  parameters: atPhase('vote', 'A `bc-2025` winner funded from the rollover (the leftovers of other categories).'),
};
