/**
 * `tor-elements`: the element classes, the content API and the helpers. Importing this module
 * registers nothing; import `tor-elements/<tag>.js` or `tor-elements/all.js` to register elements.
 */
export * from './content/index.js';
export { parseOnionAddress, isOnionHost } from './onion.js';
export type { OnionAddressResult, OnionAddressProblem } from './onion.js';
export { isAllowedUrl, isAllowedImageUrl, safeHref } from './policy/url.js';
export { setLocalesUrl } from './internal/locale-loader.js';
export { listenToReports, type Report, type ReportListener, type ReportLevel } from './internal/report.js';
export { TorUserGroupCard } from './components/user-group-card/user-group-card.js';
export { TorUserGroups } from './components/user-groups/user-groups.js';
export { TorTipBox } from './components/tip-box/tip-box.js';
export { TorDonateBanner, type TorDismissDetail } from './components/donate-banner/donate-banner.js';
export { TorOnionFooter, type TorCopyDetail } from './components/onion-footer/onion-footer.js';
