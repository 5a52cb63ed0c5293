/**
 * `tor-elements/enhance.js`: behaviour for pages prerendered by `tor-elements-prerender`, without
 * hydration. The page already has every word (Declarative Shadow DOM); this small script only wires
 * what needs JavaScript onto the server-rendered shadow roots — with the elements' own behaviour
 * modules, so the logic exists once. Elements a page also defines (it loaded the elements
 * themselves) are theirs to run and are left alone.
 */
import { dismissCampaign, holdFocus, isDismissed, REMEMBER_VALUES } from './components/donate-banner/dismissal.js';
import { copyAddress, STATUS_CLEAR_MS } from './components/onion-footer/copy-address.js';
import { showTipOfTheDay } from './components/tip-box/tip-of-the-day.js';
import type { Remember } from './internal/storage.js';
import { isOnionHost } from './policy/onion-host.js';

type Enhancer = (host: HTMLElement, root: ShadowRoot) => void;

/** The rendered wrapper every element has: hiding it hides all the element shows. */
const baseOf = (root: ShadowRoot) => root.querySelector<HTMLElement>('[part~="base"]');

/** The banner: its dismiss button, and a dismissal remembered since the page was prerendered. */
const banner: Enhancer = (host, root) => {
  const campaign = host.getAttribute('server-campaign');
  const button = root.querySelector<HTMLButtonElement>('button[part~="dismiss"]');
  if (!campaign || !button) return;
  const given = host.getAttribute('remember') as Remember | null;
  const remember = given && REMEMBER_VALUES.includes(given) ? given : 'session';
  const hide = () => baseOf(root)?.setAttribute('hidden', '');
  if (isDismissed(remember, campaign)) hide();
  button.addEventListener('click', () => {
    if (!dismissCampaign(host, campaign, remember)) return;
    const hadFocus = root.activeElement === button;
    hide();
    if (hadFocus) holdFocus(host);
  });
};

/** The footer: the offer that applies on the reader's host, and the copy button with its status. */
const footer: Enhancer = (host, root) => {
  const onOnion = isOnionHost(location.hostname);
  for (const offer of root.querySelectorAll<HTMLElement>('.offer'))
    offer.hidden = offer.hasAttribute('data-on-onion') !== onOnion;
  const button = root.querySelector<HTMLButtonElement>('button[part~="copy"]');
  const status = root.querySelector<HTMLElement>('[part~="status"]');
  const address = button?.dataset.address;
  if (!button || !status || !address) return;
  let clear: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    const copied = await copyAddress(host, root, address);
    const message = root.querySelector(`[data-status="${copied ? 'copied' : 'copyFailed'}"]`);
    status.replaceChildren(...[...(message?.childNodes ?? [])].map((node) => node.cloneNode(true)));
    clearTimeout(clear);
    clear = setTimeout(() => status.replaceChildren(), STATUS_CLEAR_MS);
  });
};

/** What each element needs once its shadow root is on the page. */
const ENHANCERS: Record<string, Enhancer> = {
  'tor-tip-box': (_host, root) => showTipOfTheDay(root),
  'tor-donate-banner': banner,
  'tor-onion-footer': footer,
};

const enhanced = new WeakSet<Element>();

/** Wires every prerendered tor-elements element in `root` (the document by default), once each. */
export function enhance(root: ParentNode = document): void {
  for (const [tag, wire] of Object.entries(ENHANCERS)) {
    if (customElements.get(tag)) continue;
    for (const host of root.querySelectorAll<HTMLElement>(tag)) {
      if (!host.shadowRoot || enhanced.has(host)) continue;
      enhanced.add(host);
      wire(host, host.shadowRoot);
    }
  }
}

enhance();
