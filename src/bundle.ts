/**
 * The drop-in bundle (`tor-elements/bundle.js`): Lit and every element in one file, registered on
 * load. It also exports what a page needs next to the elements — adding translations or partner
 * content, and checking it — so `import { registerContent } from '…/tor-elements.bundle.js'` works.
 * (The page prose and `getContent` stay out: they are for build tools, which use the npm modules.)
 */
import './all.js';

export { registerContent, resetContent, onContentChange } from './content/registry.js';
export { setLocalesUrl } from './internal/locale-loader.js';
export { validateContent, validateContentPatch, formatProblems } from './content/validate.js';
export { parseOnionAddress, isOnionHost } from './onion.js';
export { TorUserGroupCard, TorUserGroups, TorTipBox, TorDonateBanner, TorOnionFooter } from './index.js';
