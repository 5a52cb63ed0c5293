/** `<tor-tip-box>`: each tip of the content, the tip of the day, and the ways a partner writes its own. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/tip-box/tor-tip-box.js';
import { englishContent } from '../src/content/index.js';
import { idSelect } from './support/content-controls.js';
import { longText, narrow } from './support/layout.js';
import { lightDom } from './support/light-dom.js';
import { byId, partnerTip } from './support/partner.js';
import { asDate, props } from './support/props.js';

const meta = {
  title: 'Components/Tip box',
  component: 'tor-tip-box',
  tags: ['autodocs'],
  render: (args) => html`<tor-tip-box ${props({ ...args, date: asDate(args.date) })}></tor-tip-box>`,
  args: { tip: englishContent.tips[0]?.id },
  argTypes: { tip: idSelect(englishContent.tips, '(the tip of the day)') },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The tip with that id in the content (English, or the toolbar's language). */
const tip = (id: string): Story => ({ args: { tip: byId(englishContent.tips, id).id } });

export const Donate = tip('donate');
export const Volunteer = tip('volunteer');
export const Translate = tip('translate');

/** Without `tip`: the tip of the day, here for a fixed day (`date`) so the story always looks the same. */
export const TipOfTheDay: Story = { args: { tip: undefined, date: new Date(2025, 2, 14) } };

/** Partner content as an object (`tipData`): the partner's own tip and link. */
export const PartnerObject: Story = { args: { tip: undefined, tipData: partnerTip() } };

/** Partner content as JSON in the `tip-data` attribute. */
export const PartnerJson: Story = {
  name: 'Partner JSON',
  args: { tip: undefined },
  render: (args) => html`<tor-tip-box tip-data=${JSON.stringify(partnerTip())} ${props(args)}></tor-tip-box>`,
};

/** The page's own light DOM: its heading in the `heading` slot, its paragraph (with a link) in the default slot. */
export const SlottedLightDom: Story = {
  name: 'Slotted Light DOM',
  args: { tip: undefined },
  render: (args) =>
    html`<tor-tip-box ${props(args)}>
      <span slot="heading">Did you know?</span>
      <p>${lightDom(byId(englishContent.tips, 'volunteer').segments)}</p>
    </tor-tip-box>`,
};

export const LongText = longText(tip('translate'));

export const PhoneWidth = narrow(tip('donate'));
