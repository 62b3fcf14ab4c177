import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/results/define.js';
import { CATEGORIES } from './support/args.js';
import { atPhase, errorState, loadingState } from './support/states.js';
import { inPhoneWidth, widgetMeta, type WidgetArgs } from './support/widget.js';

type Args = WidgetArgs<{ category: string; 'hide-explanation': boolean; 'poll-interval': number }>;

const meta: Meta<Args> = {
  title: 'Widgets/Live results',
  component: 'bc-live-results',
  ...widgetMeta<Args>({
    args: { category: '', 'hide-explanation': false, 'poll-interval': 30_000 },
    argTypes: {
      category: { control: 'select', options: CATEGORIES },
      'hide-explanation': { control: 'boolean' },
      'poll-interval': { control: { type: 'number', min: 1000, step: 1000 } },
    },
    events: ['bc-results-update'],
    height: 1000,
  }),
};
export default meta;

type Story = StoryObj<Args>;

export const Vote: Story = {
  name: 'Vote (live, provisional)',
  parameters: atPhase('vote', 'During the vote: provisional results, 1,242 ballots (6 annulled), live.'),
};

export const Loading: Story = { parameters: loadingState() };

export const Empty: Story = {
  args: { category: 'categorie-inconnue' },
  parameters: atPhase('vote', 'A `category` that is not in the results.'),
};

export const ErrorState: Story = { name: 'Error', parameters: errorState() };

export const BeforeComptoirs: Story = {
  name: 'Before the comptoirs',
  parameters: atPhase('beforeComptoirs', 'Results are not public yet: when they will be.'),
};

export const ComptoirsAndDepot: Story = { name: 'Comptoirs and dépôt', parameters: atPhase('comptoirs') };

export const Labellisation: Story = { parameters: atPhase('labellisation') };

export const Resultats: Story = {
  name: 'Résultats (final 2026)',
  parameters: atPhase('resultats', 'The vote closed: final results of `bc-2026`, with two projects funded from the rollover.'),
};

export const FinalResults2025: Story = {
  name: 'Final results 2025 (rollover)',
  args: { campaign: 'bc-2025' },
  parameters: atPhase(
    'vote',
    '`bc-2025`: 6,000 ballots, 88 annulled; *Pratiques de l\'ESS* leaves 19,500 €, the 21,000 € pool funds two more *Innovation sociale* projects, 500 € stay unallocated. Open "Comment sont calculés les résultats ?".',
  ),
};

export const OneCategory: Story = {
  args: { campaign: 'bc-2025', category: 'innovation-sociale', 'hide-explanation': true },
  parameters: atPhase('vote'),
};

export const Phone: Story = {
  name: 'Phone (320 px)',
  render: inPhoneWidth(meta.render!),
  parameters: atPhase('vote', 'In a widget narrower than 36em, one card per project instead of the table: the same values, labelled, in the same order, each with why it is funded or not.'),
};
