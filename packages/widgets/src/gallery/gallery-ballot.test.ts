/**
 * The gallery and the ballot on one page: "Voter pour ce projet" in a project's details hands
 * the project to the ballot, which takes the focus and says what it preselected.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, API, deepActiveElement, expectAxeClean, text, waitForState } from '../../test/index.js';
import { CAMPAIGN, SLOW_TEST_MS, heading, toChoices, useMockServer } from '../../test/ballot.js';
import type { BcBallot } from '../ballot/ballot.js';
import '../ballot/define.js';
import './define.js';
import type { BcProjectGallery } from './project-gallery.js';

async function page() {
  const root = await fixture<HTMLElement>(html`<div>
    <bc-project-gallery api-base=${API} campaign=${CAMPAIGN}></bc-project-gallery>
    <bc-ballot api-base=${API} campaign=${CAMPAIGN} rules-url="/reglement"></bc-ballot>
  </div>`);
  const gallery = root.querySelector<BcProjectGallery>('bc-project-gallery')!;
  const ballot = root.querySelector<BcBallot>('bc-ballot')!;
  await waitForState(gallery, () => $$(gallery, '[part~="card"]').length > 0);
  await waitForState(ballot, () => heading(ballot));
  return { gallery, ballot };
}

/** Opens the details of the gallery's `index`th card by keyboard, then Tabs to their "Voter". */
async function toDialogVote(gallery: BcProjectGallery, index: number) {
  const link = $$<HTMLAnchorElement>(gallery, '[part~="card-title"] a')[index]!;
  const id = link.closest<HTMLElement>('[data-project-id]')!.dataset.projectId!;
  link.focus();
  await sendKeys({ press: 'Enter' });
  const dialog = $<HTMLDialogElement>(gallery, 'dialog')!;
  await waitForState(gallery, () => dialog.open && $(gallery, 'dialog [part~="vote-button"]'));
  const vote = $(gallery, 'dialog [part~="vote-button"]')!;
  for (let i = 0; i < 10 && deepActiveElement() !== vote; i++) await sendKeys({ press: 'Tab' });
  expect(deepActiveElement()).to.equal(vote);
  return { id, title: text($(gallery, 'dialog h2')), dialog };
}

const announced = (ballot: BcBallot) => text($(ballot, '.ballot > [role="status"]'));

describe('<bc-project-gallery> with a <bc-ballot> on the page', () => {
  useMockServer();

  it('"Voter" in the details, by keyboard: they close, the address is the page\'s, the ballot says it and has the focus', async function () {
    this.timeout(SLOW_TEST_MS);
    const { gallery, ballot } = await page();
    const { title, dialog } = await toDialogVote(gallery, 1);
    await sendKeys({ press: 'Enter' });
    await waitForState(gallery, () => !dialog.open);
    await waitForState(ballot, () => announced(ballot).includes(title), 'announced', 15_000);
    expect(announced(ballot)).to.contain(`« ${title} » est présélectionné`);
    expect(location.hash).to.equal('');
    // Before the choices, the ballot's first step: its title has the focus, not the card.
    await waitForState(ballot, () => deepActiveElement() === heading(ballot));
    await expectAxeClean(ballot);
  });

  it('a card\'s own "Voter", by keyboard: the ballot says it and has the focus, not the button left behind', async function () {
    this.timeout(SLOW_TEST_MS);
    const { gallery, ballot } = await page();
    const card = $$(gallery, '[part~="card"]')[0]!;
    const vote = card.querySelector<HTMLElement>('[part~="vote-button"]')!;
    const title = text(card.querySelector('[part~="card-title"]'));
    vote.focus();
    await sendKeys({ press: 'Enter' });
    await waitForState(ballot, () => announced(ballot).includes(title), 'announced', 15_000);
    await waitForState(ballot, () => deepActiveElement() === heading(ballot));
  });

  it('at the choices: the focus lands on the project\'s own choice, ticked', async function () {
    this.timeout(SLOW_TEST_MS);
    const { gallery, ballot } = await page();
    await toChoices(ballot);
    const { id, dialog } = await toDialogVote(gallery, 2);
    await sendKeys({ press: 'Enter' });
    await waitForState(gallery, () => !dialog.open);
    const choice = () => $<HTMLInputElement>(ballot, `[id="bc-p-${id}"]`);
    await waitForState(ballot, () => deepActiveElement() === choice());
    expect(choice()!.checked).to.equal(true);
    // The dialog's close event, a task later, does not take the focus back to the card.
    const details = (gallery as unknown as { dialog: { state: unknown } }).dialog;
    await waitForState(gallery, () => details.state === undefined);
    expect(deepActiveElement()).to.equal(choice());
  });
});
