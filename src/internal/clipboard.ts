/**
 * Copies text for a "Copy" button. Tries the Clipboard API, then the older `execCommand('copy')` on a
 * selected, off-screen textarea; resolves `false` when the browser refuses both (permissions, an
 * insecure context, or Tor Browser's stricter settings), so the caller can tell the reader. A
 * Clipboard API that does not answer within `timeoutMs` counts as a refusal: the reader is never left
 * waiting without a word.
 */
export async function copyText(text: string, within: Node & ParentNode, timeoutMs = 2000): Promise<boolean> {
  try {
    // Missing outside secure contexts (a page served over plain http, for one).
    const clipboard = globalThis.navigator?.clipboard as Clipboard | undefined;
    if (clipboard && (await settlesWithin(clipboard.writeText(text), timeoutMs))) return true;
  } catch {
    // Refused or not allowed here: fall through to the older way.
  }
  return copyWithSelection(text, within);
}

/** Whether `promise` fulfils within `ms`; it rejects as `promise` does. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
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
