/** `<tor-donate-banner>`: the content's campaign, a dated campaign inside and after its dates, dismissed, slotted. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/donate-banner/tor-donate-banner.js';
import { englishContent } from '../src/content/index.js';
import { idSelect } from './support/content-controls.js';
import { hiddenState, longText, narrow } from './support/layout.js';
import { lightDom } from './support/light-dom.js';
import { AFTER_CAMPAIGN, datedCampaign, DURING_CAMPAIGN } from './support/partner.js';
import { asDate, props } from './support/props.js';

const meta = {
  title: 'Components/Donate banner',
  component: 'tor-donate-banner',
  tags: ['autodocs'],
  // `none`: a dismissal in one story is not remembered by the next (nor by the browser).
  args: { remember: 'none' },
  argTypes: {
    remember: { control: 'select', options: ['session', 'local', 'none'] },
    campaign: idSelect(englishContent.campaigns, '(the first campaign)'),
  },
  render: (args) => html`<tor-donate-banner ${props({ ...args, now: asDate(args.now) })}></tor-donate-banner>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const yearEnd = datedCampaign();

/** The content's campaign: it has no dates, so it always shows until dismissed. */
export const Default: Story = { args: { campaign: englishContent.campaigns[0]?.id } };

/** A campaign with `start` and `end` dates, a matched-gifts note and a goal, on a day (`now`) inside them. */
export const DuringCampaign: Story = { args: { campaignData: yearEnd, now: DURING_CAMPAIGN } };

/** The same campaign after its `end` day: the element renders nothing and takes no space. */
export const AfterCampaign: Story = {
  args: { campaignData: yearEnd, now: AFTER_CAMPAIGN },
  decorators: [
    hiddenState(
      `The campaign ran from ${yearEnd.start} to ${yearEnd.end}; on ${AFTER_CAMPAIGN.toLocaleDateString('en-CA')} the banner renders nothing.`,
    ),
  ],
};

/** After the reader pressed “Dismiss” (this story presses it): nothing shows; `remember` decides for how long. */
export const Dismissed: Story = {
  decorators: [hiddenState('The reader dismissed the banner: it renders nothing, and takes no space.')],
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('tor-donate-banner');
    await banner?.updateComplete;
    banner?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="dismiss"]')?.click();
    await banner?.updateComplete;
  },
};

/** The page's own light DOM: its headline in the `headline` slot and its text in the default slot. */
export const SlottedLightDom: Story = {
  name: 'Slotted Light DOM',
  render: (args) => {
    const { headline, text } = englishContent.campaigns[0] ?? yearEnd;
    return html`<tor-donate-banner ${props(args)}>
      <span slot="headline">${headline}</span>
      <p>${lightDom(text)}</p>
    </tor-donate-banner>`;
  },
};

export const LongText = longText({ args: { campaignData: yearEnd, now: DURING_CAMPAIGN } });

export const PhoneWidth = narrow({ args: { campaignData: yearEnd, now: DURING_CAMPAIGN } });
