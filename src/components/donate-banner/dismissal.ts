/**
 * Dismissing the donate banner, shared by `<tor-donate-banner>`, the enhancement script (which wires
 * the dismiss button of a prerendered banner) and the tiny script the prerender command puts in a
 * page's head, so a dismissed banner is hidden before the page is first painted.
 */
import { readFlag, writeFlag, type Remember } from '../../internal/storage.js';
// A type only: this module never loads the element.
import type { TorDismissDetail } from './donate-banner.js';

export const REMEMBER_VALUES: readonly Remember[] = ['session', 'local', 'none'];

/** Where a dismissal is remembered: one key per campaign, so a new campaign shows again. */
const DISMISSED = 'tor-elements:dismissed:';

export function isDismissed(remember: Remember, campaign: string): boolean {
  return readFlag(remember, DISMISSED + campaign);
}

/**
 * The reader dismissed `campaign` in the banner `host`: tells the page with a cancelable `tor-dismiss`
 * and, unless it was cancelled, remembers it. Returns whether the banner is to go.
 */
export function dismissCampaign(host: HTMLElement, campaign: string, remember: Remember): boolean {
  const event = new CustomEvent<TorDismissDetail>('tor-dismiss', {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail: { campaign },
  });
  if (!host.dispatchEvent(event)) return false;
  writeFlag(remember, DISMISSED + campaign);
  return true;
}

/**
 * Keeps keyboard focus where the banner was once its dismiss button is gone (else it would fall back
 * to the start of the page): on the host, focusable only until focus leaves it.
 */
export function holdFocus(host: HTMLElement): void {
  if (!host.hasAttribute('tabindex')) {
    host.tabIndex = -1;
    host.addEventListener('blur', () => host.removeAttribute('tabindex'), { once: true });
  }
  host.focus({ preventScroll: true });
}

/**
 * Hides, before the page is first painted, every prerendered banner (`server-campaign` names its
 * campaign) the reader dismissed, by a style sheet on the document: no flash, nothing moves. It runs
 * as an inline script in the page's head, so it is self-contained — the prerender command writes
 * `(<this function>)(prefix)` and `--csp` hashes it — and touches only the CSSOM, which a strict CSP
 * allows.
 */
export function hideDismissedBanners(prefix: string): void {
  const hidden: string[] = [];
  const stores: Array<[string, () => Storage]> = [
    [':not([remember="local"]):not([remember="none"])', () => sessionStorage],
    ['[remember="local"]', () => localStorage],
  ];
  for (const [remember, storage] of stores) {
    try {
      const store = storage();
      for (let index = 0; index < store.length; index += 1) {
        const key = store.key(index) ?? '';
        if (key.indexOf(prefix) !== 0 || store.getItem(key) !== '1') continue;
        hidden.push(`tor-donate-banner${remember}[server-campaign="${CSS.escape(key.slice(prefix.length))}"]`);
      }
    } catch {
      // Storage turned off or refused: nothing was remembered there.
    }
  }
  if (hidden.length === 0) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${hidden.join(',')}{display:none!important}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * The head script that runs `hideDismissedBanners` (see there), its comments and indentation taken out
 * (it is written into every page with a banner). The function has no string or regular expression a
 * line break or `//` could be part of, and ends each statement with `;` or `}`.
 */
export const hideDismissedBannersScript = (): string => {
  const source = hideDismissedBanners
    .toString()
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\n\s*/g, '');
  return `(${source})(${JSON.stringify(DISMISSED)})`;
};
