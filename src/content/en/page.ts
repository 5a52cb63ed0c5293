// Source: "Who uses Tor?", https://www.torproject.org/about/torusers.html.en, by The Tor Project, Inc.,
// under Creative Commons Attribution 3.0 United States (https://creativecommons.org/licenses/by/3.0/us/).
import { link, rich } from '../segments.js';
import type { ContentSource, PageText } from '../types.js';

export const source: ContentSource = {
  title: 'Who uses Tor?',
  url: 'https://www.torproject.org/about/torusers.html.en',
  author: 'The Tor Project, Inc.',
  licence: 'CC BY 3.0 US',
  licenceUrl: 'https://creativecommons.org/licenses/by/3.0/us/',
};

export const page: PageText = {
  title: 'Who uses Tor',
  intro: [
    rich(
      'Tor was originally designed, implemented, and deployed as a third-generation ',
      link('onion routing project of the Naval Research Laboratory', 'http://www.onion-router.net/'),
      ". It was originally developed with the U.S. Navy in mind, for the primary purpose of protecting government communications. Today, it is used every day for a wide variety of purposes by the military, journalists, law enforcement officers, activists, and many others. Here are some of the specific uses we've seen or recommend.",
    ),
    rich(
      'We need your ',
      link('good Tor stories', 'https://blog.torproject.org/blog/we-need-your-good-tor-stories'),
      '! What do you use Tor for? Why do you need it? What has Tor done for you? We need your stories.',
    ),
  ],
  outro: [
    rich(
      'Please do send us your success stories. They are very important because Tor provides anonymity. While it is thrilling to speculate about ',
      link('undesired effects of Tor', 'https://www.torproject.org/docs/faq-abuse.html.en'),
      ', when it succeeds, nobody notices. This is great for users, but not so good for us, since publishing success stories about how people or organizations are staying anonymous could be counterproductive. For example, we talked to an FBI officer who explained that he uses Tor every day for his work -- but he quickly followed up with a request not to provide details or mention his name.',
    ),
    rich(
      'Like any technology, from pencils to cellphones, anonymity can be used for both good and bad. You have probably seen some of the vigorous debate (',
      link('pro', 'http://www.wired.com/politics/security/commentary/securitymatters/2006/01/70000'),
      ', ',
      link('con', 'http://www.edge.org/q2006/q06_4.html#kelly'),
      ', and ',
      link('academic', 'http://web.mit.edu/gtmarx/www/anon.html'),
      ') over anonymity. The Tor project is based on the belief that anonymity is not just a good idea some of the time -- it is a requirement for a free and functioning society. The ',
      link('EFF maintains a good overview', 'http://www.eff.org/issues/anonymity'),
      ' of how anonymity was crucial to the founding of the United States. Anonymity is recognized by US courts as a fundamental and important right. In fact, governments mandate anonymity in many cases themselves: ',
      link('police tip lines', 'https://www.crimeline.co.za/'),
      ', ',
      link('some adoption services', 'https://en.wikipedia.org/wiki/Closed_adoption'),
      ', ',
      link('police officer identities', 'http://writ.news.findlaw.com/aronson/20020827.html'),
      ', and so forth. It would be impossible to rehash the entire anonymity debate here -- it is too large an issue with too many nuances, and there are plenty of other places where this information can be found. We do have a ',
      link('Tor abuse', 'https://www.torproject.org/docs/faq-abuse.html.en'),
      " page describing some of the possible abuse cases for Tor, but suffice it to say that if you want to abuse the system, you'll either find it mostly closed for your purposes (e.g. the majority of Tor relays do not support SMTP in order to prevent anonymous email spamming), or if you're one of the ",
      link(
        'Four Horsemen of the Information Apocalypse',
        'http://www.schneier.com/blog/archives/2005/12/computer_crime_1.html',
      ),
      ', you have better options than Tor. While not dismissing the potential abuses of Tor, this page shows a few of the many important ways anonymity is used online today.',
    ),
  ],
};
