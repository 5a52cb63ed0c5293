/** English content for `<tor-onion-footer>`: the site's onion service and the page's footer links. */
import { link, text } from '../segments.js';
import type { FooterLinkGroup, OnionFooterStrings, OnionService, Segment } from '../types.js';

/**
 * The address the page showed, `expyuzz4wqqyqhjn.onion`, is a v2 onion address; Tor retired v2 onion
 * services in October 2021. Kept for the record and for tests; never shown as a working address.
 */
export const RETIRED_TORPROJECT_V2_ADDRESS = 'expyuzz4wqqyqhjn.onion';

export const onionServices: OnionService[] = [
  {
    siteName: 'torproject.org',
    // www.torproject.org's current v3 address, as listed on https://onion.torproject.org.
    address: '2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion',
    directoryHref: 'https://onion.torproject.org',
    aboutHref: 'https://www.torproject.org/docs/hidden-services',
  },
];

const page = (path: string) => `https://www.torproject.org/${path}`;

export const footerLinks: FooterLinkGroup[] = [
  {
    id: 'about',
    heading: 'About Tor',
    links: [
      { text: 'What Tor Does', href: page('about/overview.html.en') },
      { text: 'Users of Tor', href: page('about/torusers.html.en') },
      { text: 'Core Tor People', href: page('about/corepeople.html.en') },
      { text: 'Sponsors', href: page('about/sponsors.html.en') },
      { text: 'Contact Us', href: page('about/contact.html.en') },
    ],
  },
  {
    id: 'get-involved',
    heading: 'Get Involved',
    links: [
      { text: 'Donate', href: page('donate/donate-foot.html.en') },
      { text: 'Mailing Lists', href: page('docs/documentation.html.en#MailingLists') },
      { text: 'Onion Services', href: page('docs/onion-services.html.en') },
      { text: 'Translations', href: page('getinvolved/translation.html.en') },
    ],
  },
  {
    id: 'documentation',
    heading: 'Documentation',
    links: [
      { text: 'Manuals', href: page('docs/tor-manual.html.en') },
      { text: 'Installation Guides', href: page('docs/documentation.html.en') },
      { text: 'Tor Wiki', href: 'https://trac.torproject.org/projects/tor/wiki/' },
      { text: 'General Tor FAQ', href: page('docs/faq.html.en') },
    ],
  },
];

export const footerNotice: Segment[] = [
  text('Trademark, copyright notices, and rules for use by third parties can be found '),
  link('in our FAQ', page('docs/trademark-faq.html.en')),
  text('.'),
];

export const onionFooterStrings: OnionFooterStrings = {
  offer: 'We offer an {onionService} for this site: {address}',
  onionServiceLinkText: 'onion service',
  directory: 'See {directory} for all {siteName} onion addresses.',
  onOnion: 'You are reading {siteName} over its onion service.',
  unavailable: 'The onion address of this site is not available here.',
  retired: 'The old onion address {address} was retired and no longer works.',
  copy: 'Copy',
  copyLabel: 'Copy the onion address {address}',
  copied: 'Onion address copied',
  copyFailed: 'Could not copy. Select the address and copy it yourself.',
  linksLabel: 'Site links',
};
