/** English donate campaign for `<tor-donate-banner>`: the page's "Donate" call, with no end date. */
import { text } from '../segments.js';
import type { DonateBannerStrings, DonateCampaign } from '../types.js';

export const campaigns: DonateCampaign[] = [
  {
    id: 'support-tor',
    headline: 'Tor is written for and supported by people like you',
    text: [text('Your donation keeps Tor free for journalists, activists and everyone who needs privacy online.')],
    callToAction: { text: 'Donate today', href: 'https://www.torproject.org/donate/donate.html.en' },
  },
];

export const donateBannerStrings: DonateBannerStrings = {
  label: 'Donate to Tor',
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss “{headline}”',
  match: 'Every gift is matched, up to {amount}.',
  matchUntil: 'Every gift is matched, up to {amount}, until {date}.',
  goal: 'Our goal: {amount}.',
  daysLeft: { one: '{count} day left', other: '{count} days left' },
};
