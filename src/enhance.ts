/**
 * `tor-elements/enhance.js`: behaviour for pages prerendered by `tor-elements-prerender`, without
 * hydration. The page already has every word (Declarative Shadow DOM); this small script only wires
 * what needs JavaScript onto the server-rendered shadow roots — with the elements' own behaviour
 * modules, so the logic exists once. Elements a page also defines (it loaded the elements
 * themselves) are theirs to run and are left alone.
 */
import { showTipOfTheDay } from './components/tip-box/tip-of-the-day.js';

/** What each element needs once its shadow root is on the page. */
const ENHANCERS: Record<string, (host: HTMLElement, root: ShadowRoot) => void> = {
  'tor-tip-box': (_host, root) => showTipOfTheDay(root),
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
