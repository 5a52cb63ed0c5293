/**
 * The drop-in bundle (`tor-elements/bundle.js`): Lit and every element in one file, registered on
 * load. It also exports what a page needs next to the elements — adding translations or partner
 * content — so `import { registerContent } from '…/tor-elements.bundle.js'` works. What a page rarely
 * needs stays out, so no page pays for it: the full onion-address check loads as a chunk beside the
 * bundle when an address other than the content's must be checked, and the checks of partner content
 * when a page gives an element partner content or registers content (so this `registerContent`
 * returns a Promise of its result); the page prose, `getContent`, the validators and
 * `parseOnionAddress` are for build tools, which use the npm modules.
 */
import './all.js';

export { registerContent } from './internal/register-on-demand.js';
export { resetContent, onContentChange } from './content/store.js';
export { setLocalesUrl } from './internal/locale-loader.js';
export { listenToReports } from './internal/report.js';
export { isOnionHost } from './policy/onion-host.js';
export { TorUserGroupCard } from './components/user-group-card/user-group-card.js';
export { TorUserGroups } from './components/user-groups/user-groups.js';
export { TorTipBox } from './components/tip-box/tip-box.js';
export { TorDonateBanner } from './components/donate-banner/donate-banner.js';
export { TorOnionFooter } from './components/onion-footer/onion-footer.js';
