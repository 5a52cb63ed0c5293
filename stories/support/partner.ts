/**
 * What a partner organisation passes as objects, for the "partner content" stories: built from the
 * content module where the partner reuses Tor's words, with the partner's own site, address, links,
 * dates and picture where a real partner would bring its own.
 */
import { sha3_256 } from '@noble/hashes/sha3.js';
import { concatBytes } from '@noble/hashes/utils.js';
import { base32nopad } from '@scure/base';
import { englishContent, link, text } from '../../src/content/index.js';
import type {
  ContentImage,
  DonateCampaign,
  FooterLinkGroup,
  OnionService,
  Tip,
  UserGroup,
} from '../../src/content/index.js';

const PARTNER_SITE = 'example.org';

/** The content's item with that id; a story that names a missing id fails loudly rather than showing nothing. */
export function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`stories: the content has no "${id}"; use one of ${items.map((i) => i.id).join(', ')}`);
  return item;
}

/**
 * A well-formed v3 onion address (rend-spec-v3: base32 of key, checksum and version) for a made-up
 * key, so the partner's footer shows a working-looking address that is nobody's service.
 */
export function onionAddressFor(seed: string): string {
  const key = sha3_256(new TextEncoder().encode(seed));
  const version = Uint8Array.of(3);
  const checksum = sha3_256(concatBytes(new TextEncoder().encode('.onion checksum'), key, version)).slice(0, 2);
  return `${base32nopad.encode(concatBytes(key, checksum, version)).toLowerCase()}.onion`;
}

/** A v3 address with one character changed, as a hurried copy would leave it: its checksum fails. */
export function mistyped(address: string): string {
  const at = 10;
  const swapped = address[at] === 'a' ? 'b' : 'a';
  return `${address.slice(0, at)}${swapped}${address.slice(at + 1)}`;
}

/**
 * A picture drawn here rather than fetched (Storybook works offline, and a partner page should not
 * load a third party's image): rings in the Tor palette, `width` pixels wide (4:1), as a PNG data URL.
 */
function drawnPicture(width: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = width / 4;
  const context = canvas.getContext('2d');
  if (!context) return '';
  context.fillStyle = '#59316b';
  context.fillRect(0, 0, canvas.width, canvas.height);
  ['#7d4698', '#68b030', '#ffbf00', '#f8f9fa'].forEach((colour, index) => {
    context.beginPath();
    context.arc(canvas.width / 2, canvas.height / 2, (width / 960) * (100 - index * 24), 0, Math.PI * 2);
    context.fillStyle = colour;
    context.fill();
  });
  return canvas.toDataURL('image/png');
}

const RINGS = 'Four rings in purple, green, yellow and white, one inside the other';

/** The partner's picture as a site serves it: its size, and a smaller copy for narrow cards. */
export const partnerImage = (): ContentImage => ({
  src: drawnPicture(960),
  alt: RINGS,
  width: 960,
  height: 240,
  srcset: [
    { src: drawnPicture(480), width: 480 },
    { src: drawnPicture(960), width: 960 },
  ],
});

/** The same picture given with no size and one width only. */
export const unsizedImage = (): ContentImage => ({ src: drawnPicture(960), alt: RINGS });

/** A partner's card: one of Tor's groups, with the partner's own picture. */
export const partnerGroup = (id: string): UserGroup => ({
  ...byId(englishContent.userGroups, id),
  image: partnerImage(),
});

/** A partner's own tip, pointing to its own page. */
export const partnerTip = (): Tip => ({
  id: 'partner-relay',
  segments: [
    text('Our members run Tor relays to make the network faster. '),
    link('Run one with us', `https://${PARTNER_SITE}/relays`),
    text('.'),
  ],
});

/** Tor's campaign with dates, as a partner running it during the year-end drive would pass it. */
export const datedCampaign = (): DonateCampaign => ({
  ...englishContent.campaigns[0],
  id: 'year-end',
  start: '2025-11-01',
  end: '2025-12-31',
  match: { amount: 25000, currency: 'EUR' },
  goal: { amount: 100000, currency: 'EUR' },
});

/** A moment inside {@link datedCampaign}'s dates, and one after them. */
export const DURING_CAMPAIGN = new Date(2025, 11, 1, 12);
export const AFTER_CAMPAIGN = new Date(2026, 0, 15, 12);

export const partnerService = (): OnionService => ({
  ...englishContent.onionServices[0],
  siteName: PARTNER_SITE,
  address: onionAddressFor(PARTNER_SITE),
  directoryHref: `https://${PARTNER_SITE}/onion`,
});

export const partnerLinks = (): FooterLinkGroup[] => [
  {
    id: 'partner',
    heading: 'About us',
    links: [
      { text: 'Our relays', href: `https://${PARTNER_SITE}/relays` },
      { text: 'Contact', href: `https://${PARTNER_SITE}/contact` },
    ],
  },
  byId(englishContent.footerLinks, 'get-involved'),
];
