/**
 * Keeps an element's locale (`lang`, `dir`) in step with the page: one shared MutationObserver per
 * document or shadow root watches `lang` and `dir` attributes, and registered content changes re-render too.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE, directionOf, resolveLocale, type LocaleInfo } from '../content/locale.js';
import { onContentChange } from '../content/registry.js';

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

/** Where the server renders, the prerender step tells elements the locale of the place they stand in. */
let serverLocale: LocaleInfo | undefined;
export function setServerLocale(locale: LocaleInfo | undefined): void {
  serverLocale = locale;
}

export class LocaleController implements ReactiveController {
  /** The locale that applies to the host now. */
  value: LocaleInfo = DEFAULT_LOCALE;
  private stopListening?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) {
      this.value = this.ownLocale() ?? serverLocale ?? DEFAULT_LOCALE;
      return;
    }
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
    if (next.lang !== this.value.lang || next.dir !== this.value.dir) {
      this.value = next;
      this.host.requestUpdate();
    }
  }

  /** On the server there is no page around the element: its own attributes, then the prerender's hint. */
  private ownLocale(): LocaleInfo | undefined {
    const lang = this.host.getAttribute?.('lang');
    const dir = this.host.getAttribute?.('dir');
    if (!lang && !dir) return undefined;
    const resolvedLang = lang || serverLocale?.lang || DEFAULT_LOCALE.lang;
    const fallbackDir = lang ? directionOf(lang) : (serverLocale?.dir ?? DEFAULT_LOCALE.dir);
    return { lang: resolvedLang, dir: dir === 'rtl' || dir === 'ltr' ? dir : fallbackDir };
  }
}
