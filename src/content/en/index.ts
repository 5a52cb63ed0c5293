/**
 * The default English content, from the Tor Project's "Who uses Tor?" page
 * (https://www.torproject.org/about/torusers.html.en), © The Tor Project, Inc., licensed under
 * Creative Commons Attribution 3.0 United States (CC BY 3.0 US). See `source` below.
 */
import type { Content } from '../types.js';
import { campaigns, donateBannerStrings } from './donate.js';
import { footerLinks, footerNotice, onionFooterStrings, onionServices } from './onion-footer.js';
import { page, source } from './page.js';
import { tipBoxStrings, tips } from './tips.js';
import { userGroups, userGroupsStrings } from './user-groups.js';

export const en: Content = {
  locale: 'en',
  dir: 'ltr',
  source,
  userGroups,
  tips,
  campaigns,
  onionServices,
  footerLinks,
  footerNotice,
  page,
  ui: {
    userGroups: userGroupsStrings,
    tipBox: tipBoxStrings,
    donateBanner: donateBannerStrings,
    onionFooter: onionFooterStrings,
  },
};
