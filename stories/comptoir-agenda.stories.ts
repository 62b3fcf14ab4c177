import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@budget-citoyen/widgets/agenda/define.js';
import { commonArgs, commonArgTypes, opt, type CommonArgs } from './support/args.js';
import { CLOCKS, FAILING, LOADING } from './support/mock.js';
import { settlePlay } from './support/settle.js';

type Args = CommonArgs & { commune: string; arrondissement: string; format: string };

const meta: Meta<Args> = {
  title: 'Widgets/Comptoir agenda',
  component: 'bc-comptoir-agenda',
  render: (a) => html`<bc-comptoir-agenda
    api-base=${a['api-base']}
    campaign=${opt(a.campaign)}
    lang=${opt(a.lang)}
    commune=${opt(a.commune)}
    arrondissement=${opt(a.arrondissement)}
    format=${opt(a.format)}
  ></bc-comptoir-agenda>`,
  args: { ...commonArgs, commune: '', arrondissement: '', format: '' },
  argTypes: {
    ...commonArgTypes,
    commune: { control: 'text' },
    arrondissement: { control: 'select', options: ['', '621', '622', '623', '624', '625', '626', '627'] },
    format: { control: 'inline-radio', options: ['', 'in-person', 'online'] },
  },
  parameters: {
    actions: { handles: ['bc-comptoir-register'] },
    docs: { story: { iframeHeight: 900 } },
  },
  play: settlePlay,
};
export default meta;

type Story = StoryObj<Args>;

export const ComptoirsAndDepot: Story = {
  name: 'Comptoirs and dépôt',
  parameters: {
    mock: { now: CLOCKS.comptoirs },
    docs: { description: { story: '15 January 2026: registrations open (some comptoirs full, with a waiting list).' } },
  },
};

export const Loading: Story = {
  parameters: {
    mock: LOADING,
    docs: { description: { story: 'The API answers after 60 s (the SDK gives up after 10 s and shows its timeout error).' } },
  },
};

export const Empty: Story = {
  args: { commune: '62001' },
  parameters: {
    mock: { now: CLOCKS.comptoirs },
    docs: { description: { story: 'A commune (Ablain-Saint-Nazaire) with no comptoir.' } },
  },
};

export const ErrorState: Story = {
  name: 'Error',
  parameters: {
    mock: FAILING,
    docs: { description: { story: 'Every request fails (network), after the SDK\'s retries: the error state and "Réessayer".' } },
  },
};

export const BeforeComptoirs: Story = {
  name: 'Before the comptoirs',
  parameters: {
    mock: { now: CLOCKS.beforeComptoirs },
    docs: { description: { story: 'The comptoirs are announced; registrations open on 12 January.' } },
  },
};

export const Labellisation: Story = {
  parameters: {
    mock: { now: CLOCKS.labellisation },
    docs: { description: { story: 'The comptoirs are over (past ones can be shown).' } },
  },
};

export const Vote: Story = {
  parameters: { mock: { now: CLOCKS.vote } },
};

export const Resultats: Story = {
  name: 'Résultats',
  parameters: { mock: { now: CLOCKS.resultats } },
};

export const PastCampaign2025: Story = {
  name: 'Past campaign 2025',
  args: { campaign: 'bc-2025' },
  parameters: { mock: { now: CLOCKS.vote } },
};

export const OnlineOnly: Story = {
  args: { format: 'online', lang: 'en' },
  parameters: { mock: { now: CLOCKS.comptoirs } },
};
