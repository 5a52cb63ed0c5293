/** `<tor-user-group-card>`: a story for each user group of the content, and each way a partner fills a card. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/user-group-card/tor-user-group-card.js';
import { englishContent } from '../src/content/index.js';
import { idSelect } from './support/content-controls.js';
import { hiddenState, longText, narrow } from './support/layout.js';
import { lightDom } from './support/light-dom.js';
import { byId, partnerGroup, partnerImage, unsizedImage } from './support/partner.js';
import { props } from './support/props.js';

const meta = {
  title: 'Components/User group card',
  component: 'tor-user-group-card',
  tags: ['autodocs'],
  render: (args) => html`<tor-user-group-card ${props(args)}></tor-user-group-card>`,
  args: { group: englishContent.userGroups[0]?.id },
  argTypes: { group: idSelect(englishContent.userGroups) },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The card for the group with that id in the content (English, or the toolbar's language). */
const group = (id: string): Story => ({ args: { group: byId(englishContent.userGroups, id).id } });

export const NormalPeople = group('normalusers');
export const Journalists = group('journalist');
export const LawEnforcement = group('lawenforcement');
export const Activists = group('activists');
export const HighAndLowProfile = group('spotlight');
export const Executives = group('executives');
export const Bloggers = group('bloggers');
export const Militaries = group('military');
export const ITProfessionals = group('itprofessionals');

/**
 * Partner content as an object (`groupData`): one of Tor's groups with the partner's own picture,
 * served from its own site (here drawn in the page), in two widths, lazily, its space kept while it loads.
 */
export const PartnerObject: Story = { args: { group: undefined, groupData: partnerGroup('activists') } };

/** A picture given without its size: it is cropped to a fixed shape (`--tor-user-group-card-media-ratio`). */
export const PictureWithoutSize: Story = {
  args: { group: undefined, groupData: { ...partnerGroup('military'), image: unsizedImage() } },
};

/** A group id the content does not have: the card shows nothing, and the console says which ids exist. */
export const UnknownGroup: Story = {
  args: { group: 'militaries' },
  decorators: [hiddenState('There is no group "militaries": the card renders nothing, and takes no space.')],
  parameters: {
    expectedConsoleErrors: [
      `tor-user-group-card: there is no user group "militaries"; use one of ${englishContent.userGroups.map((g) => g.id).join(', ')}, or pass groupData. The card shows nothing.`,
    ],
  },
};

/** Partner content as JSON in the `group-data` attribute, as a page without JavaScript modules writes it. */
export const PartnerJson: Story = {
  name: 'Partner JSON',
  args: { group: undefined },
  render: (args) =>
    html`<tor-user-group-card
      group-data=${JSON.stringify(byId(englishContent.userGroups, 'bloggers'))}
      ${props(args)}
    ></tor-user-group-card>`,
};

/** The page's own light DOM in the slots: heading text, a picture and a list of items. */
export const SlottedLightDom: Story = {
  name: 'Slotted Light DOM',
  args: { group: undefined },
  render: (args) => {
    const { heading, items } = byId(englishContent.userGroups, 'executives');
    const image = partnerImage();
    return html`<tor-user-group-card ${props(args)}>
      <span slot="heading">${heading}</span>
      <img slot="media" src=${image.src} alt=${image.alt} />
      <ul>
        ${items.map((item) => html`<li>${lightDom(item.segments)}</li>`)}
      </ul>
    </tor-user-group-card>`;
  },
};

export const LongText = longText(group('activists'));

export const PhoneWidth = narrow(group('journalist'));
