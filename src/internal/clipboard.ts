/**
 * Copies text for a "Copy" button. Tries the Clipboard API, then the older `execCommand('copy')` on a
 * selected, off-screen textarea; resolves `false` when the browser refuses both (permissions, an
 * insecure context, or Tor Browser's stricter settings), so the caller can tell the reader.
 */
export async function copyText(text: string, within: Node & ParentNode): Promise<boolean> {
  try {
    // Missing outside secure contexts (a page served over plain http, for one).
    const clipboard = globalThis.navigator?.clipboard as Clipboard | undefined;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused or not allowed here: fall through to the older way.
  }
  return copyWithSelection(text, within);
}

function copyWithSelection(text: string, within: Node & ParentNode): boolean {
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.setAttribute('aria-hidden', 'true');
  scratch.tabIndex = -1;
  scratch.style.cssText = 'position:fixed;inset-block-start:0;opacity:0;pointer-events:none';
  const previousFocus = (within.getRootNode() as Document | ShadowRoot).activeElement;
  within.append(scratch);
  try {
    scratch.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus({ preventScroll: true });
  }
}
