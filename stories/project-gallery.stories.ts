import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/gallery/define.js';
import { CATEGORIES, commonArgs, commonArgTypes, opt, type CommonArgs, headingArgTypes, type HeadingArgs } from './support/args.js';
import { settlePlay } from './support/settle.js';
import { atPhase, errorState, loadingState } from './support/states.js';

type Args = CommonArgs & HeadingArgs & {
  category: string;
  commune: string;
  arrondissement: string;
  'ballot-url': string;
  'page-size': number;
  sort: string;
};

const meta: Meta<Args> = {
  title: 'Widgets/Project gallery',
  component: 'bc-project-gallery',
  render: (a) => html`<bc-project-gallery
    api-base=${a['api-base']}
    campaign=${opt(a.campaign)}
    lang=${opt(a.lang)}
    heading-level=${opt(a['heading-level'])}
    category=${opt(a.category)}
    commune=${opt(a.commune)}
    arrondissement=${opt(a.arrondissement)}
    ballot-url=${opt(a['ballot-url'])}
    page-size=${opt(a['page-size'])}
    sort=${opt(a.sort)}
  ></bc-project-gallery>`,
  args: { ...commonArgs, category: '', commune: '', arrondissement: '', 'ballot-url': '/voter', 'page-size': 6, sort: 'title' },
  argTypes: {
    ...commonArgTypes, ...headingArgTypes,
    category: { control: 'select', options: CATEGORIES },
    commune: { control: 'text' },
    'ballot-url': { control: 'text' },
    arrondissement: { control: 'select', options: ['', '621', '622', '623', '624', '625', '626', '627'] },
    'page-size': { control: { type: 'number', min: 1, max: 100 } },
    sort: { control: 'inline-radio', options: ['random', 'title', 'amount'] },
  },
  parameters: {
    actions: { handles: ['bc-project-select'] },
    docs: { story: { iframeHeight: 900 } },
  },
  play: settlePlay,
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
  render: (a, context) => html`<div style="inline-size: 320px">${meta.render!(a, context)}</div>`,
  parameters: atPhase('vote', 'In a gallery narrower than 40em, the filters fold behind one "Filtrer" button, which says how many are active.'),
};
