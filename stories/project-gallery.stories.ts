import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/gallery/define.js';
import { ARRONDISSEMENTS, CATEGORIES } from './support/args.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { inPhoneWidth, widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{
  category: string;
  commune: string;
  arrondissement: string;
  'ballot-url': string;
  'page-size': number;
  sort: string;
}>;

const meta: Meta<Args> = {
  title: 'Widgets/Project gallery',
  component: 'bc-project-gallery',
  ...widgetMeta<Args>({
    args: { category: '', commune: '', arrondissement: '', 'ballot-url': '/voter', 'page-size': 6, sort: 'title' },
    argTypes: {
      category: { control: 'select', options: CATEGORIES },
      commune: { control: 'text' },
      'ballot-url': { control: 'text' },
      arrondissement: { control: 'select', options: ARRONDISSEMENTS },
      'page-size': { control: { type: 'number', min: 1, max: 100 } },
      sort: { control: 'inline-radio', options: ['random', 'title', 'amount'] },
    },
    events: ['bc-project-select'],
    height: 900,
  }),
};
export default meta;

type Story = StoryObj<Args>;

export const Vote: Story = {
  parameters: atPhase('vote', 'During the vote (20 September 2026): "Voter pour ce projet" on each card.'),
};

export const Loading: Story = { parameters: loadingState() };

export const Empty: Story = {
  args: { commune: '62001' },
  parameters: atPhase('vote', "A commune's site (Ablain-Saint-Nazaire, `commune=\"62001\"`) with no project."),
};

export const ErrorState: Story = { name: 'Error', parameters: errorState() };

export const BeforeComptoirs: Story = { name: 'Before the comptoirs', parameters: atPhase('beforeComptoirs') };

export const ComptoirsAndDepot: Story = { name: 'Comptoirs and dépôt', parameters: atPhase('comptoirs') };

export const Labellisation: Story = { parameters: atPhase('labellisation') };

export const Resultats: Story = {
  name: 'Résultats',
  parameters: atPhase('resultats', 'The vote is over (28 September 2026): winner badges, no vote button.'),
};

export const FinalResults2025: Story = {
  name: 'Final results 2025',
  args: { campaign: 'bc-2025', sort: 'amount' },
  parameters: atPhase('vote', 'The past campaign `bc-2025`: 51 projects, winners badged (two funded from the rollover).'),
};

export const English: Story = {
  args: { lang: 'en', category: 'cooperation' },
  parameters: atPhase('vote', 'English, for a partner site about one category (`category="cooperation"`: its filter is hidden).'),
};

export const Phone: Story = {
  name: 'Phone (320 px)',
  render: inPhoneWidth(meta.render!),
  parameters: atPhase('vote', 'In a gallery narrower than 40em, the filters fold behind one "Filtrer" button, which says how many are active.'),
};
