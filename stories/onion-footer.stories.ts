/** `<tor-onion-footer>`: a valid v3 address, a retired v2 and a mistyped one, on an onion host, and partner content. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/onion-footer/tor-onion-footer.js';
import { englishContent, RETIRED_TORPROJECT_V2_ADDRESS } from '../src/content/index.js';
import { parseOnionAddress } from '../src/onion.js';
import { longText, narrow } from './support/layout.js';
import { lightDom } from './support/light-dom.js';
import { mistyped, partnerLinks, partnerService } from './support/partner.js';
import { props } from './support/props.js';

const meta = {
  title: 'Components/Onion footer',
  component: 'tor-onion-footer',
  tags: ['autodocs'],
  render: (args) => html`<tor-onion-footer ${props(args)}></tor-onion-footer>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const TORPROJECT = englishContent.onionServices[0]?.address ?? '';

/**
 * The console error the footer logs for an address it refuses: exactly this, once. The story tests
 * accept it from these stories and from no others.
 */
const refused = (address: string): string[] => {
  const parsed = parseOnionAddress(address);
  return parsed.ok
    ? []
    : [`tor-onion-footer: address: ${parsed.message}. The address is not shown as a link until this is fixed.`];
};

/** torproject.org's v3 address from the content: a link and a copy button. */
export const ValidAddress: Story = {};

/** A retired v2 address is never a link: the footer says it no longer works, and logs how to fix it. */
export const RetiredV2Address: Story = {
  name: 'Retired v2 Address',
  args: { address: RETIRED_TORPROJECT_V2_ADDRESS },
  parameters: { expectedConsoleErrors: refused(RETIRED_TORPROJECT_V2_ADDRESS) },
};

/** A mistyped v3 address fails its checksum: the footer says the address is unavailable, and logs why. */
export const MistypedAddress: Story = {
  args: { address: mistyped(TORPROJECT) },
  parameters: { expectedConsoleErrors: refused(mistyped(TORPROJECT)) },
};

/** Read over the onion service itself (`pageHost` is an .onion host): no address to offer, a sentence instead. */
export const OnOnionService: Story = { args: { pageHost: TORPROJECT } };

/** Partner content as objects: the partner's onion service (`serviceData`) and link groups (`linkGroups`). */
export const PartnerObjects: Story = { args: { serviceData: partnerService(), linkGroups: partnerLinks() } };

/** Only the onion line (`no-links`), without the copy button (`no-copy`). */
export const OnionLineOnly: Story = { args: { noLinks: true, noCopy: true } };

/** The page's own light DOM: its links in the `links` slot and its notice in the `notice` slot. */
export const SlottedLightDom: Story = {
  name: 'Slotted Light DOM',
  render: (args) => {
    const links = partnerLinks()[0]?.links ?? [];
    return html`<tor-onion-footer ${props(args)}>
      <nav slot="links" aria-label=${englishContent.ui.onionFooter.linksLabel}>
        <ul>
          ${links.map((link) => html`<li><a href=${link.href}>${link.text}</a></li>`)}
        </ul>
      </nav>
      <p slot="notice">${lightDom(englishContent.footerNotice)}</p>
    </tor-onion-footer>`;
  },
};

export const LongText = longText();

export const PhoneWidth = narrow();
