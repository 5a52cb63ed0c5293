/**
 * Keeps an element's locale (`lang`, `dir`) in step with the page: one shared MutationObserver per
 * document or shadow root watches `lang` and `dir` attributes, and registered content changes re-render too.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, directionOf, resolveLocale, type LocaleInfo } from '../content/locale.js';
import { onContentChange } from '../content/registry.js';
import { serverLocale } from './server-context.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(() => hosts.forEach((controller) => controller.refresh()));
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  observedRoots.add(root);
}

export class LocaleController implements ReactiveController {
  private current: LocaleInfo = DEFAULT_LOCALE;

  /** The locale that applies to the host now. */
  get value(): LocaleInfo {
    // A server renders without connecting elements: read the element and the prerender's hint each time.
    return isServer ? this.serverValue() : this.current;
  }
  private stopListening?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    // Every root between the host and the document, so a lang change anywhere above it is seen.
    for (let root = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      observe(root);
      if (!(root instanceof ShadowRoot)) break;
    }
    this.stopListening = onContentChange(() => this.host.requestUpdate());
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    this.stopListening?.();
  }

  /** Re-reads the locale; re-renders the host only when it changed. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next.lang !== this.current.lang || next.dir !== this.current.dir) {
      this.current = next;
      this.host.requestUpdate();
    }
  }

  /** On a server there is no page around the element: its own attributes, then the prerender's hint. */
  private serverValue(): LocaleInfo {
    const hint = serverLocale() ?? DEFAULT_LOCALE;
    const lang = this.host.getAttribute?.('lang');
    const dir = this.host.getAttribute?.('dir');
    const resolvedLang = lang || hint.lang;
    const fallbackDir = lang ? directionOf(lang) : hint.dir;
    return { lang: resolvedLang, dir: dir === 'rtl' || dir === 'ltr' ? dir : fallbackDir };
  }
}
