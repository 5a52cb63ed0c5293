/** English tips for `<tor-tip-box>`. The first is the page's own Tor Tip; the others point to ways to help Tor. */
import { link, text } from '../segments.js';
import type { Tip, TipBoxStrings } from '../types.js';

export const tips: Tip[] = [
  {
    id: 'donate',
    segments: [
      text('Tor is written for and supported by people like you. '),
      link('Donate today', 'https://www.torproject.org/donate/donate.html.en'),
      text('!'),
    ],
  },
  {
    id: 'volunteer',
    segments: [
      text('Tor is built by volunteers and a small team. '),
      link('Volunteer', 'https://www.torproject.org/getinvolved/volunteer.html.en'),
      text(' your time and skills.'),
    ],
  },
  {
    id: 'translate',
    segments: [
      text('Help people read about Tor in their own language: '),
      link('translate Tor', 'https://www.torproject.org/getinvolved/translation.html.en'),
      text('.'),
    ],
  },
];

export const tipBoxStrings: TipBoxStrings = { heading: 'Tor Tip' };
