/**
 * The footer's copy button, shared by `<tor-onion-footer>` and the enhancement script (which wires it
 * onto a prerendered footer): copy the address, or select it for the reader where the browser
 * refuses, and tell the page with `tor-copy`.
 */
import { copyText } from '../../internal/clipboard.js';
// A type only: this module never loads the element.
import type { TorCopyDetail } from './onion-footer.js';

/** How long the status after copying stays before it clears. */
export const STATUS_CLEAR_MS = 6000;

/** Copies `address` for the footer `host` whose shadow root is `root`; resolves whether it was copied. */
export async function copyAddress(host: HTMLElement, root: ShadowRoot, address: string): Promise<boolean> {
  const copied = await copyText(address, root);
  if (!copied) selectAddress(root);
  host.dispatchEvent(
    new CustomEvent<TorCopyDetail>('tor-copy', { bubbles: true, composed: true, detail: { address, copied } }),
  );
  return copied;
}

/** Selects the address link's text, so a reader whose browser refused to copy can copy it by hand. */
function selectAddress(root: ShadowRoot): void {
  const link = root.querySelector('[part~="address"]');
  const selection = globalThis.getSelection?.();
  if (!link || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(link);
  selection.removeAllRanges();
  selection.addRange(range);
}
